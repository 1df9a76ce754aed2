import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { WORKLOAD_KINDS, type ContainerRef } from '../../../engine/kubernetes/workloads';
import { holdsAnchor } from '../../../engine/kubernetes/yaml-edit';
import { defineKubernetesRule } from '../../../engine/rule';
import type { TextEdit } from '../../../engine/types';
import { containerWith, deployment } from '../example-files';
import { ALL_ROLES, containersWith } from '../support';

export default defineKubernetesRule({
  id: 'no-duplicate-env-var',
  title: {
    en: 'Set each environment variable once per container',
    ko: '환경 변수는 컨테이너마다 한 번만 설정하기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['kubernetes-operations'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'When a container lists the same environment variable twice, the kubelet keeps the last entry and silently drops the earlier one. A declarative spec should say one thing once: a reader (or a reviewer of a merge that added the second entry) sees a value that never reaches the process.',
    ko: '한 컨테이너에 같은 환경 변수가 두 번 나오면 kubelet은 마지막 항목만 남기고 앞의 것은 조용히 버립니다. 선언적 명세는 한 가지를 한 번만 말해야 합니다. 읽는 사람(두 번째 항목을 더한 병합을 리뷰하는 사람)은 프로세스에 전달되지 않는 값을 보게 됩니다.',
  },
  remediation: {
    en: 'Delete the earlier entry, or the later one if the earlier value was the one you meant. The fix deletes the earlier entry, which keeps the container running with exactly the value it has today.',
    ko: '앞의 항목을 지우세요. 앞의 값이 원래 뜻한 값이라면 뒤의 것을 지우세요. 빠른 수정은 앞의 항목을 지우므로 컨테이너는 지금과 정확히 같은 값으로 실행됩니다.',
  },
  peers: { kubeLinter: ['duplicate-env-var'], kubeScore: ['environment-variable-key-duplication'] },
  example: {
    bad: deployment({
      container: containerWith({
        env: ['env:', '  - name: LOG_LEVEL', '    value: info', '  - name: LOG_LEVEL', '    value: debug'],
      }),
    }),
    good: deployment({ container: containerWith({ env: ['env:', '  - name: LOG_LEVEL', '    value: debug'] }) }),
  },
  messages: {
    duplicate: {
      en: 'Container "{name}" sets {variable} again on line {line}; this earlier entry is ignored.',
      ko: '컨테이너 "{name}"{이/가} {line}번째 줄에서 {variable}{을/를} 다시 설정합니다. 이 앞의 항목은 무시됩니다.',
    },
    fix: {
      en: 'Delete the ignored entry for {variable}',
      ko: '무시되는 {variable} 항목 삭제',
    },
  },
  fix: 'safe',
  check(ctx) {
    for (const container of containersWith(ctx, ALL_ROLES)) checkContainer(ctx, container);
  },
});

function checkContainer(ctx: KubernetesContext, container: ContainerRef): void {
  const env = ctx.node([...container.path, 'env']);
  if (!isSeq(env)) return;
  const names = env.items.map((item) => (isMap(item) ? scalarText(item.get('name', true)) : undefined));
  names.forEach((variable, i) => {
    if (variable === undefined) return;
    const later = names.indexOf(variable, i + 1);
    if (later < 0) return;
    const laterItem = env.items[later];
    const nameNode = isMap(env.items[i]) ? (env.items[i] as YAMLMap).get('name', true) : undefined;
    if (!isScalar(nameNode) || !nameNode.range || !isMap(laterItem)) return;
    const laterLine = ctx.index.positionAt(laterItem.range?.[0] ?? 0).line + 1;
    // A variable between the two entries that expands $(NAME) sees the earlier value; deleting it would change that.
    const between = env.items.slice(i + 1, later);
    const referenced = between.some(
      (item) => isMap(item) && scalarText(item.get('value', true))?.includes(`$(${variable})`),
    );
    const edit = referenced ? undefined : deleteItem(ctx, env.items, i);
    ctx.report({
      range: ctx.index.rangeOf(nameNode.range[0], nameNode.range[1]),
      message: ctx.t('duplicate', { name: container.name, variable, line: laterLine }),
      ...(edit ? { fix: { title: ctx.t('fix', { variable }), edits: [edit] } } : {}),
    });
  });
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value)
    : undefined;
}

/**
 * Deletes the whole lines of a block sequence item `- name: …` when it owns them alone;
 * comment lines around it stay. Undefined for flow sequences, items sharing a line, or items holding
 * an anchor that a later alias may use.
 */
function deleteItem(ctx: KubernetesContext, items: readonly unknown[], i: number): TextEdit | undefined {
  const item = items[i];
  if (!isMap(item) || item.flow || !item.range || holdsAnchor(item)) return undefined;
  const index = ctx.index;
  const start = index.positionAt(item.range[0]);
  if (index.lineText(start.line).slice(0, start.character).trim() !== '-') return undefined;
  let end = item.range[0];
  for (const pair of item.items) {
    const node = (pair.value ?? pair.key) as Node | null;
    if (node?.range) end = Math.max(end, node.range[1]);
  }
  while (end > item.range[0] && /\s/.test(index.text.charAt(end - 1))) end--;
  const endLine = index.positionAt(end).line;
  const next = items[i + 1] as Node | undefined;
  if (next?.range && index.positionAt(next.range[0]).line <= endLine) return undefined;
  const from = index.positionAt(index.lineStart(start.line));
  const to =
    endLine + 1 < index.lineCount
      ? index.positionAt(index.lineStart(endLine + 1))
      : index.positionAt(index.text.length);
  return { range: { start: from, end: to }, newText: '' };
}
