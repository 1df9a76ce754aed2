import type { IndexedObject } from '../../../engine/kubernetes/facts';
import { keyNodeAt, type K8sObject, type Path } from '../../../engine/kubernetes/parse';
import { describeSelector, isEmptySelector, readLabelSelector } from '../../../engine/kubernetes/selectors';
import { get } from '../../../engine/kubernetes/workloads';
import type { KubernetesWorkspaceContext } from '../../../engine/kubernetes/context';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { firstNearMiss, labelList, misspeltLabelEdit, nameOf, ownObjects } from '../workspace-support';

const policy = (app: string): string =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web\nspec:\n  podSelector:\n    matchLabels: { app: ${app} }\n  policyTypes: [Ingress]\n  ingress:\n    - ports:\n        - port: 8080`;

/** The podSelectors of a policy's peers that pick pods of the policy's own namespace (no namespaceSelector). */
function peerSelectors(value: unknown): Path[] {
  const paths: Path[] = [];
  for (const [direction, side] of [
    ['ingress', 'from'],
    ['egress', 'to'],
  ] as const) {
    const rules = get(value, 'spec', direction);
    (Array.isArray(rules) ? rules : []).forEach((rule, r) => {
      const peers = get(rule, side);
      (Array.isArray(peers) ? peers : []).forEach((peer, p) => {
        if (get(peer, 'podSelector') !== undefined && get(peer, 'namespaceSelector') === undefined)
          paths.push(['spec', direction, r, side, p, 'podSelector']);
      });
    });
  }
  return paths;
}

export default defineKubernetesRule({
  id: 'network-policy-selects-pods',
  title: {
    en: "A NetworkPolicy's pod selectors should match pods",
    ko: 'NetworkPolicy의 파드 셀렉터는 파드와 맞아야 함',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['kubernetes-msa', 'kubernetes-operations'],
  kinds: ['NetworkPolicy'],
  description: {
    en: "A NetworkPolicy applies to the pods its `podSelector` matches and lets traffic from (or to) the pods its peers' `podSelector`s match, all by label. A selector that matches no pod is accepted and silently does nothing: the pods you meant to isolate stay open, or the clients you meant to allow are refused. This rule compares the selectors with the workloads of the whole workspace in the policy's namespace (peers with a `namespaceSelector` reach other namespaces and are left alone), and stays quiet when that namespace holds no workload.",
    ko: 'NetworkPolicy는 `podSelector`와 맞는 파드에 적용되고, 피어의 `podSelector`와 맞는 파드에서 오는(또는 가는) 트래픽을 허용합니다. 모두 레이블로 정합니다. 아무 파드와도 맞지 않는 셀렉터도 받아들여지지만 조용히 아무 일도 하지 않습니다. 격리하려던 파드는 열린 채로 남고, 허용하려던 클라이언트는 거부됩니다. 이 규칙은 셀렉터를 정책과 같은 네임스페이스에 있는 워크스페이스 전체의 워크로드와 비교하고(`namespaceSelector`가 있는 피어는 다른 네임스페이스를 가리키므로 건너뜁니다), 그 네임스페이스에 워크로드가 없으면 조용히 있습니다.',
  },
  remediation: {
    en: "Make each `podSelector` match the labels of the pods' template (usually the workload's own `spec.selector`). An empty selector (`{}`) means every pod of the namespace.",
    ko: '각 `podSelector`를 파드 템플릿의 레이블(대개 워크로드의 `spec.selector`)과 맞추세요. 빈 셀렉터(`{}`)는 네임스페이스의 모든 파드를 뜻합니다.',
  },
  peers: {
    kubeLinter: ['dangling-networkpolicy', 'dangling-networkpolicypeer-podselector'],
    kubeScore: ['networkpolicy-targets-pod'],
  },
  example: {
    bad: deployment({ more: [policy('frontend')] }),
    good: deployment({ more: [policy('web')] }),
  },
  messages: {
    target: {
      en: 'NetworkPolicy "{name}" applies to pods with {selector}, but no workload in the workspace has such pods: it isolates nothing (if the pods are created elsewhere, by an operator or a chart, say so with an ignore annotation).',
      ko: 'NetworkPolicy "{name}"{은/는} {selector} 레이블의 파드에 적용되지만 워크스페이스의 어떤 워크로드에도 그런 파드가 없어 아무것도 격리하지 않습니다(오퍼레이터나 차트처럼 다른 곳에서 파드를 만든다면 무시 어노테이션으로 밝혀 두세요).',
    },
    targetNear: {
      en: 'NetworkPolicy "{name}" applies to pods with {selector}, which matches no pods; {kind} "{workload}" has {key}={value}. A typo?',
      ko: 'NetworkPolicy "{name}"{은/는} {selector} 레이블의 파드에 적용되지만 일치하는 파드가 없습니다. {kind} "{workload}"에는 {key}={value}{이/가} 있습니다. 오타인가요?',
    },
    peer: {
      en: 'NetworkPolicy "{name}" lets pods with {selector} through, but no workload in its namespace has such pods (if they are created elsewhere, by an operator or a chart, say so with an ignore annotation).',
      ko: 'NetworkPolicy "{name}"{은/는} {selector} 레이블의 파드를 허용하지만 그 네임스페이스의 어떤 워크로드에도 그런 파드가 없습니다(오퍼레이터나 차트처럼 다른 곳에서 파드를 만든다면 무시 어노테이션으로 밝혀 두세요).',
    },
    relatedPods: {
      en: 'pods of {kind} "{workload}" carry {labels}',
      ko: '{kind} "{workload}"의 파드 레이블: {labels}',
    },
    fix: {
      en: 'Apply it to the pods of {kind} "{workload}" ({key}={value})',
      ko: '{kind} "{workload}"의 파드에 적용({key}={value})',
    },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownObjects(ctx, ['NetworkPolicy'])) {
      if (ctx.inventory.workloadsNearCount(facts.namespace) === 0) continue;
      if (facts.selector && !isEmptySelector(facts.selector)) checkTarget(ctx, object, facts);
      for (const path of peerSelectors(object.value)) {
        const selector = readLabelSelector(get(object.value, ...path));
        if (!selector || isEmptySelector(selector)) continue;
        if (ctx.inventory.workloadsSelectedBy(selector, facts.namespace).length > 0) continue;
        const key = keyNodeAt(object.root, path);
        if (!key?.range) continue;
        ctx.report({
          range: ctx.index.rangeOf(key.range[0], key.range[1]),
          message: ctx.t('peer', { name: nameOf(facts), selector: describeSelector(selector) }),
        });
      }
    }
  },
});

function checkTarget(ctx: KubernetesWorkspaceContext, object: K8sObject, facts: IndexedObject): void {
  const selector = facts.selector;
  if (!selector || ctx.inventory.workloadsSelectedBy(selector, facts.namespace).length > 0) return;
  const key = keyNodeAt(object.root, ['spec', 'podSelector']);
  if (!key?.range) return;
  const meant = firstNearMiss(selector, ctx.inventory.workloadsNear(facts.namespace));
  const data = { name: nameOf(facts), selector: describeSelector(selector) };
  const range = ctx.index.rangeOf(key.range[0], key.range[1]);
  if (!meant) {
    ctx.report({ range, message: ctx.t('target', data) });
    return;
  }
  const workload = meant.workload;
  const who = { kind: workload.kind, workload: nameOf(workload) };
  const edit = misspeltLabelEdit(ctx, object, facts, meant, ['spec', 'podSelector', 'matchLabels']);
  ctx.report({
    range,
    message: ctx.t('targetNear', { ...data, ...who, key: meant.key, value: meant.value }),
    related: [
      ctx.inventory.related(workload, ctx.t('relatedPods', { ...who, labels: labelList(workload.pods?.labels ?? {}) })),
    ],
    ...(edit ? { fix: { title: ctx.t('fix', { ...who, key: meant.key, value: meant.value }), edits: [edit] } } : {}),
  });
}
