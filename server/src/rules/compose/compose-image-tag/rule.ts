import { imageReferenceProblem, parseImageReference } from '../../../engine/image';
import { defineComposeRule } from '../../../engine/rule';
import { readValue, VALUE_READING_MESSAGES, withReading } from '../value-reading';
import { CLEAN_WEB, composeFile } from '../example-files';

/**
 * Tags that name a channel rather than a release: the image behind them changes as the project
 * publishes. dclint's default list, with the branch names images are often published under.
 */
const MOVING_TAGS = new Set([
  'latest',
  'stable',
  'edge',
  'nightly',
  'dev',
  'develop',
  'beta',
  'canary',
  'lts',
  'main',
  'master',
  'mainline',
  'rolling',
]);

/** `${VAR}`, `${VAR:-default}` and `$VAR`; `$$` is a literal dollar sign. */
const VARIABLE = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g;
const PLACEHOLDER = 'x0variable0x';

export default defineComposeRule({
  id: 'compose-image-tag',
  title: {
    en: 'Pin service images to a version or digest',
    ko: '서비스 이미지를 버전이나 다이제스트로 고정하기',
  },
  severity: 'warning',
  concept: 'immutable-images',
  topics: ['docker-operations'],
  description: {
    en: 'An `image` without a tag means `latest`, and `latest`, `stable`, `edge` and the like name a channel, not a release: the image behind them changes whenever the project publishes. Compose pulls an image only when it is missing, so two machines that pulled on different days run different code from the same file, and a `docker compose pull` can bring in a major upgrade (a database that no longer reads its data directory) with nothing in the file to show it or to roll back to.',
    ko: '태그가 없는 `image`는 `latest`를 뜻하고, `latest`, `stable`, `edge` 같은 태그는 릴리스가 아니라 채널을 가리킵니다. 프로젝트가 새로 배포할 때마다 그 뒤의 이미지가 바뀝니다. Compose는 이미지가 없을 때만 받아 오므로, 다른 날에 받은 두 머신은 같은 파일로 서로 다른 코드를 실행하고, `docker compose pull` 한 번에 메이저 업그레이드(데이터 디렉터리를 더는 읽지 못하는 데이터베이스 등)가 들어올 수 있는데, 파일에는 그 흔적도 되돌아갈 버전도 남지 않습니다.',
  },
  remediation: {
    en: 'Name an exact version (`postgres:16.4`), or a digest (`postgres:16.4@sha256:…`) to be sure the bytes never change. To choose the version when starting, use a variable: `image: postgres:${POSTGRES_VERSION:-16.4}`.',
    ko: '정확한 버전(`postgres:16.4`)을 적거나, 내용이 절대 바뀌지 않게 하려면 다이제스트(`postgres:16.4@sha256:…`)를 적으세요. 시작할 때 버전을 고르려면 변수를 쓰세요: `image: postgres:${POSTGRES_VERSION:-16.4}`.',
  },
  exceptions: {
    en: 'A service with `build:` is left alone: its `image` names the image Compose builds from the local source (tagged `latest` when no tag is given), not one pulled from a registry. A tag held in a variable is judged as Compose reads it with the `.env` of the project’s folder and the defaults written (`app:${TAG:-latest}` pulls `latest` unless the shell sets `TAG`); one neither sets (`app:${TAG}`) is chosen when the stack starts, and is not judged. A scratch stack that should always follow the newest image may keep the tag: write `# cntutor ignore=compose-image-tag` (or `# dclint disable-line service-image-require-explicit-tag`) on the line before.',
    ko: '`build:`가 있는 서비스는 보지 않습니다. 그 `image`는 레지스트리에서 받는 이미지가 아니라 Compose가 로컬 소스로 빌드하는 이미지의 이름입니다(태그가 없으면 `latest`로 붙습니다). 변수에 담긴 태그는 프로젝트 폴더의 `.env`와 적힌 기본값으로 Compose가 읽는 대로 판단합니다(`app:${TAG:-latest}`는 셸이 `TAG`를 정하지 않으면 `latest`를 받습니다). 둘 다 정하지 않는 변수(`app:${TAG}`)는 스택을 시작할 때 정해지므로 판단하지 않습니다. 늘 최신 이미지를 따라가야 하는 임시 스택이라면 앞 줄에 `# cntutor ignore=compose-image-tag`(또는 `# dclint disable-line service-image-require-explicit-tag`)를 적어 태그를 그대로 둘 수 있습니다.',
  },
  peers: { dclint: ['service-image-require-explicit-tag'] },
  example: {
    bad: composeFile({ webOnly: ['image: registry.example.com/shop/web:latest', ...CLEAN_WEB.slice(1)] }),
    good: composeFile(),
  },
  messages: {
    untagged: {
      en: 'Service "{name}" uses image "{image}" without a tag, which means "latest": the image changes whenever a new one is published.',
      ko: '서비스 "{name}"의 이미지 "{image}"에 태그가 없어 "latest"로 취급됩니다. 새 이미지가 배포될 때마다 바뀝니다.',
    },
    ...VALUE_READING_MESSAGES,
    readFromEnv: {
      en: 'With {sources}, Compose pulls "{reading}".',
      ko: '{sources} 값으로 Compose는 "{reading}"{을/를} 받습니다.',
    },
    readByDefault: {
      en: 'Unless the shell sets its variables, Compose pulls "{reading}".',
      ko: '셸이 변수를 정하지 않는 한 Compose는 "{reading}"{을/를} 받습니다.',
    },
    moving: {
      en: 'Service "{name}" uses image "{image}" with the moving tag "{tag}": the image changes whenever a new one is published.',
      ko: '서비스 "{name}"{이/가} 움직이는 태그 "{tag}"인 이미지 "{image}"{을/를} 사용합니다. 새 이미지가 배포될 때마다 바뀝니다.',
    },
  },
  readsWorkspace: true,
  check(ctx) {
    for (const service of ctx.services) {
      const image = service.value.image;
      // Compose builds this image itself; its name is a local label, not a pull.
      if (typeof image !== 'string' || service.value.build !== undefined) continue;
      // With the project's `.env` and the defaults written, a variable may leave nothing to choose.
      const reading = readValue(ctx, image);
      const finding = movingTag(reading ?? image);
      if (!finding) continue;
      const data = { name: service.name, image, tag: finding.tag ?? '' };
      const message = finding.tag === undefined ? ctx.t('untagged', data) : ctx.t('moving', data);
      ctx.report({ range: ctx.valueRange(service, 'image'), message: withReading(ctx, message, image, reading) });
    }
  },
});

/** The moving tag of a reference (undefined for no tag), or nothing when the reference is pinned or unknowable. */
function movingTag(image: string): { tag: string | undefined } | undefined {
  const written = image.trim();
  if (written === '') return undefined;
  const hasVariable = written.includes('$');
  const reference = hasVariable ? written.replace(VARIABLE, PLACEHOLDER) : written;
  // Not an image reference at all: Compose refuses it before any pull, and that is another matter.
  if (!hasVariable && imageReferenceProblem(reference)) return undefined;
  const ref = parseImageReference(reference);
  if (ref.digest !== undefined) return undefined;
  if (ref.tag === undefined) {
    // `${IMAGE}` or `app${SUFFIX}` may carry the tag itself.
    const lastPart = ref.repository.split('/').pop() ?? '';
    if (lastPart.includes(PLACEHOLDER) || lastPart.includes('$')) return undefined;
    return { tag: undefined };
  }
  if (ref.tag.includes(PLACEHOLDER) || ref.tag.includes('$')) return undefined;
  return MOVING_TAGS.has(ref.tag.toLowerCase()) ? { tag: ref.tag } : undefined;
}
