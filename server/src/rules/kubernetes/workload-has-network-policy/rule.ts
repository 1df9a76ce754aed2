import { podIdentity } from '../../../engine/kubernetes/inventory';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { nameOf, ownWorkloads } from '../workspace-support';

const POLICY =
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web\nspec:\n  podSelector:\n    matchLabels: { app: web }\n  policyTypes: [Ingress]\n  ingress:\n    - ports:\n        - port: 8080';

export default defineKubernetesRule({
  id: 'workload-has-network-policy',
  title: {
    en: 'Let a NetworkPolicy say who may reach the pods',
    ko: '누가 파드에 닿을 수 있는지 NetworkPolicy로 정함',
  },
  severity: 'info',
  concept: 'least-privilege',
  topics: ['kubernetes-msa', 'kubernetes-operations'],
  kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  description: {
    en: 'Kubernetes lets every pod talk to every other pod until a NetworkPolicy selects it. A pod no policy selects can be reached by anything that runs in the cluster — a compromised neighbour included. Selecting the pods with a policy that allows only the traffic they need (from the ingress controller, from the one service that calls them) is least privilege for the network. This is advice, as Polaris and kube-linter give it: a policy applied from elsewhere (a namespace-wide default deny, say) serves as well, and pods on the host network are left out because policies do not apply to them. kube-score asks for both ingress and egress policies; this rule asks for one that selects the pods at all.',
    ko: '쿠버네티스에서는 NetworkPolicy가 선택하기 전까지 모든 파드가 다른 모든 파드와 통신할 수 있습니다. 어떤 정책도 선택하지 않은 파드는 클러스터에서 도는 무엇이든, 침해된 이웃까지도 닿을 수 있습니다. 필요한 트래픽(인그레스 컨트롤러에서, 그 파드를 부르는 한 서비스에서)만 허용하는 정책으로 파드를 선택하는 것이 네트워크의 최소 권한입니다. Polaris와 kube-linter처럼 조언으로 알립니다. 다른 곳에서 적용하는 정책(네임스페이스 전체의 기본 거부 등)도 똑같이 쓸모 있고, 호스트 네트워크의 파드에는 정책이 적용되지 않으므로 제외합니다. kube-score는 인그레스와 이그레스 정책을 모두 요구하지만, 이 규칙은 파드를 선택하는 정책이 있는지만 봅니다.',
  },
  remediation: {
    en: "Add a NetworkPolicy in the workload's namespace whose `podSelector` matches its pods and whose `ingress` rules allow only the clients and ports they serve. A policy with `podSelector: {}` and no rules denies all traffic to the namespace's pods by default.",
    ko: '워크로드의 네임스페이스에 `podSelector`가 파드와 맞고 `ingress` 규칙이 필요한 클라이언트와 포트만 허용하는 NetworkPolicy를 추가하세요. `podSelector: {}`에 규칙이 없는 정책은 네임스페이스 파드로 가는 모든 트래픽을 기본으로 막습니다.',
  },
  peers: {
    kubeLinter: ['non-isolated-pod'],
    kubeScore: ['pod-networkpolicy'],
    polaris: ['missingNetworkPolicy'],
  },
  example: {
    bad: deployment(),
    good: deployment({ more: [POLICY] }),
  },
  messages: {
    open: {
      en: 'No NetworkPolicy in the workspace selects the pods of {kind} "{name}": unless a policy applied elsewhere does, any pod in the cluster can reach them.',
      ko: '워크스페이스의 어떤 NetworkPolicy도 {kind} "{name}"의 파드를 선택하지 않습니다. 다른 곳에서 적용하는 정책이 없다면 클러스터의 어떤 파드든 닿을 수 있습니다.',
    },
  },
  checkWorkspace(ctx) {
    for (const { facts } of ownWorkloads(ctx)) {
      const pods = podIdentity(facts);
      // Policies do not apply to pods on the host's network.
      if (!pods || facts.pods?.hostNetwork) continue;
      if (ctx.inventory.anySelects('NetworkPolicy', facts.namespace, pods)) continue;
      ctx.report({ range: facts.range, message: ctx.t('open', { kind: facts.kind, name: nameOf(facts) }) });
    }
  },
});
