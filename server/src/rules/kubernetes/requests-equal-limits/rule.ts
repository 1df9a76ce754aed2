import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { get, WORKLOAD_KINDS, type ContainerRef } from '../../../engine/kubernetes/workloads';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { defineKubernetesRule } from '../../../engine/rule';
import type { Fix, TextEdit } from '../../../engine/types';
import { addBlock } from '../block-edit';
import { containerWith, deployment } from '../example-files';
import { quantityValue } from '../resources';
import { containersWith, resourcesRange, sourceOf } from '../support';
import { isPartialObject } from '../partial';
import { setOwn } from '../../../engine/own-keys';

/** Resources whose request and limit decide the QoS class, plus local disk when either is written. */
const ALWAYS = ['cpu', 'memory'];
const WHEN_WRITTEN = ['ephemeral-storage'];

export default defineKubernetesRule({
  id: 'requests-equal-limits',
  title: {
    en: 'Make requests equal limits for the Guaranteed QoS class',
    ko: 'Guaranteed QoS 클래스를 위해 요청량과 제한을 같게 하기',
  },
  severity: 'info',
  concept: 'resource-management',
  topics: ['kubernetes-operations', 'cloud-basics'],
  kinds: WORKLOAD_KINDS,
  enabled: false,
  description: {
    en: 'Off by default. When every container requests exactly what it may use (CPU and memory), the pod is in the Guaranteed QoS class: it is the last to be evicted under node pressure, and with the static CPU manager it can get whole cores. The price is paying for the peak all the time and losing the idle CPU a Burstable pod could borrow. Turn it on for latency-critical or stateful workloads, or where a cluster policy requires Guaranteed pods.',
    ko: '기본적으로 꺼져 있습니다. 모든 컨테이너가 쓸 수 있는 만큼 정확히 요청하면(CPU와 메모리) 파드는 Guaranteed QoS 클래스가 됩니다. 노드가 부족할 때 가장 나중에 축출되고, 정적 CPU 관리자에서는 코어를 통째로 받을 수 있습니다. 대신 늘 최대치만큼 비용을 내고, Burstable 파드가 빌려 쓸 수 있는 노는 CPU를 잃습니다. 지연에 민감하거나 상태를 가진 워크로드, 또는 클러스터 정책이 Guaranteed 파드를 요구하는 곳에서 켜세요.',
  },
  remediation: {
    en: 'Set `resources.limits` equal to `resources.requests` for CPU and memory (and ephemeral-storage when used).',
    ko: 'CPU와 메모리(쓴다면 ephemeral-storage도)의 `resources.limits`를 `resources.requests`와 같게 설정하세요.',
  },
  peers: {
    kubeScore: [
      'container-resource-requests-equal-limits',
      'container-cpu-requests-equal-limits',
      'container-memory-requests-equal-limits',
      'container-ephemeral-storage-request-equals-limit',
    ],
  },
  example: {
    bad: deployment(),
    good: deployment({
      container: containerWith({
        resources: ['resources:', '  requests: { cpu: 250m, memory: 256Mi }', '  limits: { cpu: 250m, memory: 256Mi }'],
      }),
    }),
  },
  messages: {
    differ: {
      en: 'Container "{name}" is not Guaranteed: requests and limits differ for {resources}.',
      ko: '컨테이너 "{name}"{은/는} Guaranteed가 아닙니다. {resources}의 요청량과 제한이 다릅니다.',
    },
    fix: {
      en: 'Set the limits to the requests',
      ko: '제한을 요청량과 같게 설정',
    },
  },
  // Lowering or adding a limit can throttle or kill the container: a person reviews it.
  fix: 'unsafe',
  check(ctx) {
    if (isPartialObject(ctx)) return;
    for (const container of containersWith(ctx, ['container', 'initContainer'])) {
      const resources = container.value.resources;
      const written = (resource: string): boolean =>
        get(resources, 'requests', resource) !== undefined || get(resources, 'limits', resource) !== undefined;
      const differing = [...ALWAYS, ...WHEN_WRITTEN.filter(written)].filter((resource) => {
        const limit = get(resources, 'limits', resource);
        // A request left out defaults to the limit, so only a written request can differ.
        const request = get(resources, 'requests', resource) ?? limit;
        return limit === undefined || quantityValue(request) !== quantityValue(limit);
      });
      if (differing.length === 0) continue;
      const fix = limitsFix(ctx, container, differing);
      ctx.report({
        range: resourcesRange(ctx, container, 'limits'),
        message: ctx.t('differ', { name: container.name, resources: differing.join(', ') }),
        ...(fix ? { fix } : {}),
      });
    }
  },
});

/** Copies each request over its limit; undefined when a resource has no request to copy. */
function limitsFix(ctx: KubernetesContext, container: ContainerRef, resources: string[]): Fix | undefined {
  const edits: TextEdit[] = [];
  const missing: Record<string, string> = {};
  for (const resource of resources) {
    const request = ctx.node([...container.path, 'resources', 'requests', resource]);
    const text = request && sourceOf(ctx, request);
    if (!text) return undefined;
    const limit = ctx.node([...container.path, 'resources', 'limits', resource]);
    if (!limit) setOwn(missing, resource, text);
    else {
      const edit = replaceNode(ctx.index, limit, text);
      if (!edit) return undefined;
      edits.push(edit);
    }
  }
  if (Object.keys(missing).length > 0) {
    const added = addBlock(ctx.index, container.node, { resources: { limits: missing } });
    if (!added) return undefined;
    edits.push(...added);
  }
  return { title: ctx.t('fix'), edits };
}
