import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import { addBlock } from '../block-edit';
import { containerWith, deployment } from '../example-files';
import { hasResource } from '../resources';
import { containersWith, resourcesRange, sourceOf } from '../support';
import { isPartialObject } from '../partial';

/** A placeholder ceiling for logs and scratch files; the fix title says to adjust it. */
const PLACEHOLDER = '1Gi';

export default defineKubernetesRule({
  id: 'container-ephemeral-storage-limit',
  title: {
    en: 'Cap the local disk a container may fill',
    ko: '컨테이너가 채울 수 있는 로컬 디스크에 상한 두기',
  },
  severity: 'info',
  concept: 'resource-management',
  topics: ['kubernetes-operations', 'linux-filesystem'],
  kinds: WORKLOAD_KINDS,
  enabled: false,
  description: {
    en: "Off by default, as most clusters never set it. A container's writable layer, its logs and its emptyDir volumes live on the node's disk. Without an `ephemeral-storage` limit, one container writing without bound fills that disk, and the kubelet then evicts pods under disk pressure — often not the culprit. With a limit, only the container that overflows is evicted. Turn it on for clusters with small node disks or workloads that write temporary files.",
    ko: '대부분의 클러스터가 설정하지 않으므로 기본적으로 꺼져 있습니다. 컨테이너의 쓰기 가능한 레이어, 로그, emptyDir 볼륨은 노드 디스크에 있습니다. `ephemeral-storage` 제한이 없으면 한 컨테이너가 끝없이 써서 그 디스크를 채우고, kubelet은 디스크 부족 때문에 파드를 축출하는데 흔히 원인이 아닌 파드입니다. 제한이 있으면 넘친 컨테이너만 축출됩니다. 노드 디스크가 작거나 임시 파일을 쓰는 워크로드가 있는 클러스터에서 켜세요.',
  },
  remediation: {
    en: 'Set `resources.limits.ephemeral-storage` (the request defaults to it), sized for the logs and scratch files the container writes.',
    ko: '컨테이너가 쓰는 로그와 임시 파일에 맞춰 `resources.limits.ephemeral-storage`를 설정하세요(요청량은 기본적으로 이 값을 따릅니다).',
  },
  peers: { kubeScore: ['container-ephemeral-storage-request-and-limit'] },
  example: {
    bad: deployment(),
    good: deployment({
      container: containerWith({
        resources: [
          'resources:',
          '  requests: { cpu: 100m, memory: 128Mi, ephemeral-storage: 1Gi }',
          '  limits: { memory: 128Mi, ephemeral-storage: 1Gi }',
        ],
      }),
    }),
  },
  messages: {
    missing: {
      en: 'Container "{name}" has no ephemeral-storage limit: it can fill the node disk.',
      ko: '컨테이너 "{name}"에 ephemeral-storage 제한이 없습니다. 노드 디스크를 가득 채울 수 있습니다.',
    },
    fix: {
      en: 'Limit ephemeral storage to {size}; adjust it to what the container writes',
      ko: 'ephemeral-storage를 {size}{으로/로} 제한 — 컨테이너가 쓰는 양에 맞게 조정하세요',
    },
  },
  // An exceeded limit evicts the pod: a person sizes it.
  fix: 'unsafe',
  check(ctx) {
    if (isPartialObject(ctx)) return;
    for (const container of containersWith(ctx, ['container', 'initContainer'])) {
      if (hasResource(container, 'limits', 'ephemeral-storage')) continue;
      const request = ctx.node([...container.path, 'resources', 'requests', 'ephemeral-storage']);
      const size = request ? sourceOf(ctx, request) : PLACEHOLDER;
      const edits = size
        ? addBlock(ctx.index, container.node, { resources: { limits: { 'ephemeral-storage': size } } })
        : undefined;
      ctx.report({
        range: resourcesRange(ctx, container, 'limits'),
        message: ctx.t('missing', { name: container.name }),
        ...(edits && size ? { fix: { title: ctx.t('fix', { size }), edits } } : {}),
      });
    }
  },
});
