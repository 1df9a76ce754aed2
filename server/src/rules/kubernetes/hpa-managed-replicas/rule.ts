import { isMap } from 'yaml';
import { keyNodeAt, nodeAt } from '../../../engine/kubernetes/parse';
import { removeMapEntry } from '../../../engine/kubernetes/yaml-edit';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { nameOf, ownWorkloads } from '../workspace-support';

const HPA =
  'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  minReplicas: 2\n  maxReplicas: 6\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target: { type: Utilization, averageUtilization: 70 }';

export default defineKubernetesRule({
  id: 'hpa-managed-replicas',
  title: {
    en: 'Leave replicas to the autoscaler that scales the workload',
    ko: '오토스케일러가 스케일하는 워크로드에는 `replicas`를 적지 않음',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['kubernetes-operations', 'cloud-native'],
  kinds: ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'],
  description: {
    en: 'Once a HorizontalPodAutoscaler scales a workload, `spec.replicas` belongs to the autoscaler. Writing it in the manifest gives the field two owners: every `kubectl apply` (or GitOps sync) resets the count to the written number — scaling a busy service down in the middle of a peak — until the autoscaler notices and scales it back up.',
    ko: 'HorizontalPodAutoscaler가 워크로드를 스케일하면 `spec.replicas`는 오토스케일러의 것입니다. 매니페스트에 적으면 필드의 주인이 둘이 됩니다. `kubectl apply`(또는 GitOps 동기화)를 할 때마다 적힌 숫자로 되돌아가서, 한창 바쁜 서비스를 줄여 버리고 오토스케일러가 알아채 다시 늘릴 때까지 그대로입니다.',
  },
  remediation: {
    en: "Remove `spec.replicas` from the workload and let the autoscaler's `minReplicas` and `maxReplicas` decide. A new workload then starts with one replica and is scaled up to `minReplicas` at once.",
    ko: '워크로드에서 `spec.replicas`를 지우고 오토스케일러의 `minReplicas`와 `maxReplicas`가 정하게 하세요. 새 워크로드는 레플리카 하나로 시작해 곧바로 `minReplicas`까지 늘어납니다.',
  },
  peers: { kubeScore: ['deployment-targeted-by-hpa-does-not-have-replicas-configured'] },
  example: {
    bad: deployment({ spec: ['replicas: 3'], more: [HPA] }),
    good: deployment({ more: [HPA] }),
  },
  messages: {
    managed: {
      en: '{kind} "{name}" sets replicas, but HorizontalPodAutoscaler "{hpa}" scales it: every apply resets the count to {replicas}.',
      ko: '{kind} "{name}"에 `replicas`가 있지만 HorizontalPodAutoscaler "{hpa}"{이/가} 스케일합니다. apply할 때마다 레플리카 수가 {replicas}{으로/로} 되돌아갑니다.',
    },
    relatedHpa: {
      en: 'scales it between {min} and {max} replicas',
      ko: '레플리카를 {min}에서 {max} 사이로 스케일함',
    },
    fix: { en: 'Remove replicas: the autoscaler decides', ko: '`replicas` 지우기: 오토스케일러가 정함' },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownWorkloads(ctx)) {
      if (facts.replicas === undefined) continue;
      const hpa = ctx.inventory.autoscalerFor(facts, 'same');
      if (!hpa?.scaleTarget) continue;
      const key = keyNodeAt(object.root, ['spec', 'replicas']);
      if (!key?.range) continue;
      const spec = nodeAt(object.root, ['spec']);
      const edit = isMap(spec) ? removeMapEntry(ctx.index, spec, 'replicas') : undefined;
      ctx.report({
        range: ctx.index.rangeOf(key.range[0], key.range[1]),
        message: ctx.t('managed', {
          kind: facts.kind,
          name: nameOf(facts),
          hpa: nameOf(hpa),
          replicas: facts.replicas,
        }),
        related: [
          ctx.inventory.related(
            hpa,
            ctx.t('relatedHpa', { min: hpa.scaleTarget.minReplicas, max: hpa.scaleTarget.maxReplicas ?? '?' }),
          ),
        ],
        ...(edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {}),
      });
    }
  },
});
