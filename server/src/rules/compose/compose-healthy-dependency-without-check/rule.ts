import { isMap, isScalar, type Node } from 'yaml';
import type { ComposeContext } from '../../../engine/compose/context';
import type { ComposeService } from '../../../engine/compose/parse';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { defineComposeRule } from '../../../engine/rule';
import type { Range } from '../../../engine/types';
import { composeFile } from '../example-files';
import { isRecord } from '../healthcheck';

/**
 * Where the file turns a service's healthcheck off (`disable: true`, or a `test` list starting
 * with `NONE`), or undefined when it does not. A service with no `healthcheck` key is not judged:
 * its image may bring a HEALTHCHECK of its own.
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
    en: '`condition: service_healthy` makes Compose wait until the dependency’s healthcheck passes. When the file turns that healthcheck off (`healthcheck: { disable: true }`, or `test: ["NONE"]`), there is nothing to wait for: `docker compose up` fails with "dependency failed to start: container … has no healthcheck configured" and the dependant never starts. This usually happens when a healthcheck is disabled for one reason (a noisy check, an image without curl) and the services waiting for it are forgotten.',
    ko: '`condition: service_healthy`는 의존 대상의 healthcheck가 통과할 때까지 Compose가 기다리게 합니다. 파일이 그 healthcheck를 끄면(`healthcheck: { disable: true }` 또는 `test: ["NONE"]`) 기다릴 대상이 없습니다. `docker compose up`은 `dependency failed to start: container … has no healthcheck configured`로 실패하고 의존하는 서비스는 시작하지 못합니다. 보통 어떤 이유로(시끄러운 검사, curl이 없는 이미지) healthcheck를 끄면서 그것을 기다리는 서비스를 잊었을 때 생깁니다.',
  },
  remediation: {
    en: 'Give the dependency a healthcheck that works (a `test` the image can run), so the dependant keeps waiting for it to be ready. If it has no way to tell it is ready, wait only for it to start with `condition: service_started` (the quick fix), and let the dependant retry its first connections.',
    ko: '의존 대상에 실제로 동작하는 healthcheck(이미지가 실행할 수 있는 `test`)를 주어, 의존하는 서비스가 준비될 때까지 계속 기다리게 하세요. 준비되었는지 알 방법이 없다면 `condition: service_started`로 시작만 기다리고(빠른 수정), 의존하는 서비스가 첫 연결을 재시도하게 하세요.',
  },
  exceptions: {
    en: 'Only a healthcheck this file turns off explicitly is judged: a service without a `healthcheck` key may get one from its image. A dependency marked `required: false` is only warned about by Compose, and is left alone. A file always merged with another that gives the service its healthcheck back may say so with `# cntutor ignore=compose-healthy-dependency-without-check` on the line before.',
    ko: '이 파일이 명시적으로 끈 healthcheck만 판단합니다. `healthcheck` 키가 없는 서비스는 이미지에서 healthcheck를 얻을 수 있기 때문입니다. `required: false`인 의존성은 Compose가 경고만 하므로 보지 않습니다. 그 서비스에 healthcheck를 되돌려 주는 다른 파일과 늘 병합되는 파일이라면 앞 줄에 `# cntutor ignore=compose-healthy-dependency-without-check`를 적어 밝히세요.',
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
    fix: {
      en: 'Wait only for "{dependency}" to start (`condition: service_started`)',
      ko: '"{dependency}"의 시작만 기다리기(`condition: service_started`)',
    },
  },
  // The dependant now starts before the dependency is ready, where the file meant it to wait.
  fix: 'unsafe',
  check(ctx) {
    const disabled = new Map<string, Range>();
    for (const service of ctx.services) {
      const where = disabledCheck(ctx, service);
      if (where) disabled.set(service.name, where);
    }
    if (disabled.size === 0) return;
    for (const service of ctx.services) {
      const dependsOn = service.value.depends_on;
      if (!isRecord(dependsOn)) continue;
      const written = service.node?.get('depends_on', true);
      for (const [dependency, settings] of Object.entries(dependsOn)) {
        const off = disabled.get(dependency);
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
        const data = { name: service.name, dependency, line: off.start.line + 1 };
        ctx.report({
          range: where?.range ? ctx.rangeOf(where) : ctx.keyRange(service, 'depends_on'),
          message: ctx.t('noCheck', data),
          related: [{ range: off, message: ctx.t('disabled', data) }],
          ...(edit ? { fix: { title: ctx.t('fix', data), edits: [edit] } } : {}),
        });
      }
    }
  },
});
