import { keyNodeAt } from '../../../engine/kubernetes/parse';
import { describeSelector, isEmptySelector } from '../../../engine/kubernetes/selectors';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { firstNearMiss, labelList, misspeltLabelEdit, nameOf, ownObjects } from '../workspace-support';

const pdb = (app: string): string =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: { app: ${app} }`;

export default defineKubernetesRule({
  id: 'pdb-selects-pods',
  title: {
    en: "A PodDisruptionBudget's selector should match the pods it protects",
    ko: 'PodDisruptionBudget의 셀렉터는 보호할 파드와 맞아야 함',
  },
  severity: 'warning',
  concept: 'self-healing',
  topics: ['kubernetes-operations'],
  kinds: ['PodDisruptionBudget'],
  description: {
    en: 'A PodDisruptionBudget protects the pods its label selector matches, in its own namespace, and nothing else. A selector that matches no pod is accepted and protects nothing: drains and upgrades evict the workload you meant as if the budget did not exist. This rule compares the selector with the workloads of the whole workspace (and the labels their controllers add), and stays quiet when the namespace holds no workload at all.',
    ko: 'PodDisruptionBudget은 자기 네임스페이스에서 레이블 셀렉터와 맞는 파드만 보호합니다. 아무 파드와도 맞지 않는 셀렉터도 받아들여지지만 아무것도 보호하지 않습니다. 드레인과 업그레이드는 의도한 워크로드를 예산이 없는 것처럼 내보냅니다. 이 규칙은 셀렉터를 워크스페이스 전체의 워크로드(와 컨트롤러가 붙이는 레이블)와 비교하고, 네임스페이스에 워크로드가 하나도 없으면 조용히 있습니다.',
  },
  remediation: {
    en: "Make `spec.selector` match the labels of the workload's pod template (usually the workload's own `spec.selector`), in the workload's namespace.",
    ko: '`spec.selector`를 워크로드 파드 템플릿의 레이블(대개 워크로드의 `spec.selector`)과 맞추고, 워크로드와 같은 네임스페이스에 두세요.',
  },
  peers: {},
  noPeer:
    "kube-score and Polaris ask from the workload's side whether a budget covers it, and kube-linter checks a budget's numbers; none reports a budget that matches no pod.",
  example: {
    bad: deployment({ spec: ['replicas: 3'], more: [pdb('webapp')] }),
    good: deployment({ spec: ['replicas: 3'], more: [pdb('web')] }),
  },
  messages: {
    dangling: {
      en: 'PodDisruptionBudget "{name}" selects {selector}, but no workload in the workspace has pods with those labels: it protects nothing (if the pods are created elsewhere, by an operator or a chart, say so with an ignore annotation).',
      ko: 'PodDisruptionBudget "{name}"{은/는} {selector}{을/를} 선택하지만 워크스페이스의 어떤 워크로드 파드에도 그 레이블이 없어 아무것도 보호하지 않습니다(오퍼레이터나 차트처럼 다른 곳에서 파드를 만든다면 무시 어노테이션으로 밝혀 두세요).',
    },
    nearMiss: {
      en: 'PodDisruptionBudget "{name}" selects {selector}, which matches no pods; {kind} "{workload}" has {key}={value}. A typo?',
      ko: 'PodDisruptionBudget "{name}"{은/는} {selector}{을/를} 선택하지만 일치하는 파드가 없습니다. {kind} "{workload}"에는 {key}={value}{이/가} 있습니다. 오타인가요?',
    },
    relatedPods: {
      en: 'pods of {kind} "{workload}" carry {labels}',
      ko: '{kind} "{workload}"의 파드 레이블: {labels}',
    },
    fix: { en: 'Protect the pods of {kind} "{workload}" ({labels})', ko: '{kind} "{workload}"의 파드 보호({labels})' },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownObjects(ctx, ['PodDisruptionBudget'])) {
      const selector = facts.selector;
      // An empty selector takes every pod of the namespace (policy/v1): nothing to compare.
      if (!selector || isEmptySelector(selector)) continue;
      if (ctx.inventory.workloadsNearCount(facts.namespace) === 0) continue;
      if (ctx.inventory.workloadsSelectedBy(selector, facts.namespace).length > 0) continue;
      const key = keyNodeAt(object.root, ['spec', 'selector']);
      if (!key?.range) continue;
      const meant = firstNearMiss(selector, ctx.inventory.workloadsNear(facts.namespace));
      const data = { name: nameOf(facts), selector: describeSelector(selector) };
      const edit = meant && misspeltLabelEdit(ctx, object, facts, meant, ['spec', 'selector', 'matchLabels']);
      ctx.report({
        range: ctx.index.rangeOf(key.range[0], key.range[1]),
        message: meant
          ? ctx.t('nearMiss', {
              ...data,
              kind: meant.workload.kind,
              workload: nameOf(meant.workload),
              key: meant.key,
              value: meant.value,
            })
          : ctx.t('dangling', data),
        ...(meant
          ? {
              related: [
                ctx.inventory.related(
                  meant.workload,
                  ctx.t('relatedPods', {
                    kind: meant.workload.kind,
                    workload: nameOf(meant.workload),
                    labels: labelList(meant.workload.pods?.labels ?? {}),
                  }),
                ),
              ],
            }
          : {}),
        ...(edit && meant
          ? {
              fix: {
                title: ctx.t('fix', {
                  kind: meant.workload.kind,
                  workload: nameOf(meant.workload),
                  labels: `${meant.key}=${meant.value}`,
                }),
                edits: [edit],
              },
            }
          : {}),
      });
    }
  },
});
