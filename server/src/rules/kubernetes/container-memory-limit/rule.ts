import { defineKubernetesRule } from '../../../engine/rule';
import { get, WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { containersWith, limitRangeDefaults, resourcesRange } from '../support';

export default defineKubernetesRule({
  id: 'container-memory-limit',
  title: 'Cap the memory a container may use',
  severity: 'warning',
  concept: 'resource-management',
  kinds: WORKLOAD_KINDS,
  description:
    'Memory cannot be taken back from a process the way CPU time can. A container without a memory limit can grow until the node runs out, and then the kernel or the kubelet kills whatever it must, often other pods. With a limit only the leaking container is killed and restarted. (A CPU limit is not required here: CPU is shared fairly by requests, and a CPU limit throttles a container even on an idle node.)',
  remediation:
    'Set `resources.limits.memory`, usually equal to `resources.requests.memory` so the pod cannot be overcommitted.',
  peers: {
    kubeLinter: ['unset-memory-requirements'],
    kubeScore: ['container-resources'],
    polaris: ['memoryLimitsMissing'],
  },
  example: {
    bad: 'resources:\n  requests:\n    cpu: 250m\n    memory: 256Mi',
    good: 'resources:\n  requests:\n    cpu: 250m\n    memory: 256Mi\n  limits:\n    memory: 256Mi',
  },
  messages: {
    missing: {
      en: 'Container "{name}" has no memory limit: a leak can starve every other pod on its node.',
      ko: '컨테이너 "{name}"에 메모리 제한(limit)이 없습니다. 메모리 누수가 같은 노드의 다른 파드를 모두 굶길 수 있습니다.',
    },
  },
  fixable: false,
  check(ctx) {
    if (limitRangeDefaults(ctx).limits.has('memory')) return;
    for (const container of containersWith(ctx, ['container', 'initContainer'])) {
      if (get(container.value.resources, 'limits', 'memory') !== undefined) continue;
      ctx.report({
        range: resourcesRange(ctx, container, 'limits'),
        message: ctx.t('missing', { name: container.name }),
      });
    }
  },
});
