import { isMap } from 'yaml';
import { get } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import { compareReleases } from '../../../schema/api-versions';
import { addBlock } from '../block-edit';
import { deployment } from '../example-files';
import { isPartialObject } from '../partial';
import { isCustomNamesake } from '../builtin';

const budget = (policy: boolean): string =>
  [
    'apiVersion: policy/v1',
    'kind: PodDisruptionBudget',
    'metadata:',
    '  name: web',
    'spec:',
    '  maxUnavailable: 1',
    '  selector:',
    '    matchLabels: { app: web }',
    ...(policy ? ['  unhealthyPodEvictionPolicy: AlwaysAllow'] : []),
  ].join('\n');

/** The release whose API servers honour the field by default (beta in 1.27, stable in 1.31). */
const FIELD_SERVED_FROM = '1.27';

export default defineKubernetesRule({
  id: 'pdb-unhealthy-pod-eviction',
  title: {
    en: 'Let a PodDisruptionBudget evict pods that are not ready',
    ko: 'PodDisruptionBudget가 준비되지 않은 파드는 축출하게 하기',
  },
  severity: 'info',
  concept: 'self-healing',
  topics: ['kubernetes-operations'],
  kinds: ['PodDisruptionBudget'],
  description: {
    en: 'By default (`IfHealthyBudget`) a pod that runs but is not ready may be evicted only while the budget has room. When an app is broken — every pod crash-looping or failing readiness — the budget never has room, so a node drain blocks on pods that serve nothing anyway. `AlwaysAllow` lets such pods go, which is what the Kubernetes documentation recommends for most workloads.',
    ko: '기본값(`IfHealthyBudget`)에서는 실행 중이지만 준비되지 않은 파드는 예산에 여유가 있을 때만 축출됩니다. 앱이 고장 나 모든 파드가 반복해서 죽거나 준비 상태 검사에 실패하면 예산에 여유가 생기지 않아, 어차피 아무것도 처리하지 않는 파드 때문에 노드 드레인이 막힙니다. `AlwaysAllow`는 그런 파드를 내보내며, 쿠버네티스 문서도 대부분의 워크로드에 이를 권합니다.',
  },
  remediation: {
    en: 'Set `unhealthyPodEvictionPolicy: AlwaysAllow`, unless the app needs its not-ready pods kept (for example, a quorum member that is still catching up).',
    ko: '준비되지 않은 파드를 남겨 둬야 하는 앱(예: 아직 따라잡는 중인 쿼럼 구성원)이 아니라면 `unhealthyPodEvictionPolicy: AlwaysAllow`를 설정하세요.',
  },
  peers: { kubeLinter: ['pdb-unhealthy-pod-eviction-policy'] },
  example: {
    bad: deployment({ spec: ['replicas: 3'], more: [budget(false)] }),
    good: deployment({ spec: ['replicas: 3'], more: [budget(true)] }),
  },
  messages: {
    unset: {
      en: 'unhealthyPodEvictionPolicy is not set: pods that are running but not ready can block node drains.',
      ko: 'unhealthyPodEvictionPolicy가 없습니다. 실행 중이지만 준비되지 않은 파드가 노드 드레인을 막을 수 있습니다.',
    },
    fix: {
      en: 'Set unhealthyPodEvictionPolicy: AlwaysAllow',
      ko: 'unhealthyPodEvictionPolicy: AlwaysAllow 설정',
    },
  },
  // It changes which pods a drain may take: a person confirms the app tolerates it.
  fix: 'unsafe',
  check(ctx) {
    if (isCustomNamesake(ctx.object)) return;
    if (ctx.object.apiVersion !== 'policy/v1' || isPartialObject(ctx)) return;
    if (compareReleases(ctx.config.kubernetesVersion, FIELD_SERVED_FROM) < 0) return;
    const spec = ctx.node(['spec']);
    if (!isMap(spec) || get(ctx.object.value, 'spec', 'unhealthyPodEvictionPolicy') !== undefined) return;
    const edits = addBlock(ctx.index, spec, { unhealthyPodEvictionPolicy: 'AlwaysAllow' });
    ctx.report({
      range: ctx.keyRange(['spec']),
      message: ctx.t('unset'),
      ...(edits ? { fix: { title: ctx.t('fix'), edits } } : {}),
    });
  },
});
