import type { IndexedObject } from '../../../engine/kubernetes/facts';
import { keyNodeAt, nodeAt } from '../../../engine/kubernetes/parse';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { nameOf, ownObjects } from '../workspace-support';

/** Workloads a drain evicts pods of; DaemonSet pods are left in place and Jobs finish on their own. */
const EVICTED_KINDS = new Set(['Pod', 'Job', 'CronJob', 'DaemonSet']);

const HPA =
  'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  minReplicas: 2\n  maxReplicas: 6\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target: { type: Utilization, averageUtilization: 70 }';
const pdb = (minAvailable: number): string =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: ${minAvailable}\n  selector:\n    matchLabels: { app: web }`;

type Floor = { replicas: number; source: 'hpa' | 'replicas' | 'default'; hpa?: IndexedObject };

/** The fewest pods the workload may run: its autoscaler's minReplicas, its replicas, or the default of one. */
function fewestReplicas(workload: IndexedObject, hpa: IndexedObject | undefined): Floor {
  if (hpa?.scaleTarget) return { replicas: hpa.scaleTarget.minReplicas, source: 'hpa', hpa };
  if (workload.replicas !== undefined) return { replicas: workload.replicas, source: 'replicas' };
  return { replicas: 1, source: 'default' };
}

/** Pods the budget keeps available out of `replicas`; undefined when the value cannot be read. */
function required(minAvailable: number | string, replicas: number): number | undefined {
  if (typeof minAvailable === 'number') return minAvailable;
  const percent = /^(\d+)%$/.exec(minAvailable);
  // A percentage is rounded up, as the disruption controller does.
  return percent ? Math.ceil((Number(percent[1]) * replicas) / 100) : undefined;
}

export default defineKubernetesRule({
  id: 'pdb-min-available-below-replicas',
  title: {
    en: "A PodDisruptionBudget's minAvailable must leave a pod to evict",
    ko: 'PodDisruptionBudget의 minAvailable은 내보낼 파드를 남겨야 함',
  },
  severity: 'warning',
  concept: 'self-healing',
  topics: ['kubernetes-operations'],
  kinds: ['PodDisruptionBudget'],
  description: {
    en: "A budget whose `minAvailable` is as high as the number of pods the workload may run (its autoscaler's `minReplicas`, its `replicas`, or the default of one) allows no eviction at all when the workload is at that size. A node drain then waits forever for a pod it may not evict: cluster upgrades stall and nodes cannot be recycled. The budget should protect the service, not freeze it.",
    ko: '`minAvailable`이 워크로드가 돌릴 수 있는 파드 수(오토스케일러의 `minReplicas`, `replicas`, 또는 기본값 1)만큼 높은 예산은 워크로드가 그 크기일 때 어떤 축출도 허용하지 않습니다. 그러면 노드 드레인은 내보낼 수 없는 파드를 끝없이 기다리고, 클러스터 업그레이드가 멈추며 노드를 교체할 수 없습니다. 예산은 서비스를 보호해야지 얼려서는 안 됩니다.',
  },
  remediation: {
    en: "Use `maxUnavailable: 1` instead, which always lets one pod go at a time, or keep `minAvailable` below the autoscaler's `minReplicas` (or the workload's `replicas`).",
    ko: '대신 `maxUnavailable: 1`을 써서 언제나 한 번에 하나씩 내보낼 수 있게 하거나, `minAvailable`을 오토스케일러의 `minReplicas`(또는 워크로드의 `replicas`)보다 작게 두세요.',
  },
  peers: { polaris: ['pdbMinAvailableGreaterThanHPAMinReplicas'] },
  example: {
    bad: deployment({ more: [HPA, pdb(2)] }),
    good: deployment({ more: [HPA, pdb(1)] }),
  },
  messages: {
    blocks: {
      en: 'PodDisruptionBudget "{name}" keeps {required} pods of {kind} "{workload}" available, but it may run only {replicas} ({source}): no pod can be evicted, so node drains hang.',
      ko: 'PodDisruptionBudget "{name}"{은/는} {kind} "{workload}"의 파드 {required}개를 유지하지만 워크로드는 {replicas}개만 돌릴 수 있습니다({source}). 어떤 파드도 내보낼 수 없어 노드 드레인이 멈춥니다.',
    },
    hpa: { en: 'the minReplicas of its autoscaler', ko: '오토스케일러의 minReplicas' },
    replicas: { en: 'its replicas', ko: '워크로드의 레플리카 수' },
    default: { en: 'it sets no replicas', ko: '레플리카 수를 적지 않음' },
    relatedWorkload: { en: 'the pods it protects', ko: '예산이 보호하는 파드' },
    relatedHpa: { en: 'may scale it down to {replicas}', ko: '{replicas}개까지 줄일 수 있음' },
    fix: { en: 'Use maxUnavailable: 1 instead', ko: '대신 maxUnavailable: 1 사용' },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownObjects(ctx, ['PodDisruptionBudget'])) {
      const minAvailable = facts.disruption?.minAvailable;
      if (minAvailable === undefined || facts.disruption?.maxUnavailable !== undefined || !facts.selector) continue;
      const selector = facts.selector;
      // A claim that two objects work together: they must be written for the same namespace.
      const workloads = ctx.inventory
        .workloadsSelectedBy(selector, facts.namespace)
        .filter((w) => w.namespace === facts.namespace && !EVICTED_KINDS.has(w.kind));
      for (const workload of workloads) {
        // The workloads share the budget's namespace exactly, as the autoscalers asked for must.
        const floor = fewestReplicas(workload, ctx.inventory.autoscalerFor(workload, 'same'));
        const keep = required(minAvailable, floor.replicas);
        if (keep === undefined || keep < floor.replicas) continue;
        const key = keyNodeAt(object.root, ['spec', 'minAvailable']);
        const value = nodeAt(object.root, ['spec', 'minAvailable']);
        if (!key?.range || !value?.range) continue;
        const related = [ctx.inventory.related(workload, ctx.t('relatedWorkload'))];
        if (floor.hpa)
          related.push(ctx.inventory.related(floor.hpa, ctx.t('relatedHpa', { replicas: floor.replicas })));
        ctx.report({
          range: ctx.index.rangeOf(value.range[0], value.range[1]),
          message: ctx.t('blocks', {
            name: nameOf(facts),
            required: typeof minAvailable === 'number' ? keep : `${minAvailable} (${keep})`,
            kind: workload.kind,
            workload: nameOf(workload),
            replicas: floor.replicas,
            source: ctx.t(floor.source),
          }),
          related,
          fix: {
            title: ctx.t('fix'),
            edits: [{ range: ctx.index.rangeOf(key.range[0], value.range[1]), newText: 'maxUnavailable: 1' }],
          },
        });
        break;
      }
    }
  },
});
