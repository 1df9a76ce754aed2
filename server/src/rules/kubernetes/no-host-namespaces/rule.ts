import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { flagAt } from '../support';
import { deployment } from '../example-files';

/** The pod fields that share a host namespace, and what each one exposes. */
const HOST_FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

export default defineKubernetesRule({
  id: 'no-host-namespaces',
  title: {
    en: "Keep pods out of the node's namespaces",
    ko: '파드를 노드의 네임스페이스 밖에 두기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'virtualization'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: "`hostNetwork`, `hostPID` and `hostIPC` put the pod in the node's own network, process or shared-memory namespace. It can then listen on the node's ports, see and signal every process, and read other pods' traffic: the isolation that makes a container a container is gone.",
    ko: '`hostNetwork`, `hostPID`, `hostIPC`는 파드를 노드 자신의 네트워크, 프로세스, 공유 메모리 네임스페이스에 넣습니다. 그러면 파드는 노드의 포트에서 수신하고, 모든 프로세스를 보고 신호를 보내며, 다른 파드의 트래픽을 읽을 수 있습니다. 컨테이너를 컨테이너로 만드는 격리가 사라집니다.',
  },
  remediation: {
    en: 'Remove the field or set it to `false`. Reach the pod through a Service (or a `hostPort` when a node-level port is truly needed) instead of the host network.',
    ko: '필드를 지우거나 `false`로 설정하세요. 호스트 네트워크 대신 서비스(노드 수준 포트가 정말 필요하면 `hostPort`)로 파드에 접근하세요.',
  },
  exceptions: {
    en: "Node agents need the node's namespaces: CNI network plugins and kube-proxy program the node's network (hostNetwork), node exporters read every process (hostPID), and some ingress controllers bind the node's ports directly. They run as DaemonSets from their vendor's manifests; suppress the finding there with a reason: the annotation `cntutor.dev/ignore: no-host-namespaces` with a comment saying why, or the peer annotations (`ignore-check.kube-linter.io/host-network`, `polaris.fairwinds.com/hostNetworkSet-exempt: \"true\"`, `checkov.io/skip1: CKV_K8S_19=<reason>`).",
    ko: '노드 에이전트에는 노드의 네임스페이스가 필요합니다. CNI 네트워크 플러그인과 kube-proxy는 노드의 네트워크를 설정하고(hostNetwork), 노드 익스포터는 모든 프로세스를 읽으며(hostPID), 일부 인그레스 컨트롤러는 노드의 포트를 직접 엽니다. 이들은 공급자의 매니페스트로 데몬셋으로 실행되므로, 그곳에서 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-host-namespaces` 어노테이션에 이유를 주석으로 달거나, 다른 도구의 어노테이션(`ignore-check.kube-linter.io/host-network`, `polaris.fairwinds.com/hostNetworkSet-exempt: "true"`, `checkov.io/skip1: CKV_K8S_19=<이유>`)을 씁니다.',
  },
  peers: {
    kubeLinter: ['host-network', 'host-pid', 'host-ipc'],
    polaris: ['hostNetworkSet', 'hostPIDSet', 'hostIPCSet'],
    pss: ['host-namespaces'],
    trivy: ['KSV008', 'KSV009', 'KSV010'],
    checkov: ['CKV_K8S_17', 'CKV_K8S_18', 'CKV_K8S_19'],
  },
  example: {
    bad: deployment({ pod: ['hostNetwork: true'] }),
    good: deployment(),
  },
  messages: {
    hostNetwork: {
      en: "The pod shares the node's network namespace (hostNetwork): it sees all node traffic and can bind the node's ports.",
      ko: '파드가 노드의 네트워크 네임스페이스를 공유합니다(hostNetwork). 노드의 모든 트래픽을 보고 노드 포트를 점유할 수 있습니다.',
    },
    hostPID: {
      en: "The pod shares the node's process namespace (hostPID): it can see and signal every process on the node.",
      ko: '파드가 노드의 프로세스 네임스페이스를 공유합니다(hostPID). 노드의 모든 프로세스를 보고 시그널을 보낼 수 있습니다.',
    },
    hostIPC: {
      en: "The pod shares the node's IPC namespace (hostIPC): it can read other processes' shared memory.",
      ko: '파드가 노드의 IPC 네임스페이스를 공유합니다(hostIPC). 다른 프로세스의 공유 메모리를 읽을 수 있습니다.',
    },
    fix: {
      en: 'Set {field} to false',
      ko: '{field}{을/를} false로 설정',
    },
  },
  fix: 'unsafe',
  check(ctx) {
    const spec = ctx.podSpecPath();
    if (!spec) return;
    for (const field of HOST_FIELDS) {
      const flag = flagAt(ctx, [...spec, field]);
      if (flag?.value !== true) continue;
      const edit = replaceNode(ctx.index, flag.node, 'false');
      ctx.report({
        range: ctx.valueRange([...spec, field]),
        message: ctx.t(field),
        ...(edit ? { fix: { title: ctx.t('fix', { field }), edits: [edit] } } : {}),
      });
    }
  },
});
