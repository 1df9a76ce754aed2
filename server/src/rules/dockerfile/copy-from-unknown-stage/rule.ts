import { closest } from '../../../config/suggest';
import { defineDockerfileRule } from '../../../engine/rule';
import { stageReference } from '../stages';
import { transferOf } from '../transfers';

/** A bare word: what a stage name looks like. Registry paths, tags and digests make it an image. */
const STAGE_LIKE = /^[A-Za-z][A-Za-z0-9_.-]*$/;

export default defineDockerfileRule({
  id: 'copy-from-unknown-stage',
  title: {
    en: 'Copy from a stage that exists, or from a tagged image',
    ko: '있는 스테이지나 태그를 붙인 이미지에서 복사하기',
  },
  severity: 'warning',
  concept: 'immutable-images',
  topics: ['docker-architecture', 'union-filesystem'],
  description: {
    en: 'When `COPY --from=name` matches no stage, the builder takes `name` for an image and pulls `name:latest` from the registry. A misspelt stage name then fails with "pull access denied", or worse, silently copies from an unrelated public image. An image written with a tag or digest (`--from=nginx:1.27`) is clearly an image and is not reported.',
    ko: '`COPY --from=name`이 어떤 스테이지와도 맞지 않으면 빌더는 `name`을 이미지로 여기고 레지스트리에서 `name:latest`를 받아옵니다. 스테이지 이름을 잘못 쓰면 "pull access denied"로 실패하거나, 더 나쁘게는 상관없는 공개 이미지에서 조용히 복사합니다. 태그나 다이제스트를 붙인 이미지(`--from=nginx:1.27`)는 분명히 이미지이므로 보고하지 않습니다.',
  },
  remediation: {
    en: 'Name a stage defined above (`FROM … AS build`, then `--from=build`), or, to copy from an image, write it with a version: `--from=nginx:1.27`.',
    ko: '위에서 정의한 스테이지 이름을 쓰거나(`FROM … AS build` 다음 `--from=build`), 이미지에서 복사하려면 버전을 붙여 쓰세요: `--from=nginx:1.27`.',
  },
  exceptions: {
    en: 'A named build context (`docker buildx build --build-context name=…`) is also a bare name; keep it and suppress the finding with `# cntutor ignore=copy-from-unknown-stage`, saying which context it is.',
    ko: '이름 있는 빌드 컨텍스트(`docker buildx build --build-context name=…`)도 맨 이름입니다. 그대로 두고 어떤 컨텍스트인지 적어 `# cntutor ignore=copy-from-unknown-stage`로 숨기세요.',
  },
  peers: { hadolint: ['DL3022'] },
  example: {
    bad: 'FROM golang:1.23 AS builder\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=biulder /out/app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
    good: 'FROM golang:1.23 AS builder\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=builder /out/app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
  },
  messages: {
    typo: {
      en: 'No stage is named "{name}"; did you mean "{suggestion}"? Otherwise the builder pulls the image {name}:latest.',
      ko: '이름이 "{name}"인 스테이지가 없습니다. 혹시 "{suggestion}" 스테이지를 뜻했나요? 아니라면 빌더가 이미지 {name}:latest를 받아옵니다.',
    },
    unknown: {
      en: 'No stage is named "{name}", so the builder pulls the image {name}:latest; name a stage defined above, or the image with its version.',
      ko: '이름이 "{name}"인 스테이지가 없어 빌더가 이미지 {name}:latest를 받아옵니다. 위에서 정의한 스테이지 이름이나, 버전을 붙인 이미지 이름을 쓰세요.',
    },
  },
  check(ctx) {
    const stageNames = ctx.stages.flatMap((stage) => (stage.name ? [stage.name] : []));
    for (const instruction of ctx.instructions) {
      const from = transferOf(instruction)?.from;
      const name = from?.getValue();
      const range = from?.getValueRange();
      if (!name || !range || !STAGE_LIKE.test(name) || name.includes('.')) continue;
      if (stageReference(ctx.file, name, instruction).kind !== 'none') continue;
      const suggestion = closest(name, stageNames);
      ctx.report({
        range,
        message: suggestion ? ctx.t('typo', { name, suggestion }) : ctx.t('unknown', { name }),
      });
    }
  },
});
