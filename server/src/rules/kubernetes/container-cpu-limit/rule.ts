import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import { addBlock } from '../block-edit';
import { containerWith, deployment } from '../example-files';
import { hasResource } from '../resources';
import { containersWith, limitRangeDefaults, resourcesRange, sourceOf } from '../support';
import { isPartialObject } from '../partial';

export default defineKubernetesRule({
  id: 'container-cpu-limit',
  title: {
    en: 'Cap the CPU a container may use',
    ko: '컨테이너가 쓸 CPU에 상한 두기',
  },
  severity: 'info',
  concept: 'resource-management',
  topics: ['kubernetes-operations', 'cloud-basics'],
  kinds: WORKLOAD_KINDS,
  enabled: false,
  description: {
    en: 'Off by default, because a CPU limit is a trade-off: CPU is shared by requests, so a container without a limit may use idle CPU and gives it back when others need it, while a limit throttles the container even on an idle node and can add latency. Turn it on where limits are required: a namespace whose ResourceQuota caps `limits.cpu` rejects pods without one, and shared or billed clusters often want every container to have a ceiling.',
    ko: 'CPU 제한은 트레이드오프이므로 기본적으로 꺼져 있습니다. CPU는 요청량에 따라 나뉘므로 제한 없는 컨테이너는 노는 CPU를 쓰다가 다른 컨테이너가 필요하면 돌려주지만, 제한이 있으면 노드가 한가해도 스로틀링되어 지연이 늘 수 있습니다. 제한이 필요한 곳에서 켜세요. ResourceQuota가 `limits.cpu`를 제한하는 네임스페이스는 제한 없는 파드를 거부하고, 공유 클러스터나 비용을 청구하는 클러스터는 모든 컨테이너에 상한을 두기를 원하는 경우가 많습니다.',
  },
  remediation: {
    en: 'Set `resources.limits.cpu`, at or above the CPU request; equal to it when the pod should be in the Guaranteed QoS class.',
    ko: '`resources.limits.cpu`를 CPU 요청량 이상으로 설정하세요. 파드가 Guaranteed QoS 클래스여야 한다면 요청량과 같게 두세요.',
  },
  peers: { polaris: ['cpuLimitsMissing'], trivy: ['KSV011'], checkov: ['CKV_K8S_11'] },
  example: {
    bad: deployment(),
    good: deployment({
      container: containerWith({
        resources: ['resources:', '  requests: { cpu: 100m, memory: 128Mi }', '  limits: { cpu: 500m, memory: 128Mi }'],
      }),
    }),
  },
  messages: {
    missing: {
      en: 'Container "{name}" has no CPU limit.',
      ko: '컨테이너 "{name}"에 CPU 제한이 없습니다.',
    },
    fix: {
      en: 'Set the CPU limit to the CPU request ({cpu})',
      ko: 'CPU 제한을 CPU 요청량({cpu}){으로/로} 설정',
    },
  },
  // A limit throttles the container: a person checks the number.
  fix: 'unsafe',
  check(ctx) {
    if (isPartialObject(ctx)) return;
    if (limitRangeDefaults(ctx).limits.has('cpu')) return;
    for (const container of containersWith(ctx, ['container', 'initContainer'])) {
      if (hasResource(container, 'limits', 'cpu')) continue;
      const request = ctx.node([...container.path, 'resources', 'requests', 'cpu']);
      const cpu = request && sourceOf(ctx, request);
      const edits = cpu ? addBlock(ctx.index, container.node, { resources: { limits: { cpu } } }) : undefined;
      ctx.report({
        range: resourcesRange(ctx, container, 'limits'),
        message: ctx.t('missing', { name: container.name }),
        ...(edits && cpu ? { fix: { title: ctx.t('fix', { cpu }), edits } } : {}),
      });
    }
  },
});
