import { isMap } from 'yaml';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { get, WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { defineKubernetesRule } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { addBlock } from '../block-edit';
import { deployment } from '../example-files';
import { isPartialObject } from '../partial';
import { isCustomNamesake } from '../builtin';

/** Kinds that run one pod per node or per identity, where one replica is a design rather than an oversight. */
const NOT_REPLICATED = ['StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod', 'PodTemplate'];

const AUTOSCALER = [
  'apiVersion: autoscaling/v2',
  'kind: HorizontalPodAutoscaler',
  'metadata:',
  '  name: web',
  'spec:',
  '  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }',
  '  minReplicas: 2',
  '  maxReplicas: 6',
  '  metrics:',
  '    - type: Resource',
  '      resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } }',
].join('\n');

export default defineKubernetesRule({
  id: 'multiple-replicas',
  title: {
    en: 'Run more than one replica of a service',
    ko: '서비스의 레플리카를 둘 이상 실행하기',
  },
  severity: 'info',
  concept: 'self-healing',
  topics: ['kubernetes-operations', 'cloud-native'],
  kinds: [...WORKLOAD_KINDS.filter((kind) => !NOT_REPLICATED.includes(kind)), 'HorizontalPodAutoscaler'],
  description: {
    en: 'Kubernetes heals a failed pod by starting another, but that takes seconds to minutes: with a single replica, every crash, rollout of a Recreate strategy, eviction and node drain is an outage, and a PodDisruptionBudget cannot protect it. Two replicas are the smallest number that survives losing one; kube-linter asks for three so a rolling update or a drain still leaves two. An autoscaler whose minReplicas is 1 falls back to a single pod whenever traffic is low.',
    ko: '쿠버네티스는 실패한 파드 대신 새 파드를 띄워 치유하지만, 그러는 데 몇 초에서 몇 분이 걸립니다. 레플리카가 하나뿐이면 충돌, Recreate 전략의 롤아웃, 축출, 노드 드레인이 모두 장애가 되고, PodDisruptionBudget도 지켜 줄 수 없습니다. 하나를 잃고도 버티는 가장 작은 수가 둘이고, kube-linter는 롤링 업데이트나 드레인 중에도 둘이 남도록 셋을 요구합니다. minReplicas가 1인 오토스케일러는 트래픽이 적을 때마다 파드 하나로 돌아갑니다.',
  },
  remediation: {
    en: "Set `replicas` (or the autoscaler's `minReplicas`) to at least 2, and spread the replicas over nodes. When an autoscaler manages the workload, leave `replicas` out of the workload and set `minReplicas` on the autoscaler instead.",
    ko: '`replicas`(또는 오토스케일러의 `minReplicas`)를 2 이상으로 정하고, 레플리카를 여러 노드에 분산하세요. 오토스케일러가 워크로드를 관리한다면 워크로드에서는 `replicas`를 빼고 오토스케일러의 `minReplicas`를 정하세요.',
  },
  exceptions: {
    en: 'A development environment, a singleton that must not run twice (a scheduler without leader election), or a pod bound to a ReadWriteOnce volume legitimately runs one replica; keep the finding suppressed there with a reason.',
    ko: '개발 환경, 두 개가 동시에 돌면 안 되는 싱글턴(리더 선출이 없는 스케줄러), ReadWriteOnce 볼륨에 묶인 파드는 정당하게 레플리카 하나로 실행합니다. 그런 곳에서는 이유와 함께 이 결과를 숨기세요.',
  },
  peers: {
    kubeLinter: ['minimum-three-replicas', 'hpa-minimum-three-replicas'],
    kubeScore: ['deployment-replicas', 'horizontalpodautoscaler-replicas'],
    polaris: ['deploymentMissingReplicas', 'hpaMinAvailability'],
  },
  example: {
    bad: deployment({ spec: ['replicas: 1'] }),
    good: deployment({ more: [AUTOSCALER] }),
  },
  messages: {
    single: {
      en: 'This {kind} runs a single replica: every restart, eviction or node drain leaves none of its pods running.',
      ko: '이 {kind}{은/는} 레플리카 하나만 실행합니다. 재시작, 축출, 노드 드레인 때마다 실행 중인 파드가 하나도 남지 않습니다.',
    },
    autoscalerMinimum: {
      en: 'minReplicas is {min}: when traffic is low the autoscaler keeps a single pod, and then any restart or drain is an outage.',
      ko: 'minReplicas가 {min}입니다. 트래픽이 적으면 오토스케일러가 파드 하나만 남기고, 그때 재시작이나 드레인이 일어나면 장애가 됩니다.',
    },
    fix: {
      en: 'Set minReplicas to 2',
      ko: 'minReplicas를 2로 설정',
    },
  },
  // More pods cost more and change capacity: a person decides, never on save.
  fix: 'unsafe',
  check(ctx) {
    if (isCustomNamesake(ctx.object)) return;
    if (ctx.object.kind === 'HorizontalPodAutoscaler') {
      checkAutoscaler(ctx);
      return;
    }
    if (get(ctx.object.value, 'spec', 'replicas') !== 1) return;
    ctx.report({ range: ctx.valueRange(['spec', 'replicas']), message: ctx.t('single', { kind: ctx.object.kind }) });
  },
});

function checkAutoscaler(ctx: KubernetesContext): void {
  const written = get(ctx.object.value, 'spec', 'minReplicas');
  // A kustomize patch that leaves minReplicas out keeps its base's value, unknown here.
  if (written === undefined && isPartialObject(ctx)) return;
  const min = written ?? 1;
  const max = get(ctx.object.value, 'spec', 'maxReplicas');
  // An autoscaler capped at one pod, or with broken bounds, is for hpa-scaling-range and kubernetes-validation.
  if (min !== 1 || typeof max !== 'number' || max < 2) return;
  const range = written !== undefined ? ctx.valueRange(['spec', 'minReplicas']) : ctx.keyRange(['spec']);
  ctx.report({ range, message: ctx.t('autoscalerMinimum', { min: 1 }), ...withFix(ctx, max) });
}

/** minReplicas 2, unless that would leave the autoscaler no room to scale (maxReplicas 2). */
function withFix(ctx: KubernetesContext, max: number): { fix?: Fix } {
  if (max <= 2) return {};
  const written = ctx.node(['spec', 'minReplicas']);
  const spec = ctx.node(['spec']);
  const edits = written
    ? [replaceNode(ctx.index, written, '2')].filter((edit) => edit !== undefined)
    : isMap(spec)
      ? addBlock(ctx.index, spec, { minReplicas: '2' })
      : undefined;
  return edits && edits.length > 0 ? { fix: { title: ctx.t('fix'), edits } } : {};
}
