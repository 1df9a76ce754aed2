import { defineKubernetesRule } from '../../../engine/rule';
import { get, WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { deployment, containerWith } from '../example-files';
import { resourcesFix } from '../resources';
import { containersWith, limitRangeDefaults, resourcesRange, type ResourceName } from '../support';
import { isPartialObject } from '../partial';

export default defineKubernetesRule({
  id: 'container-resource-requests',
  title: {
    en: 'Request the CPU and memory a container needs',
    ko: '컨테이너에 필요한 CPU와 메모리 요청하기',
  },
  severity: 'warning',
  concept: 'resource-management',
  topics: ['kubernetes-operations', 'cloud-basics'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'The scheduler places pods by their requests. A container without requests is scheduled as if it needed nothing, so nodes get overcommitted, and under memory pressure its pod (BestEffort) is the first to be evicted. Requests also drive autoscaling: a HorizontalPodAutoscaler measures CPU use as a share of the request.',
    ko: '스케줄러는 요청량을 보고 파드를 배치합니다. 요청량이 없는 컨테이너는 아무것도 필요 없는 것처럼 배치되어 노드가 과다 할당되고, 메모리가 부족해지면 그 파드(BestEffort)가 가장 먼저 축출됩니다. 요청량은 오토스케일링의 기준이기도 합니다. HorizontalPodAutoscaler는 CPU 사용량을 요청량에 대한 비율로 잽니다.',
  },
  remediation: {
    en: 'Set `resources.requests.cpu` and `resources.requests.memory` to what the container uses under normal load (measure it, for example with `kubectl top pod`). A limit without a request also counts: Kubernetes then uses the limit as the request.',
    ko: '`resources.requests.cpu`와 `resources.requests.memory`를 보통 부하에서 컨테이너가 쓰는 양으로 설정하세요(예: `kubectl top pod`로 측정). 요청량 없이 제한만 있어도 됩니다. 그때는 쿠버네티스가 제한을 요청량으로 씁니다.',
  },
  peers: {
    kubeLinter: ['unset-cpu-requirements', 'unset-memory-requirements'],
    kubeScore: ['container-resources'],
    polaris: ['cpuRequestsMissing', 'memoryRequestsMissing'],
    trivy: ['KSV015', 'KSV016'],
    checkov: ['CKV_K8S_10', 'CKV_K8S_12'],
  },
  example: {
    bad: deployment({ container: containerWith({ resources: undefined }) }),
    good: deployment(),
  },
  messages: {
    both: {
      en: 'Container "{name}" requests no CPU and no memory: the scheduler treats it as needing nothing.',
      ko: '컨테이너 "{name}"{이/가} CPU와 메모리를 요청(request)하지 않습니다. 스케줄러는 아무것도 필요 없는 것으로 취급합니다.',
    },
    cpu: {
      en: 'Container "{name}" requests no CPU: the scheduler cannot reserve processor time for it.',
      ko: '컨테이너 "{name}"{이/가} CPU를 요청하지 않습니다. 스케줄러가 CPU 시간을 예약할 수 없습니다.',
    },
    memory: {
      en: 'Container "{name}" requests no memory: the scheduler cannot reserve memory for it, and it is evicted early under pressure.',
      ko: '컨테이너 "{name}"{이/가} 메모리를 요청하지 않습니다. 스케줄러가 메모리를 예약할 수 없고, 메모리가 부족하면 먼저 축출됩니다.',
    },
    fix: {
      en: 'Add placeholder requests and a memory limit (100m CPU, 128Mi memory); replace them with measured use',
      ko: '임시 요청량과 메모리 제한(CPU 100m, 메모리 128Mi) 추가 — 측정한 사용량으로 바꾸세요',
    },
  },
  // The numbers are placeholders: a memory limit can kill a process that needs more, so never on save.
  fix: 'unsafe',
  check(ctx) {
    if (isPartialObject(ctx)) return;
    const defaults = limitRangeDefaults(ctx).requests;
    for (const container of containersWith(ctx, ['container', 'initContainer'])) {
      const resources = container.value.resources;
      const has = (resource: ResourceName): boolean =>
        defaults.has(resource) ||
        get(resources, 'requests', resource) !== undefined ||
        get(resources, 'limits', resource) !== undefined;
      const missing = (['cpu', 'memory'] as const).filter((r) => !has(r));
      if (missing.length === 0) continue;
      const id = missing.length === 2 ? 'both' : (missing[0] as ResourceName);
      const fix = resourcesFix(ctx, container, ctx.t('fix'));
      ctx.report({
        range: resourcesRange(ctx, container, 'requests'),
        message: ctx.t(id, { name: container.name }),
        ...(fix ? { fix } : {}),
      });
    }
  },
});
