import { isMap } from 'yaml';
import { get } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import { addBlock } from '../block-edit';
import { deployment } from '../example-files';
import { isPartialObject } from '../partial';
import { isCustomNamesake } from '../builtin';

const budget = (setting: string): string =>
  [
    'apiVersion: policy/v1',
    'kind: PodDisruptionBudget',
    'metadata:',
    '  name: web',
    'spec:',
    ...(setting ? [`  ${setting}`] : []),
    '  selector:',
    '    matchLabels: { app: web }',
    '  unhealthyPodEvictionPolicy: AlwaysAllow',
  ].join('\n');

/** A count or percentage that is zero. */
const isZero = (value: unknown): boolean => value === 0 || value === '0%';

export default defineKubernetesRule({
  id: 'pdb-budget',
  title: {
    en: 'Give a PodDisruptionBudget a budget that still lets nodes drain',
    ko: 'PodDisruptionBudget에 노드를 드레인할 수 있는 예산 주기',
  },
  severity: 'warning',
  concept: 'self-healing',
  topics: ['kubernetes-operations', 'kubernetes-architecture'],
  kinds: ['PodDisruptionBudget'],
  description: {
    en: 'A PodDisruptionBudget tells voluntary evictions (a node drain, a cluster upgrade, the autoscaler removing a node) how many of its pods may be down at once. `maxUnavailable: 0` or `minAvailable: 100%` allows none: every drain waits forever on these pods, and upgrades stall until someone deletes the budget. A budget with neither field limits nothing at all, so it protects no one.',
    ko: 'PodDisruptionBudget는 자발적 축출(노드 드레인, 클러스터 업그레이드, 오토스케일러의 노드 제거)에 그 파드 중 몇 개까지 동시에 내려가도 되는지 알려 줍니다. `maxUnavailable: 0`이나 `minAvailable: 100%`는 하나도 허용하지 않아, 모든 드레인이 이 파드에서 영원히 기다리고 누군가 예산을 지울 때까지 업그레이드가 멈춥니다. 두 필드가 모두 없는 예산은 아무것도 제한하지 않으므로 아무것도 지키지 못합니다.',
  },
  remediation: {
    en: 'Set `maxUnavailable: 1` (or a percentage) so one pod at a time can move, and run enough replicas that losing it is harmless.',
    ko: '파드가 하나씩 옮겨 갈 수 있도록 `maxUnavailable: 1`(또는 백분율)을 정하고, 하나를 잃어도 문제없을 만큼 레플리카를 실행하세요.',
  },
  exceptions: {
    en: 'A budget that blocks evictions on purpose (a database that must be moved by hand) is a decision for the cluster operators too: agree on it with them and suppress the finding with that reason.',
    ko: '일부러 축출을 막는 예산(손으로 옮겨야 하는 데이터베이스)은 클러스터 운영자와도 관련된 결정입니다. 운영자와 합의하고 그 이유를 적어 이 결과를 숨기세요.',
  },
  peers: {
    kubeLinter: ['pdb-max-unavailable', 'pdb-min-available'],
    kubeScore: ['poddisruptionbudget-has-policy'],
    polaris: ['pdbDisruptionsIsZero'],
  },
  example: {
    bad: deployment({ spec: ['replicas: 3'], more: [budget('maxUnavailable: 0')] }),
    good: deployment({ spec: ['replicas: 3'], more: [budget('maxUnavailable: 1')] }),
  },
  messages: {
    zero: {
      en: '{field} {value} lets no pod be evicted: node drains and cluster upgrades will wait on these pods forever.',
      ko: '{field} {value}{은/는} 어떤 파드의 축출도 허용하지 않습니다. 노드 드레인과 클러스터 업그레이드가 이 파드에서 영원히 기다립니다.',
    },
    none: {
      en: 'This PodDisruptionBudget sets neither minAvailable nor maxUnavailable, so it limits no eviction.',
      ko: '이 PodDisruptionBudget에는 minAvailable도 maxUnavailable도 없어 어떤 축출도 제한하지 않습니다.',
    },
    fix: {
      en: 'Allow one pod at a time to be evicted (maxUnavailable: 1)',
      ko: '한 번에 파드 하나의 축출 허용(maxUnavailable: 1)',
    },
  },
  // A budget changes how drains behave: a person picks the number, never on save.
  fix: 'unsafe',
  check(ctx) {
    if (isCustomNamesake(ctx.object)) return;
    const spec = get(ctx.object.value, 'spec');
    const min = get(spec, 'minAvailable');
    const max = get(spec, 'maxUnavailable');
    if (isZero(max)) {
      const range = ctx.valueRange(['spec', 'maxUnavailable']);
      ctx.report({ range, message: ctx.t('zero', { field: 'maxUnavailable', value: String(max) }) });
    } else if (min === '100%') {
      const range = ctx.valueRange(['spec', 'minAvailable']);
      ctx.report({ range, message: ctx.t('zero', { field: 'minAvailable', value: '100%' }) });
    } else if (
      min === undefined &&
      max === undefined &&
      ctx.object.apiVersion === 'policy/v1' &&
      !isPartialObject(ctx)
    ) {
      // policy/v1beta1 defaulted minAvailable to 1; policy/v1 leaves an empty budget empty.
      const node = ctx.node(['spec']);
      const edits = isMap(node) ? addBlock(ctx.index, node, { maxUnavailable: '1' }) : undefined;
      ctx.report({
        range: ctx.keyRange(['spec']),
        message: ctx.t('none'),
        ...(edits ? { fix: { title: ctx.t('fix'), edits } } : {}),
      });
    }
  },
});
