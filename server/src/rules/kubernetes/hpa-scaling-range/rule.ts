import { get } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { isCustomNamesake } from '../builtin';
import { isPartialObject } from '../partial';

const autoscaler = (min: number, max: number): string =>
  [
    'apiVersion: autoscaling/v2',
    'kind: HorizontalPodAutoscaler',
    'metadata:',
    '  name: web',
    'spec:',
    '  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }',
    `  minReplicas: ${min}`,
    `  maxReplicas: ${max}`,
    '  metrics:',
    '    - type: Resource',
    '      resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } }',
  ].join('\n');

export default defineKubernetesRule({
  id: 'hpa-scaling-range',
  title: {
    en: 'Give an autoscaler room to scale',
    ko: '오토스케일러에 조정할 여지 주기',
  },
  severity: 'warning',
  concept: 'resource-management',
  topics: ['kubernetes-operations', 'cloud-native'],
  kinds: ['HorizontalPodAutoscaler'],
  description: {
    en: "A HorizontalPodAutoscaler changes the replica count between minReplicas and maxReplicas. When the two are equal it can never change anything: the workload runs a fixed number of pods, as if `replicas` were set, while readers believe it scales with load, and the autoscaler's metrics and events only add noise.",
    ko: 'HorizontalPodAutoscaler는 minReplicas와 maxReplicas 사이에서 레플리카 수를 바꿉니다. 둘이 같으면 아무것도 바꿀 수 없어서, 워크로드는 `replicas`를 정한 것처럼 고정된 수의 파드로 실행되는데 읽는 사람은 부하에 따라 늘어난다고 믿게 되고, 오토스케일러의 메트릭과 이벤트는 잡음만 더합니다.',
  },
  remediation: {
    en: 'Raise maxReplicas to the most pods the workload may need at peak (and the cluster can hold), or remove the autoscaler and set `replicas` on the workload.',
    ko: 'maxReplicas를 최대 부하에 필요한(그리고 클러스터가 감당할 수 있는) 파드 수로 올리거나, 오토스케일러를 지우고 워크로드에 `replicas`를 정하세요.',
  },
  peers: { polaris: ['hpaMaxAvailability'] },
  example: {
    bad: deployment({ more: [autoscaler(3, 3)] }),
    good: deployment({ more: [autoscaler(3, 10)] }),
  },
  messages: {
    fixed: {
      en: 'minReplicas and maxReplicas are both {count}: this autoscaler can never change the number of pods.',
      ko: 'minReplicas와 maxReplicas가 모두 {count}입니다. 이 오토스케일러는 파드 수를 결코 바꿀 수 없습니다.',
    },
  },
  check(ctx) {
    if (isPartialObject(ctx)) return;
    if (isCustomNamesake(ctx.object)) return;
    const min = get(ctx.object.value, 'spec', 'minReplicas') ?? 1;
    const max = get(ctx.object.value, 'spec', 'maxReplicas');
    if (typeof max !== 'number' || min !== max) return;
    ctx.report({ range: ctx.valueRange(['spec', 'maxReplicas']), message: ctx.t('fixed', { count: max }) });
  },
});
