import type { ComposeContext } from '../../../engine/compose/context';
import type { ServiceImage } from '../../../engine/compose/service-image';
import type { ComposeService } from '../../../engine/compose/parse';
import { exposedText } from '../../../engine/dockerfile/image-facts';
import { defineComposeRule } from '../../../engine/rule';
import type { RelatedLocation } from '../../../engine/types';
import { exposeLocations, exposesAnyOf, exposesNumber, exposesVariable } from '../../exposed-ports';
import { composeFile } from '../example-files';
import { VALUE_READING_MESSAGES, withReading } from '../value-reading';
import { composeListenSettings, mentionedNumbers, targetPorts, type TargetPort } from './targets';
import { containerEnvironment } from '../service-environment';

const WEB_DOCKERFILE =
  'FROM node:22.11-alpine\nWORKDIR /app\nCOPY . .\nUSER node\nEXPOSE 8080\nCMD ["node", "server.js"]\n';
const BUILT_WEB = composeFile().replace('    image: registry.example.com/shop/web:1.4.2\n', '$&    build: ./web\n');

export default defineComposeRule({
  id: 'compose-port-exposed',
  title: {
    en: 'Publish the ports the image listens on',
    ko: '이미지가 듣는 포트를 게시하기',
  },
  severity: 'warning',
  concept: 'loose-coupling',
  topics: ['docker-operations', 'containers'],
  description: {
    en: '`ports: - "8080:80"` sends the host\'s port 8080 to port 80 in the container, and `expose: - "80"` tells other services to use port 80; neither makes the app listen there. The Dockerfile\'s `EXPOSE` says where the image\'s app listens. When a service builds its image (`build:`), or its `image` is linked to a Dockerfile (`images:` in `.cntutor.yaml`, a skaffold artifact, a GitHub Actions `docker/build-push-action` step), this rule reads that Dockerfile: a container port the service publishes or exposes that the image does not EXPOSE, while it exposes others, most often means the mapping is the wrong way round (`80:8080` for `8080:80`) or was left behind when the app moved. Requests to it get `connection refused` or an empty reply, which looks like a network problem.',
    ko: '`ports: - "8080:80"`은 호스트의 8080 포트를 컨테이너의 80 포트로 보내고, `expose: - "80"`은 다른 서비스에 80 포트를 쓰라고 알립니다. 어느 쪽도 앱이 그 포트에서 듣게 하지는 않습니다. 이미지의 앱이 듣는 곳은 Dockerfile의 `EXPOSE`가 말합니다. 서비스가 이미지를 빌드하거나(`build:`) `image`가 Dockerfile과 링크되어 있으면(`.cntutor.yaml`의 `images:`, skaffold 아티팩트, GitHub Actions의 `docker/build-push-action` 단계) 이 규칙이 그 Dockerfile을 읽습니다. 이미지가 다른 포트를 노출하는데 서비스가 게시하거나 노출하는 컨테이너 포트를 EXPOSE하지 않는다면, 대개 매핑 방향이 뒤바뀌었거나(`8080:80` 대신 `80:8080`) 앱이 포트를 옮긴 뒤 남은 흔적입니다. 그 포트로 가는 요청은 `connection refused`나 빈 응답을 받고, 네트워크 문제처럼 보입니다.',
  },
  remediation: {
    en: 'Find where the app really listens and make the container side of the entry say so (`"8080:8080"` when the image exposes 8080). When the app does listen on that port, add it to the Dockerfile’s `EXPOSE`, which documents it for the next reader.',
    ko: '앱이 실제로 듣는 곳을 찾아 항목의 컨테이너 쪽을 그에 맞추세요(이미지가 8080을 노출하면 `"8080:8080"`). 앱이 정말 그 포트에서 듣는다면 Dockerfile의 `EXPOSE`에 추가해 다음에 읽는 사람에게 알리세요.',
  },
  exceptions: {
    en: 'The rule says nothing when the image has no EXPOSE (its base image may expose ports), when EXPOSE uses a variable, when `build.target` names a stage the Dockerfile does not have (a target that exists is judged by its own EXPOSE), on a service sharing another network (`network_mode`), and when the service tells the app where to listen: a listen variable in `environment` (`PORT`, `*_PORT`, `LISTEN_ADDR`, `ASPNETCORE_URLS`…) or in an `env_file` naming a port the image does not expose, one the shell chooses (a name alone or a variable the `.env` does not set), an `env_file` the rule cannot read, or a flag such as `--port` in `command` or `entrypoint`; and for a port that `command`, `entrypoint` or an environment value names (`gunicorn -b 0.0.0.0:8000`, `runserver 0.0.0.0:8000`, `--inspect=0.0.0.0:9229`). An app configured in a file the rule cannot read may be suppressed with `# cntutor ignore=compose-port-exposed` and the reason; better, EXPOSE the port. Values with variables, and names alone (`- PORT`), are read as Compose reads them with the `.env` of the project’s folder and the defaults written; numbers an env file’s values name count as the environment’s do.',
    ko: '이미지에 EXPOSE가 없을 때(베이스 이미지가 포트를 노출할 수 있습니다), EXPOSE에 변수가 있을 때, `build.target`이 Dockerfile에 없는 단계를 가리킬 때(있는 단계라면 그 단계의 EXPOSE로 판단합니다), 다른 네트워크를 함께 쓰는 서비스(`network_mode`), 그리고 서비스가 앱이 들을 곳을 정할 때는 아무 말도 하지 않습니다. `environment`의 듣기 변수(`PORT`, `*_PORT`, `LISTEN_ADDR`, `ASPNETCORE_URLS`…)가 이미지가 노출하지 않는 포트를 가리키거나 셸이 값을 정할 때(`.env`가 정하지 않는 이름만 적은 항목이나 변수), `env_file`의 듣기 변수가 그런 포트를 가리킬 때, 규칙이 읽을 수 없는 `env_file`이 있을 때, `command`나 `entrypoint`에 `--port` 같은 플래그가 있을 때입니다. `command`나 `entrypoint`, 환경 변수 값이 가리키는 포트(`gunicorn -b 0.0.0.0:8000`, `runserver 0.0.0.0:8000`, `--inspect=0.0.0.0:9229`)도 판단하지 않습니다. 규칙이 읽을 수 없는 파일로 설정하는 앱이라면 `# cntutor ignore=compose-port-exposed`와 이유를 적어 숨길 수 있지만, 그 포트를 EXPOSE하는 편이 낫습니다. 변수가 든 값과 이름만 적은 항목(`- PORT`)은 프로젝트 폴더의 `.env`와 적힌 기본값으로 Compose가 읽는 대로 판단하고, env 파일의 값이 가리키는 숫자도 환경 변수 값과 같이 셉니다.',
  },
  peers: {},
  noPeer:
    'hadolint reads only Dockerfiles and dclint only Compose files: none compares the ports a service publishes with the EXPOSE of the image it builds.',
  example: {
    bad: BUILT_WEB.replace('"127.0.0.1:8080:8080"', '"127.0.0.1:8080:80"'),
    good: BUILT_WEB,
    files: { 'web/Dockerfile': WEB_DOCKERFILE, 'db-password.txt': 'example\n' },
  },
  messages: {
    ports: {
      en: 'Service "{name}" publishes container port {port}, but its image, built from {dockerfile}, exposes only {exposed}: nothing in the image is said to listen on {port}. Check where the app listens; if it is {port}, EXPOSE it in the Dockerfile.',
      ko: '서비스 "{name}"{은/는} 컨테이너 포트 {port}{을/를} 게시하지만, {dockerfile}에서 빌드한 이미지는 {exposed}만 노출합니다. 이미지에 따르면 {port}에서 듣는 것이 없습니다. 앱이 듣는 곳을 확인하고, {port}{이라면/라면} Dockerfile에서 EXPOSE하세요.',
    },
    expose: {
      en: 'Service "{name}" tells other services to use port {port}, but its image, built from {dockerfile}, exposes only {exposed}: nothing in the image is said to listen on {port}. Check where the app listens; if it is {port}, EXPOSE it in the Dockerfile.',
      ko: '서비스 "{name}"{은/는} 다른 서비스에 포트 {port}{을/를} 쓰라고 알리지만, {dockerfile}에서 빌드한 이미지는 {exposed}만 노출합니다. 이미지에 따르면 {port}에서 듣는 것이 없습니다. 앱이 듣는 곳을 확인하고, {port}{이라면/라면} Dockerfile에서 EXPOSE하세요.',
    },
    relatedExpose: { en: 'EXPOSE {port} in the image of "{name}"', ko: '"{name}" 이미지의 EXPOSE {port}' },
    relatedLink: {
      en: 'where {image} is said to be built by this Dockerfile',
      ko: '{image}{을/를} 이 Dockerfile이 만든다고 밝힌 곳',
    },
    ...VALUE_READING_MESSAGES,
  },
  readsWorkspace: true,
  check(ctx) {
    for (const service of ctx.services) {
      // Settings the other file of the project gives the service (an override's environment) count too.
      const merged: ComposeService = {
        ...service,
        value: ctx.projectValue(service.name) ?? service.value,
        node: undefined,
      };
      const image = ctx.imageOfValue(merged.value);
      if (!image || !comparable(merged, image)) continue;
      // Its env files are read once, for where the app listens and the numbers values name.
      const environment = containerEnvironment(ctx, merged);
      const settings = composeListenSettings(merged, environment);
      // The file tells the app where to listen: the image's EXPOSE may no longer say it.
      if (settings.unknown || !settings.numbers.every((port) => exposesNumber(image.facts.exposed, port))) continue;
      const mentioned = mentionedNumbers(merged, environment);
      for (const target of targetPorts(ctx, service)) {
        // A run of ports is covered when the image exposes any of it (EXPOSE lines often leave out `/udp`).
        if (exposesAnyOf(image.facts.exposed, target.first, target.last) || mentions(mentioned, target)) continue;
        const data = {
          name: service.name,
          port: target.text,
          dockerfile: image.written,
          exposed: [...new Set(image.facts.exposed.map(exposedText))].join(', '),
        };
        ctx.report({
          range: target.range,
          message: withReading(ctx, ctx.t(target.key, data), target.written, target.reading),
          related: related(ctx, service, image),
        });
      }
    }
  },
});

/** Whether the service's ports can be held against the image's EXPOSE at all, before its environment is read. */
function comparable(service: ComposeService, image: ServiceImage): boolean {
  const exposed = image.facts.exposed;
  if (exposed.length === 0 || exposesVariable(exposed)) return false;
  const mode = service.value.network_mode;
  return !(typeof mode === 'string' && /^(host|none|service:|container:)/.test(mode));
}

function mentions(numbers: ReadonlySet<number>, target: TargetPort): boolean {
  for (const number of numbers) if (target.first <= number && number <= target.last) return true;
  return false;
}

function related(ctx: ComposeContext, service: ComposeService, image: ServiceImage): RelatedLocation[] {
  const locations = exposeLocations(image.facts.exposed, image.facts.uri, (port) =>
    ctx.t('relatedExpose', { port, name: service.name }),
  );
  if (image.link)
    locations.push({
      uri: image.link.source,
      range: image.link.range,
      message: ctx.t('relatedLink', { image: image.link.repository }),
    });
  return locations;
}
