import { defineKubernetesRule } from '../../../engine/rule';
import { get, WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { containerWith, deployment } from '../example-files';
import { resourcesFix } from '../resources';
import { containersWith, limitRangeDefaults, resourcesRange } from '../support';
import { isPartialObject } from '../partial';

export default defineKubernetesRule({
  id: 'container-memory-limit',
  title: {
    en: 'Cap the memory a container may use',
    ko: '컨테이너가 쓸 메모리에 상한 두기',
  },
  severity: 'warning',
  concept: 'resource-management',
  topics: ['containers', 'kubernetes-operations'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'Memory cannot be taken back from a process the way CPU time can. A container without a memory limit can grow until the node runs out, and then the kernel or the kubelet kills whatever it must, often other pods. With a limit only the leaking container is killed and restarted. (A CPU limit is not required here: CPU is shared fairly by requests, and a CPU limit throttles a container even on an idle node.)',
    ko: '메모리는 CPU 시간처럼 프로세스에서 되찾을 수 없습니다. 메모리 제한이 없는 컨테이너는 노드가 바닥날 때까지 커질 수 있고, 그러면 커널이나 kubelet이 무엇이든(흔히 다른 파드를) 죽여야 합니다. 제한이 있으면 새는 컨테이너만 종료되고 다시 시작됩니다. (CPU 제한은 여기서 요구하지 않습니다. CPU는 요청량에 따라 공평하게 나뉘고, CPU 제한은 노드가 한가해도 컨테이너를 스로틀링합니다.)',
  },
  remediation: {
    en: 'Set `resources.limits.memory`, usually equal to `resources.requests.memory` so the pod cannot be overcommitted.',
    ko: '`resources.limits.memory`를 설정하세요. 파드가 과다 할당되지 않도록 보통 `resources.requests.memory`와 같은 값으로 둡니다.',
  },
  peers: {
    kubeLinter: ['unset-memory-requirements'],
    kubeScore: ['container-resources'],
    polaris: ['memoryLimitsMissing'],
    trivy: ['KSV018'],
    checkov: ['CKV_K8S_13'],
  },
  example: {
    bad: deployment({
      container: containerWith({ resources: ['resources:', '  requests: { cpu: 100m, memory: 128Mi }'] }),
    }),
    good: deployment(),
  },
  messages: {
    missing: {
      en: 'Container "{name}" has no memory limit: a leak can starve every other pod on its node.',
      ko: '컨테이너 "{name}"에 메모리 제한(limit)이 없습니다. 메모리 누수가 같은 노드의 다른 파드를 모두 굶길 수 있습니다.',
    },
    fix: {
      en: 'Add a memory limit equal to the memory request (128Mi where there is none); adjust it to measured use',
      ko: '메모리 요청량과 같은 메모리 제한 추가(요청량이 없으면 128Mi) — 측정한 사용량에 맞게 조정하세요',
    },
  },
  // A memory limit kills a process that needs more than it: a person should check the number, so never on save.
  fix: 'unsafe',
  check(ctx) {
    if (isPartialObject(ctx)) return;
    if (limitRangeDefaults(ctx).limits.has('memory')) return;
    for (const container of containersWith(ctx, ['container', 'initContainer'])) {
      if (get(container.value.resources, 'limits', 'memory') !== undefined) continue;
      const fix = resourcesFix(ctx, container, ctx.t('fix'));
      ctx.report({
        range: resourcesRange(ctx, container, 'limits'),
        message: ctx.t('missing', { name: container.name }),
        ...(fix ? { fix } : {}),
      });
    }
  },
});
