import { get } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { isCustomNamesake } from '../builtin';

const service = (type: string): string =>
  [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: web',
    'spec:',
    `  type: ${type}`,
    '  selector: { app: web }',
    '  ports:',
    '    - port: 80',
    '      targetPort: 8080',
  ].join('\n');

export default defineKubernetesRule({
  id: 'service-node-port',
  title: {
    en: 'Reach services through a load balancer or an Ingress, not node ports',
    ko: '서비스는 노드 포트가 아니라 로드 밸런서나 인그레스로 열기',
  },
  severity: 'info',
  concept: 'loose-coupling',
  topics: ['kubernetes-architecture', 'kubernetes-msa'],
  kinds: ['Service'],
  description: {
    en: 'A NodePort Service opens the same high port (30000-32767) on every node of the cluster. Clients must then know node addresses, which change as nodes come and go, and every node accepts the traffic whether or not it runs the pods, so the port is exposed far more widely than the app. A `LoadBalancer` Service or an Ingress gives clients one stable address and keeps the nodes out of the picture. (LoadBalancer Services are not reported: exposing a Service through one is a deliberate choice.)',
    ko: 'NodePort 서비스는 클러스터의 모든 노드에 같은 높은 포트(30000-32767)를 엽니다. 그러면 클라이언트는 노드가 생기고 사라질 때마다 바뀌는 노드 주소를 알아야 하고, 모든 노드가 파드를 실행하든 말든 트래픽을 받으므로 포트가 앱보다 훨씬 넓게 노출됩니다. `LoadBalancer` 서비스나 인그레스는 클라이언트에게 안정된 주소 하나를 주고 노드를 드러내지 않습니다. (LoadBalancer 서비스는 보고하지 않습니다. 그것으로 서비스를 여는 것은 의도된 선택이기 때문입니다.)',
  },
  remediation: {
    en: 'Use `type: ClusterIP` (the default) behind an Ingress or Gateway for HTTP, or `type: LoadBalancer` for other protocols.',
    ko: 'HTTP라면 인그레스나 게이트웨이 뒤에 `type: ClusterIP`(기본값)를, 다른 프로토콜이라면 `type: LoadBalancer`를 쓰세요.',
  },
  exceptions: {
    en: 'On a local cluster (kind, minikube) or a bare-metal one without a load balancer, a NodePort is often the only way in; suppress the finding there.',
    ko: '로컬 클러스터(kind, minikube)나 로드 밸런서가 없는 베어메탈 클러스터에서는 NodePort가 유일한 출입구인 경우가 많습니다. 그곳에서는 이 결과를 숨기세요.',
  },
  peers: { kubeLinter: ['exposed-services'], kubeScore: ['service-type'] },
  example: {
    bad: deployment({ more: [service('NodePort')] }),
    good: deployment({ more: [service('ClusterIP')] }),
  },
  messages: {
    nodePort: {
      en: 'Service "{name}" is a NodePort: it opens a port on every node, and clients must know node addresses.',
      ko: '서비스 "{name}"{은/는} NodePort입니다. 모든 노드에 포트를 열고, 클라이언트가 노드 주소를 알아야 합니다.',
    },
  },
  check(ctx) {
    if (isCustomNamesake(ctx.object)) return;
    if (get(ctx.object.value, 'spec', 'type') !== 'NodePort') return;
    ctx.report({
      range: ctx.valueRange(['spec', 'type']),
      message: ctx.t('nodePort', { name: ctx.object.name ?? '' }),
    });
  },
});
