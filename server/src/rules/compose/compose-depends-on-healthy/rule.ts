import { isMap, isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import type { ComposeContext } from '../../../engine/compose/context';
import type { ComposeService } from '../../../engine/compose/parse';
import { indentUnit, replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { defineComposeRule } from '../../../engine/rule';
import type { Fix, TextEdit } from '../../../engine/types';
import { CLEAN_WEB, composeFile } from '../example-files';
import { runtimeCheck } from '../healthcheck';
import { isRecord } from '../../../engine/plain-data';

export default defineComposeRule({
  id: 'compose-depends-on-healthy',
  title: {
    en: 'Wait for a dependency to be healthy, not just started',
    ko: '의존 서비스가 시작만이 아니라 정상이 될 때까지 기다리기',
  },
  severity: 'info',
  concept: 'self-healing',
  topics: ['docker-operations'],
  description: {
    en: "`depends_on` written as a list, or with `condition: service_started`, only orders the starts: Compose starts the dependant as soon as the dependency's container is running, while the database inside may still be initialising. The dependant then fails its first connection, and it either crashes (and stays down without a restart policy) or carries on half-configured. When the dependency has a `healthcheck`, `condition: service_healthy` makes Compose wait until that check passes.",
    ko: '목록으로 쓴 `depends_on`이나 `condition: service_started`는 시작 순서만 정합니다. Compose는 의존 대상의 컨테이너가 실행되자마자 의존하는 서비스를 시작하는데, 그 안의 데이터베이스는 아직 초기화 중일 수 있습니다. 그러면 의존하는 서비스는 첫 연결에 실패해 크래시가 나거나(재시작 정책이 없으면 멈춘 채로 남습니다) 설정이 덜 된 채로 계속 실행됩니다. 의존 대상에 `healthcheck`가 있으면 `condition: service_healthy`로 그 검사가 통과할 때까지 Compose가 기다리게 할 수 있습니다.',
  },
  remediation: {
    en: 'Write `depends_on` in its long form and give the services that have a healthcheck `condition: service_healthy`; the quick fix does this for a block list, keeping `service_started` for the others.',
    ko: '`depends_on`을 긴 형식으로 쓰고 healthcheck가 있는 서비스에 `condition: service_healthy`를 주세요. 빠른 수정은 블록 목록을 이렇게 바꾸고, 나머지 서비스에는 `service_started`를 유지합니다.',
  },
  exceptions: {
    en: 'A healthcheck counts when this file writes it, or when the Dockerfile the service builds (or a link names for its image) has a HEALTHCHECK the file does not turn off; one from an image built elsewhere, or from another file merged over this one, is not seen. A dependant that retries its connections by itself may start early on purpose; write `# cntutor ignore=compose-depends-on-healthy` on the line before.',
    ko: '이 파일에 적힌 healthcheck, 또는 서비스가 빌드하는(또는 링크가 이미지에 대해 가리키는) Dockerfile에 있고 파일이 끄지 않은 HEALTHCHECK를 셉니다. 다른 곳에서 빌드한 이미지나 이 파일 위에 병합되는 다른 파일의 healthcheck는 보이지 않습니다. 스스로 연결을 재시도하는 서비스라면 일부러 일찍 시작해도 됩니다. 앞 줄에 `# cntutor ignore=compose-depends-on-healthy`를 적으세요.',
  },
  peers: {},
  noPeer:
    'dclint only sorts `depends_on` lists; no Compose linter compares a dependency condition with the healthchecks of the file.',
  example: {
    bad: composeFile({ webOnly: [...CLEAN_WEB.slice(0, CLEAN_WEB.indexOf('depends_on:')), 'depends_on:', '  - db'] }),
    good: composeFile(),
  },
  messages: {
    started: {
      en: 'Service "{name}" starts as soon as "{dependency}" starts, before its healthcheck passes: use `condition: service_healthy`.',
      ko: '서비스 "{name}"{은/는} "{dependency}"{이/가} 시작되자마자, healthcheck를 통과하기 전에 시작됩니다. `condition: service_healthy`를 쓰세요.',
    },
    fix: {
      en: 'Wait for the services with a healthcheck to be healthy',
      ko: 'healthcheck가 있는 서비스가 정상이 될 때까지 기다리기',
    },
  },
  // The dependant now waits, and does not start at all when the dependency never becomes healthy.
  fix: 'unsafe',
  readsWorkspace: true,
  check(ctx) {
    // The project's services, as Compose runs them with the other file of the project merged.
    const healthy = new Set(
      ctx.projectNames().filter((name) => {
        const value = ctx.projectValue(name);
        return value !== undefined && ['file', 'image'].includes(runtimeCheck(ctx, value)?.kind ?? '');
      }),
    );
    for (const service of ctx.services) {
      const dependsOn = service.value.depends_on;
      // Another file of the project may give the dependency its condition (an override that waits
      // for health once the checks it adds exist): the project's merged `depends_on` decides.
      const merged = ctx.projectFiles ? ctx.projectValue(service.name)?.depends_on : undefined;
      const waits = (dependency: string): boolean => {
        const settings = isRecord(merged) ? merged[dependency] : undefined;
        const condition = isRecord(settings) ? settings.condition : undefined;
        return condition === undefined || condition === 'service_started';
      };
      const judged = new Set([...healthy].filter(waits));
      if (Array.isArray(dependsOn)) checkList(ctx, service, dependsOn, judged);
      else if (isRecord(dependsOn)) checkMap(ctx, service, dependsOn, judged);
    }
  },
});

function checkList(ctx: ComposeContext, service: ComposeService, names: unknown[], healthy: Set<string>): void {
  const waiting = names.filter((name): name is string => typeof name === 'string' && healthy.has(name));
  if (waiting.length === 0) return;
  const node = service.node?.get('depends_on', true);
  const seq = isSeq(node) ? node : undefined;
  const edit = seq && rewriteList(ctx, service, seq, healthy);
  const fix: Fix | undefined = edit ? { title: ctx.t('fix'), edits: [edit] } : undefined;
  for (const dependency of new Set(waiting)) {
    const item = seq?.items.find((entry) => isScalar(entry) && entry.value === dependency) as Node | undefined;
    ctx.report({
      range: item ? ctx.rangeOf(item) : ctx.keyRange(service, 'depends_on'),
      message: ctx.t('started', { name: service.name, dependency }),
      ...(fix ? { fix } : {}),
    });
  }
}

function checkMap(
  ctx: ComposeContext,
  service: ComposeService,
  dependsOn: Record<string, unknown>,
  healthy: Set<string>,
): void {
  const node = service.node?.get('depends_on', true);
  for (const [dependency, settings] of Object.entries(dependsOn)) {
    if (!healthy.has(dependency)) continue;
    const condition = isRecord(settings) ? settings.condition : undefined;
    if (condition !== undefined && condition !== 'service_started') continue;
    const pair = isMap(node)
      ? node.items.find((item) => isScalar(item.key) && item.key.value === dependency)
      : undefined;
    const conditionNode = isMap(pair?.value) ? pair.value.get('condition', true) : undefined;
    // `service_started` merged from a shared anchor (`<<: *started`) is a choice made once for many
    // dependencies, not a left-over of the short form.
    if (condition !== undefined && !isScalar(conditionNode)) continue;
    const edit = isScalar(conditionNode) ? replaceNode(ctx.file.index, conditionNode, 'service_healthy') : undefined;
    const where = conditionNode ?? (pair?.key as Node | undefined);
    ctx.report({
      range: where ? ctx.rangeOf(where) : ctx.keyRange(service, 'depends_on'),
      message: ctx.t('started', { name: service.name, dependency }),
      ...(edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {}),
    });
  }
}

const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * The block list rewritten as the long form, one entry per service with its condition. Only for a
 * list whose lines hold nothing but its names: a comment or a flow list has no place to go.
 */
function rewriteList(
  ctx: ComposeContext,
  service: ComposeService,
  seq: YAMLSeq,
  healthy: Set<string>,
): TextEdit | undefined {
  const index = ctx.file.index;
  const key = ctx.keyNode(service, 'depends_on');
  if (seq.flow || !seq.range || !key?.range || seq.items.length === 0) return undefined;
  const names: string[] = [];
  for (const item of seq.items) {
    if (!isScalar(item) || typeof item.value !== 'string' || !PLAIN_NAME.test(item.value)) return undefined;
    if (!names.includes(item.value)) names.push(item.value);
  }
  const first = index.positionAt(seq.range[0]).line;
  let last = index.positionAt(seq.range[1]).line;
  if (last > first && index.positionAt(seq.range[1]).character === 0) last--;
  for (let line = first; line <= last; line++)
    if (!/^\s*-\s+(["']?)[A-Za-z0-9._-]+\1\s*$/.test(index.lineText(line))) return undefined;
  const unit = indentUnit(index);
  const keyColumn = index.positionAt(key.range[0]).character;
  const seqColumn = index.positionAt(seq.range[0]).character;
  const column = seqColumn > keyColumn ? seqColumn : keyColumn + unit;
  const pad = (width: number): string => ' '.repeat(width);
  const lines = names.flatMap((name) => [
    `${pad(column)}${name}:`,
    `${pad(column + unit)}condition: ${healthy.has(name) ? 'service_healthy' : 'service_started'}`,
  ]);
  return {
    range: { start: { line: first, character: 0 }, end: index.positionAt(index.lineEnd(last)) },
    newText: lines.join(index.eol),
  };
}
