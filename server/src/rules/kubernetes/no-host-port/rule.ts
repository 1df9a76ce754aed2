import { isSeq } from 'yaml';
import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { containerWith, deployment } from '../example-files';
import { ALL_ROLES, containersWith, flagAt } from '../support';
import { integerAt } from '../security-context';

export default defineKubernetesRule({
  id: 'no-host-port',
  title: {
    en: 'Reach pods through a Service, not a port on the node (hostPort)',
    ko: '노드의 포트(hostPort)가 아니라 서비스로 파드에 접근하기',
  },
  severity: 'warning',
  concept: 'loose-coupling',
  topics: ['kubernetes-msa', 'kubernetes-architecture'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: '`hostPort` opens the port on the node the pod lands on. Only one pod per node can hold it, so replicas fail to schedule once there are more of them than nodes; clients must know which node the pod is on; and traffic to the node’s port skips the NetworkPolicies that guard the pod network. The baseline Pod Security Standard forbids host ports.',
    ko: '`hostPort`는 파드가 놓인 노드에 포트를 엽니다. 노드마다 한 파드만 그 포트를 가질 수 있어서 레플리카가 노드보다 많아지면 스케줄되지 못하고, 클라이언트는 파드가 어느 노드에 있는지 알아야 하며, 노드 포트로 오는 트래픽은 파드 네트워크를 지키는 네트워크폴리시를 우회합니다. 파드 시큐리티 스탠다드의 기본(baseline) 프로필은 호스트 포트를 금지합니다.',
  },
  remediation: {
    en: 'Remove `hostPort` and put a Service in front of the pods (type `NodePort` or `LoadBalancer` when clients outside the cluster must reach them, or an Ingress).',
    ko: '`hostPort`를 지우고 파드 앞에 서비스를 두세요(클러스터 밖의 클라이언트가 접근해야 하면 `NodePort`나 `LoadBalancer` 타입, 또는 인그레스).',
  },
  exceptions: {
    en: 'Node-level DaemonSets such as some ingress controllers, node-local DNS caches and metrics agents bind a port on every node on purpose. Suppress the finding there with a reason: `cntutor.dev/ignore: no-host-port`, or `polaris.fairwinds.com/hostPortSet-exempt: "true"`.',
    ko: '일부 인그레스 컨트롤러, 노드 로컬 DNS 캐시, 메트릭 에이전트 같은 노드 수준 데몬셋은 일부러 모든 노드에 포트를 엽니다. 그곳에서 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-host-port`나 `polaris.fairwinds.com/hostPortSet-exempt: "true"`를 씁니다.',
  },
  peers: {
    polaris: ['hostPortSet'],
    pss: ['host-ports'],
    trivy: ['KSV024'],
    checkov: ['CKV_K8S_26'],
  },
  example: {
    bad: deployment({ container: containerWith({ ports: ['ports:', '  - { containerPort: 8080, hostPort: 8080 }'] }) }),
    good: deployment(),
  },
  messages: {
    hostPort: {
      en: 'Container "{name}" binds port {port} on its node (hostPort).',
      ko: '컨테이너 "{name}"{이/가} 노드의 포트 {port|을/를} 엽니다(hostPort).',
    },
  },
  check(ctx) {
    const spec = ctx.podSpecPath();
    if (!spec) return;
    // With hostNetwork every port is the node's; no-host-namespaces reports that once.
    if (flagAt(ctx, [...spec, 'hostNetwork'])?.value === true) return;
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const ports = ctx.node([...container.path, 'ports']);
      if (!isSeq(ports)) continue;
      ports.items.forEach((_, i) => {
        const path = [...container.path, 'ports', i, 'hostPort'];
        const port = integerAt(ctx, path);
        if (!port) return;
        ctx.report({ range: ctx.valueRange(path), message: ctx.t('hostPort', { name: container.name, port }) });
      });
    }
  },
});
