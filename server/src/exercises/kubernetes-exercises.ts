import { deployment, PROBES, RESOURCES, SECURE, webAutoscaler } from './manifest-parts';
import { t, type Exercise } from './types';

/** The autoscaler owns the replica count, so a Deployment it scales leaves it out. */
const AUTOSCALED_REPLICAS = '  replicas: 2\n';

/** Exercises on Kubernetes manifests: course topics 1, 3 and 7 to 9. */
export const KUBERNETES_EXERCISES: readonly Exercise[] = [
  {
    id: 'keep-the-isolation',
    topic: 'virtualization',
    file: 'deployment.yaml',
    title: t('Keep the isolation a container gives you', '컨테이너가 주는 격리 지키기'),
    goal: t(
      "This agent only reads its own files, yet it runs privileged and shares the node's process list. Give it back its isolation.",
      '이 에이전트는 자기 파일만 읽는데도 privileged로 실행되고 노드의 프로세스 목록을 함께 봅니다. 격리를 되돌려 주세요.',
    ),
    hints: [
      t(
        'Containers share the host kernel; namespaces are what keep them apart.',
        '컨테이너는 호스트 커널을 함께 씁니다. 서로를 떼어 놓는 것은 네임스페이스입니다.',
      ),
      t(
        "Two settings give the isolation away: one in the pod spec, one in the container's securityContext.",
        '격리를 내주는 설정이 둘 있습니다. 하나는 파드 명세에, 하나는 컨테이너의 securityContext에 있습니다.',
      ),
      t(
        'Remove `hostPID: true` and set `privileged: false` (or remove it).',
        '`hostPID: true`를 지우고 `privileged: false`로 두세요(또는 지우세요).',
      ),
    ],
    targets: ['no-privileged-container', 'no-host-namespaces'],
    keep: { kinds: ['Deployment'] },
    start: deployment(
      'agent',
      `${RESOURCES}${PROBES}          securityContext:
            privileged: true
            runAsNonRoot: true
            runAsUser: 10001
            readOnlyRootFilesystem: true
`,
      '      hostPID: true\n',
    ),
    solution: deployment('agent', `${RESOURCES}${PROBES}${SECURE}`),
  },
  {
    id: 'cgroup-memory-limit',
    topic: 'containers',
    file: 'deployment.yaml',
    title: t('Put a cgroup ceiling on memory', '메모리에 cgroup 상한 두기'),
    goal: t(
      'Make sure a memory leak in this worker can only ever kill the worker, never starve the node.',
      '이 워커에 메모리 누수가 생겨도 워커 자신만 종료되고, 노드를 굶기지는 않게 하세요.',
    ),
    hints: [
      t(
        'The kernel enforces a cgroup memory limit by killing the process that crosses it.',
        '커널은 cgroup 메모리 제한을 넘은 프로세스를 종료해서 그 제한을 지킵니다.',
      ),
      t(
        'Requests reserve; limits cap. Which one is missing here?',
        '요청은 예약하고, 제한은 상한을 둡니다. 여기에는 무엇이 빠져 있나요?',
      ),
      t(
        'Add `limits: { memory: 256Mi }` under `resources`, next to the requests.',
        '`resources` 아래, 요청 옆에 `limits: { memory: 256Mi }`를 더하세요.',
      ),
    ],
    targets: ['container-memory-limit'],
    keep: { kinds: ['Deployment'] },
    start: deployment(
      'worker',
      `          resources:
            requests: { cpu: 250m, memory: 256Mi }
${PROBES}${SECURE}`,
    ),
    solution: deployment(
      'worker',
      `          resources:
            requests: { cpu: 250m, memory: 256Mi }
            limits: { memory: 256Mi }
${PROBES}${SECURE}`,
    ),
  },
  {
    id: 'requests-for-scale-out',
    topic: 'cloud-basics',
    file: 'web.yaml',
    title: t('Give the autoscaler something to measure', '오토스케일러에 잴 기준 주기'),
    goal: t(
      'The HorizontalPodAutoscaler scales on CPU use as a share of what the containers request. Let it work.',
      'HorizontalPodAutoscaler는 컨테이너가 요청한 양에 대한 CPU 사용량의 비율로 확장합니다. 그것이 동작하게 하세요.',
    ),
    hints: [
      t(
        '70 % of what? Utilisation is measured against the request.',
        '무엇의 70 %일까요? 사용률은 요청을 기준으로 잽니다.',
      ),
      t(
        'The scheduler also needs requests to place the Pods on nodes with room.',
        '스케줄러도 여유 있는 노드에 파드를 두려면 요청이 필요합니다.',
      ),
      t(
        'Add `requests: { cpu: 200m, memory: 256Mi }` under `resources`.',
        '`resources` 아래에 `requests: { cpu: 200m, memory: 256Mi }`를 더하세요.',
      ),
    ],
    targets: ['container-resource-requests'],
    keep: { kinds: ['Deployment', 'HorizontalPodAutoscaler'] },
    start: `${deployment(
      'web',
      `          resources:
            limits: { memory: 256Mi }
${PROBES}${SECURE}`,
    ).replace(AUTOSCALED_REPLICAS, '')}---
${webAutoscaler()}`,
    solution: `${deployment(
      'web',
      `          resources:
            requests: { cpu: 200m, memory: 256Mi }
            limits: { memory: 256Mi }
${PROBES}${SECURE}`,
    ).replace(AUTOSCALED_REPLICAS, '')}---
${webAutoscaler()}`,
  },
  {
    id: 'name-not-address',
    topic: 'cloud-native',
    file: 'deployment.yaml',
    title: t('Reach a dependency by name', '의존 대상을 이름으로 찾기'),
    goal: t(
      "The checkout service calls the orders service at a Pod's IP address. Make it survive the next restart of orders.",
      '결제 서비스가 주문 서비스를 파드 IP 주소로 부릅니다. 주문 서비스가 다음에 재시작해도 버티게 하세요.',
    ),
    hints: [
      t('A Pod gets a new IP address each time it is recreated.', '파드는 다시 만들어질 때마다 새 IP 주소를 받습니다.'),
      t(
        'A Service named `orders` gives those Pods one stable DNS name.',
        '`orders`라는 서비스가 그 파드들에 안정적인 DNS 이름 하나를 줍니다.',
      ),
      t('Set `value: http://orders:8080`.', '`value: http://orders:8080`으로 두세요.'),
    ],
    targets: ['no-hardcoded-ip'],
    keep: { kinds: ['Deployment'] },
    start: deployment(
      'checkout',
      `          env:
            - name: ORDERS_URL
              value: http://10.42.0.17:8080
${RESOURCES}${PROBES}${SECURE}`,
    ),
    solution: deployment(
      'checkout',
      `          env:
            - name: ORDERS_URL
              value: http://orders:8080
${RESOURCES}${PROBES}${SECURE}`,
    ),
  },
  {
    id: 'service-finds-pods',
    topic: 'kubernetes-msa',
    file: 'orders.yaml',
    title: t('Let the Service find its Pods', '서비스가 파드를 찾게 하기'),
    goal: t(
      'Other microservices call `orders`, but the Service sends their requests nowhere. Connect it to the orders Pods.',
      '다른 마이크로서비스가 `orders`를 부르지만, 서비스가 요청을 아무 데도 보내지 않습니다. 주문 파드와 이어 주세요.',
    ),
    hints: [
      t('A Service chooses Pods by label, not by name.', '서비스는 이름이 아니라 레이블로 파드를 고릅니다.'),
      t(
        "Compare the Service's selector with the labels of the Deployment's Pod template.",
        '서비스의 셀렉터와 디플로이먼트 파드 템플릿의 레이블을 비교해 보세요.',
      ),
      t(
        'The selector says `app: order`; the Pods are labelled `app: orders`.',
        '셀렉터는 `app: order`, 파드의 레이블은 `app: orders`입니다.',
      ),
    ],
    targets: ['service-selects-workload'],
    keep: { kinds: ['Service', 'Deployment'] },
    start: `apiVersion: v1
kind: Service
metadata:
  name: orders
spec:
  selector: { app: order }
  ports:
    - port: 8080
      targetPort: 8080
---
${deployment('orders', `${RESOURCES}${PROBES}${SECURE}`)}`,
    solution: `apiVersion: v1
kind: Service
metadata:
  name: orders
spec:
  selector: { app: orders }
  ports:
    - port: 8080
      targetPort: 8080
---
${deployment('orders', `${RESOURCES}${PROBES}${SECURE}`)}`,
  },
];
