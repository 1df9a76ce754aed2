import { isMap, isScalar, type Node } from 'yaml';
import type { ComposeContext } from '../../../engine/compose/context';
import type { ComposeService } from '../../../engine/compose/parse';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { defineComposeRule } from '../../../engine/rule';
import type { Range } from '../../../engine/types';
import { composeFile } from '../example-files';
import { readsAsOverride } from '../file-role';
import { healthcheckDisabled, runtimeCheck, type RuntimeCheck } from '../healthcheck';
import { isRecord } from '../../../engine/plain-data';

/**
 * Where the file turns a service's healthcheck off (`disable: true`, or a `test` list starting
 * with `NONE`), or undefined when it does not. A service with no `healthcheck` key is
 * `runtimeCheck`'s: its image may bring a HEALTHCHECK of its own.
 */
function disabledCheck(ctx: ComposeContext, service: ComposeService): Range | undefined {
  const check = service.value.healthcheck;
  if (!isRecord(check)) return undefined;
  const test = check.test;
  const key = check.disable === true ? 'disable' : Array.isArray(test) && test[0] === 'NONE' ? 'test' : undefined;
  if (!key) return undefined;
  const written = service.node?.get('healthcheck', true);
  const node = isMap(written) ? (written.get(key, true) as Node | undefined) : undefined;
  return node?.range ? ctx.rangeOf(node) : ctx.keyRange(service, 'healthcheck');
}

export default defineComposeRule({
  id: 'compose-healthy-dependency-without-check',
  title: {
    en: 'Wait for health only on a service that has a healthcheck',
    ko: 'healthcheck가 있는 서비스에만 정상 상태 기다리기',
  },
  severity: 'error',
  concept: 'self-healing',
  topics: ['docker-operations'],
  description: {
    en: '`condition: service_healthy` makes Compose wait until the dependency’s healthcheck passes. When the dependency has no healthcheck, there is nothing to wait for: `docker compose up` fails with "dependency failed to start: container … has no healthcheck configured" and the dependant never starts. That happens when the file turns the healthcheck off (`healthcheck: { disable: true }`, or `test: ["NONE"]`), often for one reason (a noisy check, an image without curl) while the services waiting for it are forgotten; and when the file never gave one to a service whose image has none: Docker Official Images such as `postgres` or `redis` ship without a HEALTHCHECK, and so does an image the project builds from one without adding its own (or with `HEALTHCHECK NONE`).',
    ko: '`condition: service_healthy`는 의존 대상의 healthcheck가 통과할 때까지 Compose가 기다리게 합니다. 의존 대상에 healthcheck가 없으면 기다릴 대상이 없습니다. `docker compose up`은 `dependency failed to start: container … has no healthcheck configured`로 실패하고 의존하는 서비스는 시작하지 못합니다. 파일이 healthcheck를 끌 때(`healthcheck: { disable: true }` 또는 `test: ["NONE"]`) 생기는데, 흔히 어떤 이유로(시끄러운 검사, curl이 없는 이미지) 끄면서 그것을 기다리는 서비스를 잊은 경우입니다. 또 이미지에 healthcheck가 없는 서비스에 파일이 healthcheck를 준 적이 없을 때도 생깁니다. `postgres`나 `redis` 같은 Docker 공식 이미지에는 HEALTHCHECK가 없고, 그런 이미지에서 시작해 자기 HEALTHCHECK를 더하지 않은(또는 `HEALTHCHECK NONE`을 쓴) 프로젝트 이미지도 마찬가지입니다.',
  },
  remediation: {
    en: 'Give the dependency a healthcheck that works (a `test` the image can run, such as `["CMD-SHELL", "pg_isready -U postgres"]` for PostgreSQL or `["CMD", "redis-cli", "ping"]` for Redis), so the dependant keeps waiting for it to be ready. If it has no way to tell it is ready, wait only for it to start with `condition: service_started` (the quick fix), and let the dependant retry its first connections.',
    ko: '의존 대상에 실제로 동작하는 healthcheck(이미지가 실행할 수 있는 `test`, 예를 들어 PostgreSQL은 `["CMD-SHELL", "pg_isready -U postgres"]`, Redis는 `["CMD", "redis-cli", "ping"]`)를 주어, 의존하는 서비스가 준비될 때까지 계속 기다리게 하세요. 준비되었는지 알 방법이 없다면 `condition: service_started`로 시작만 기다리고(빠른 수정), 의존하는 서비스가 첫 연결을 재시도하게 하세요.',
  },
  exceptions: {
    en: 'A service with no healthcheck in the file is judged only when its image is known to have none: a Docker Official Image the rule knows by name (`postgres`, `mysql`, `mariadb`, `redis`, `mongo`, `rabbitmq`, `nginx`…), or an image the service builds (or a link names) whose Dockerfile has `HEALTHCHECK NONE`, or no HEALTHCHECK on `scratch` or such an official image. Other images may bring a check of their own. Files merged over another (`compose.override.yaml`, or a file with a service naming neither image nor build) are judged only for a check they turn off. A dependency marked `required: false` is only warned about by Compose, and is left alone. A file always merged with another that gives the service its healthcheck may say so with `# cntutor ignore=compose-healthy-dependency-without-check` on the line before.',
    ko: '파일에 healthcheck가 없는 서비스는 이미지에 healthcheck가 없다고 알려진 경우에만 판단합니다. 규칙이 이름으로 아는 Docker 공식 이미지(`postgres`, `mysql`, `mariadb`, `redis`, `mongo`, `rabbitmq`, `nginx`…)이거나, 서비스가 빌드하는(또는 링크가 가리키는) 이미지의 Dockerfile에 `HEALTHCHECK NONE`이 있거나, `scratch`나 그런 공식 이미지 위에 HEALTHCHECK가 없는 경우입니다. 다른 이미지는 자기 검사를 가져올 수 있습니다. 다른 파일 위에 병합되는 파일(`compose.override.yaml`, 또는 이미지도 빌드도 없는 서비스가 있는 파일)은 스스로 끈 검사만 판단합니다. `required: false`인 의존성은 Compose가 경고만 하므로 보지 않습니다. 그 서비스에 healthcheck를 주는 다른 파일과 늘 병합되는 파일이라면 앞 줄에 `# cntutor ignore=compose-healthy-dependency-without-check`를 적어 밝히세요.',
  },
  peers: {},
  noPeer:
    'dclint checks the form of each service on its own; no Compose linter compares a dependency condition with the healthcheck of the service it names.',
  example: {
    bad: composeFile().replace(
      `      test: ["CMD-SHELL", "pg_isready -U postgres"]\n      interval: 10s\n`,
      '      disable: true\n',
    ),
    good: composeFile(),
  },
  messages: {
    noCheck: {
      en: 'Service "{name}" waits for "{dependency}" to be healthy, but the healthcheck of "{dependency}" is turned off on line {line}: `docker compose up` fails with "no healthcheck configured".',
      ko: '서비스 "{name}"{이/가} "{dependency}"{이/가} 정상이 되기를 기다리지만, "{dependency}"의 healthcheck는 {line}행에서 꺼져 있습니다. `docker compose up`이 "no healthcheck configured"로 실패합니다.',
    },
    disabled: {
      en: 'The healthcheck of "{dependency}" is turned off here.',
      ko: '"{dependency}"의 healthcheck가 여기서 꺼집니다.',
    },
    noCheckElsewhere: {
      en: 'Service "{name}" waits for "{dependency}" to be healthy, but the healthcheck of "{dependency}" is turned off in another file of the project: `docker compose up` fails with "no healthcheck configured".',
      ko: '서비스 "{name}"{이/가} "{dependency}"{이/가} 정상이 되기를 기다리지만, "{dependency}"의 healthcheck는 프로젝트의 다른 파일에서 꺼져 있습니다. `docker compose up`이 "no healthcheck configured"로 실패합니다.',
    },
    disabledElsewhere: {
      en: '"{dependency}" is defined here, with its healthcheck turned off.',
      ko: '"{dependency}"{은/는} 여기서 healthcheck가 꺼진 채로 정의됩니다.',
    },
    official: {
      en: 'Service "{name}" waits for "{dependency}" to be healthy, but "{dependency}" has no healthcheck: its service definition gives it none, and its image {image} brings none (Docker Official Images have no HEALTHCHECK). `docker compose up` fails with "no healthcheck configured".',
      ko: '서비스 "{name}"{이/가} "{dependency}"{이/가} 정상이 되기를 기다리지만, "{dependency}"에는 healthcheck가 없습니다. 서비스 정의가 주지 않았고, 이미지 {image}에도 없습니다(Docker 공식 이미지에는 HEALTHCHECK가 없습니다). `docker compose up`이 "no healthcheck configured"로 실패합니다.',
    },
    officialHere: {
      en: '"{dependency}" runs {image}, with no healthcheck in this file.',
      ko: '"{dependency}"{은/는} 이 파일에 healthcheck 없이 {image}{을/를} 실행합니다.',
    },
    healthcheckNone: {
      en: 'Service "{name}" waits for "{dependency}" to be healthy, but the image of "{dependency}", built from {dockerfile}, turns its healthcheck off (HEALTHCHECK NONE) and its service definition gives it none: `docker compose up` fails with "no healthcheck configured".',
      ko: '서비스 "{name}"{이/가} "{dependency}"{이/가} 정상이 되기를 기다리지만, {dockerfile}에서 빌드한 "{dependency}"의 이미지는 healthcheck를 끄고(HEALTHCHECK NONE) 서비스 정의도 주지 않습니다. `docker compose up`이 "no healthcheck configured"로 실패합니다.',
    },
    healthcheckNoneHere: {
      en: 'The image of "{dependency}" turns its healthcheck off here.',
      ko: '"{dependency}"의 이미지가 여기서 healthcheck를 끕니다.',
    },
    base: {
      en: 'Service "{name}" waits for "{dependency}" to be healthy, but the image of "{dependency}", built from {dockerfile}, has no HEALTHCHECK, nor has its base image {base}, and its service definition gives it none: `docker compose up` fails with "no healthcheck configured".',
      ko: '서비스 "{name}"{이/가} "{dependency}"{이/가} 정상이 되기를 기다리지만, {dockerfile}에서 빌드한 "{dependency}"의 이미지에는 HEALTHCHECK가 없고 베이스 이미지 {base}에도 없으며, 서비스 정의도 주지 않습니다. `docker compose up`이 "no healthcheck configured"로 실패합니다.',
    },
    baseHere: {
      en: 'The image of "{dependency}" starts from {base}, which has no HEALTHCHECK, and adds none.',
      ko: '"{dependency}"의 이미지는 HEALTHCHECK가 없는 {base}에서 시작하고 healthcheck를 더하지 않습니다.',
    },
    fix: {
      en: 'Wait only for "{dependency}" to start (`condition: service_started`)',
      ko: '"{dependency}"의 시작만 기다리기(`condition: service_started`)',
    },
  },
  // The dependant now starts before the dependency is ready, where the file meant it to wait.
  fix: 'unsafe',
  readsWorkspace: true,
  check(ctx) {
    const missing = new Map<string, Missing>();
    // Judged as the project runs: this file's services merged with the other files Compose reads with it.
    // A file merged over one the index does not hold may leave a healthcheck to it: only a whole project is judged.
    const whole =
      !ctx.projectMissesFiles &&
      (ctx.hasBase || ctx.projectFiles?.listedIn !== undefined || !readsAsOverride(ctx.uri, ctx.services));
    for (const name of ctx.projectNames()) {
      const value = ctx.projectValue(name);
      const own = ctx.service(name);
      if (!value) continue;
      if (healthcheckDisabled(value)) {
        const here = own && disabledCheck(ctx, own);
        const there = ctx.partnerService(name);
        if (here) missing.set(name, { key: 'noCheck', range: here, related: 'disabled' });
        else if (there) missing.set(name, { key: 'noCheckElsewhere', ...there, related: 'disabledElsewhere' });
        continue;
      }
      const check = whole ? runtimeCheck(ctx, value) : undefined;
      if (check?.kind === 'none') missing.set(name, missingCheck(ctx, name, check));
    }
    if (missing.size === 0) return;
    for (const service of ctx.services) {
      const dependsOn = service.value.depends_on;
      if (!isRecord(dependsOn)) continue;
      const written = service.node?.get('depends_on', true);
      for (const [dependency, settings] of Object.entries(dependsOn)) {
        const off = missing.get(dependency);
        if (!off || !isRecord(settings) || settings.condition !== 'service_healthy') continue;
        if (settings.required === false) continue;
        const pair = isMap(written)
          ? written.items.find((item) => isScalar(item.key) && item.key.value === dependency)
          : undefined;
        const conditionNode = isMap(pair?.value) ? pair.value.get('condition', true) : undefined;
        // A condition merged in from a shared anchor is edited there or not at all.
        const edit = isScalar(conditionNode)
          ? replaceNode(ctx.file.index, conditionNode, 'service_started')
          : undefined;
        const where = (isScalar(conditionNode) ? conditionNode : pair?.key) as Node | undefined;
        const data = { ...off.data, name: service.name, dependency, line: off.range.start.line + 1 };
        ctx.report({
          range: where?.range ? ctx.rangeOf(where) : ctx.keyRange(service, 'depends_on'),
          message: ctx.t(off.key, data),
          related: [{ ...(off.uri ? { uri: off.uri } : {}), range: off.range, message: ctx.t(off.related, data) }],
          ...(edit ? { fix: { title: ctx.t('fix', data), edits: [edit] } } : {}),
        });
      }
    }
  },
});

/** Why a dependency has no healthcheck to wait for, and where that is written. */
interface Missing {
  key: 'noCheck' | 'noCheckElsewhere' | 'official' | 'healthcheckNone' | 'base';
  range: Range;
  /** The file that says so, when it is not this one (the Dockerfile, or the project's other Compose file). */
  uri?: string;
  related: 'disabled' | 'disabledElsewhere' | 'officialHere' | 'healthcheckNoneHere' | 'baseHere';
  data?: Record<string, string>;
}

function missingCheck(ctx: ComposeContext, name: string, check: Extract<RuntimeCheck, { kind: 'none' }>): Missing {
  if (check.reason === 'official') {
    const own = ctx.service(name);
    const there = ctx.partnerService(name);
    const where =
      own?.value.image !== undefined || !there
        ? { range: own ? ctx.valueRange(own, 'image') : ctx.rangeOf(undefined) }
        : there;
    return { key: 'official', ...where, related: 'officialHere', data: { image: check.reference } };
  }
  const data = { dockerfile: check.image.written, ...(check.reason === 'base' ? { base: check.base } : {}) };
  return check.reason === 'base'
    ? { key: 'base', range: check.range, uri: check.image.facts.uri, related: 'baseHere', data }
    : { key: 'healthcheckNone', range: check.range, uri: check.image.facts.uri, related: 'healthcheckNoneHere', data };
}
