import type { IndexedObject } from '../../../engine/kubernetes/facts';
import { podIdentity } from '../../../engine/kubernetes/inventory';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { appendDocument, identifyingLabels, nameOf, ownWorkloads, yamlScalar } from '../workspace-support';

/** Kinds whose pods a drain evicts and a budget protects; DaemonSet pods are left alone by drains, Jobs finish. */
const UNPROTECTED_KINDS = new Set(['Pod', 'Job', 'CronJob', 'DaemonSet']);

const PDB =
  'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  unhealthyPodEvictionPolicy: AlwaysAllow\n  selector:\n    matchLabels: { app: web }';

/** The most replicas the workload may run: its own count, or its autoscaler's ceiling. */
function mostReplicas(workload: IndexedObject, hpa: IndexedObject | undefined): number {
  return Math.max(workload.replicas ?? 1, hpa?.scaleTarget?.maxReplicas ?? 0, hpa?.scaleTarget?.minReplicas ?? 0);
}

export default defineKubernetesRule({
  id: 'workload-has-disruption-budget',
  title: {
    en: 'Give a replicated workload a PodDisruptionBudget',
    ko: '레플리카가 여럿인 워크로드에는 PodDisruptionBudget을 둠',
  },
  severity: 'info',
  concept: 'self-healing',
  topics: ['kubernetes-operations', 'cloud-native'],
  kinds: ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'],
  description: {
    en: 'Node drains, cluster upgrades and the autoscaler evict pods on purpose. Without a PodDisruptionBudget they may evict every replica of a workload at the same moment, and the service is down although it runs three copies. A budget (`maxUnavailable: 1`, say) makes them wait until the evicted pod is replaced. This is advice, as kube-score and Polaris give it: it only concerns workloads that may run more than one replica (a budget cannot protect a single pod without blocking every drain), and a budget applied from elsewhere serves as well.',
    ko: '노드 드레인, 클러스터 업그레이드, 오토스케일러는 일부러 파드를 내보냅니다. PodDisruptionBudget이 없으면 워크로드의 레플리카를 한꺼번에 모두 내보낼 수 있어, 레플리카를 셋이나 돌려도 서비스가 멈춥니다. 예산(`maxUnavailable: 1` 등)이 있으면 내보낸 파드가 대체될 때까지 기다립니다. kube-score와 Polaris처럼 조언으로 알립니다. 레플리카를 둘 이상 돌릴 수 있는 워크로드만 해당하며(파드 하나는 모든 드레인을 막지 않고는 보호할 수 없습니다), 다른 곳에서 적용하는 예산도 똑같이 쓸모 있습니다.',
  },
  remediation: {
    en: "Add a PodDisruptionBudget in the workload's namespace whose `selector` matches its pods, with `maxUnavailable: 1` (or a `minAvailable` below the replica count). The quick fix appends one.",
    ko: '워크로드의 네임스페이스에 파드와 맞는 `selector`를 가진 PodDisruptionBudget을 `maxUnavailable: 1`(또는 레플리카 수보다 작은 `minAvailable`)로 추가하세요. 빠른 수정이 하나를 덧붙입니다.',
  },
  peers: {
    kubeScore: ['deployment-has-poddisruptionbudget', 'statefulset-has-poddisruptionbudget'],
    polaris: ['missingPodDisruptionBudget'],
  },
  example: {
    bad: deployment({ spec: ['replicas: 3'] }),
    good: deployment({ spec: ['replicas: 3'], more: [PDB] }),
  },
  messages: {
    uncovered: {
      en: 'No PodDisruptionBudget in the workspace covers the pods of {kind} "{name}" (up to {replicas} replicas): a node drain may evict them all at once.',
      ko: '워크스페이스의 어떤 PodDisruptionBudget도 {kind} "{name}"의 파드(레플리카 최대 {replicas}개)를 보호하지 않습니다. 노드 드레인이 한꺼번에 모두 내보낼 수 있습니다.',
    },
    fix: {
      en: 'Add a PodDisruptionBudget with maxUnavailable: 1',
      ko: 'maxUnavailable: 1인 PodDisruptionBudget 추가',
    },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownWorkloads(ctx)) {
      if (UNPROTECTED_KINDS.has(facts.kind)) continue;
      const pods = podIdentity(facts);
      if (!pods) continue;
      const replicas = mostReplicas(facts, ctx.inventory.autoscalerFor(facts, 'near'));
      if (replicas < 2) continue;
      if (ctx.inventory.anySelects('PodDisruptionBudget', facts.namespace, pods)) continue;
      const labels = identifyingLabels(facts);
      const fix =
        Object.keys(labels).length > 0 && object.root === object.document.contents
          ? {
              title: ctx.t('fix'),
              edits: [
                appendDocument(ctx, [
                  'apiVersion: policy/v1',
                  'kind: PodDisruptionBudget',
                  'metadata:',
                  `  name: ${yamlScalar(nameOf(facts))}`,
                  ...(facts.namespace ? [`  namespace: ${yamlScalar(facts.namespace)}`] : []),
                  'spec:',
                  '  maxUnavailable: 1',
                  '  unhealthyPodEvictionPolicy: AlwaysAllow',
                  '  selector:',
                  '    matchLabels:',
                  ...Object.entries(labels).map(([k, v]) => `      ${yamlScalar(k)}: ${yamlScalar(v)}`),
                ]),
              ],
            }
          : undefined;
      ctx.report({
        range: facts.range,
        message: ctx.t('uncovered', { kind: facts.kind, name: nameOf(facts), replicas }),
        ...(fix ? { fix } : {}),
      });
    }
  },
});
