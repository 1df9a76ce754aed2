import { deployment, PROBES, RESOURCES, SECURE, webAutoscaler } from './manifest-parts';
import { t, type Exercise } from './types';

const POD_CONTAINER = `  containers:
    - name: report
      image: registry.example.com/shop/report:3.0.1
      ports:
        - containerPort: 8080
${[RESOURCES, PROBES, SECURE].join('').replace(/^ {4}/gm, '')}`;

/** Exercises on running workloads in a cluster: course topics 10 to 12. */
export const CLUSTER_EXERCISES: readonly Exercise[] = [
  {
    id: 'controller-owns-pods',
    topic: 'kubernetes-architecture',
    file: 'report.yaml',
    title: t('Give the Pod a controller', '파드에 컨트롤러 주기'),
    goal: t(
      'This Pod was created on its own: if its node fails, nothing brings it back. Let a controller keep it running.',
      '이 파드는 혼자 만들어졌습니다. 노드가 고장 나면 아무도 되살리지 않습니다. 컨트롤러가 계속 실행하게 하세요.',
    ),
    hints: [
      t(
        'Controllers in the control plane recreate what they own; a bare Pod has no owner.',
        '컨트롤 플레인의 컨트롤러는 자기가 소유한 것을 다시 만듭니다. 단독 파드에는 소유자가 없습니다.',
      ),
      t(
        'A Deployment holds a Pod template, a selector and a number of replicas.',
        '디플로이먼트에는 파드 템플릿, 셀렉터, 레플리카 수가 있습니다.',
      ),
      t(
        "Write `apiVersion: apps/v1`, `kind: Deployment`, a `selector.matchLabels` equal to the template's labels, and move the Pod's spec under `spec.template.spec`.",
        '`apiVersion: apps/v1`, `kind: Deployment`, 템플릿 레이블과 같은 `selector.matchLabels`를 쓰고, 파드의 명세를 `spec.template.spec` 아래로 옮기세요.',
      ),
    ],
    targets: ['no-naked-pod'],
    keep: { kinds: ['Deployment'] },
    start: `apiVersion: v1
kind: Pod
metadata:
  name: report
  labels: { app: report }
spec:
${POD_CONTAINER}`,
    solution: deployment('report', `${RESOURCES}${PROBES}${SECURE}`).replace(
      /shop\/report:1\.4\.2/,
      'shop/report:3.0.1',
    ),
  },
  {
    id: 'selector-owns-template',
    topic: 'kubernetes-architecture',
    file: 'deployment.yaml',
    title: t('Let the controller recognise its Pods', '컨트롤러가 자기 파드를 알아보게 하기'),
    goal: t(
      'The API server refuses this Deployment: its selector and its Pod template disagree. Make them agree.',
      'API 서버가 이 디플로이먼트를 거부합니다. 셀렉터와 파드 템플릿이 서로 맞지 않습니다. 맞춰 주세요.',
    ),
    hints: [
      t(
        'The ReplicaSet controller counts the Pods its selector matches.',
        '레플리카셋 컨트롤러는 셀렉터에 맞는 파드를 셉니다.',
      ),
      t(
        'Compare `spec.selector.matchLabels` with `spec.template.metadata.labels`.',
        '`spec.selector.matchLabels`와 `spec.template.metadata.labels`를 비교해 보세요.',
      ),
      t('Use `app: api` in both places.', '두 곳 모두 `app: api`로 쓰세요.'),
    ],
    targets: ['selector-matches-template'],
    keep: { kinds: ['Deployment'] },
    start: deployment('api', `${RESOURCES}${PROBES}${SECURE}`).replace(
      'labels: { app: api }',
      'labels: { app: api-server }',
    ),
    solution: deployment('api', `${RESOURCES}${PROBES}${SECURE}`),
  },
  {
    id: 'ready-before-traffic',
    topic: 'kubernetes-operations',
    file: 'deployment.yaml',
    title: t('Send traffic only to ready Pods', '준비된 파드에만 트래픽 보내기'),
    goal: t(
      'During every rollout, users hit Pods that are still loading. Let the cluster tell a starting Pod from a ready one.',
      '롤아웃 때마다 사용자가 아직 로딩 중인 파드에 닿습니다. 클러스터가 시작 중인 파드와 준비된 파드를 구별하게 하세요.',
    ),
    hints: [
      t(
        'The kubelet can ask the application whether it is ready, and Services listen to the answer.',
        'kubelet은 애플리케이션에 준비되었는지 물을 수 있고, 서비스는 그 답을 따릅니다.',
      ),
      t('The application answers on `/ready` at port 8080.', '애플리케이션은 포트 8080의 `/ready`에서 답합니다.'),
      t(
        'Add `readinessProbe: { httpGet: { path: /ready, port: 8080 } }` to the container.',
        '컨테이너에 `readinessProbe: { httpGet: { path: /ready, port: 8080 } }`를 더하세요.',
      ),
    ],
    targets: ['readiness-probe'],
    keep: { kinds: ['Deployment'] },
    start: deployment(
      'shop',
      `${RESOURCES}          livenessProbe:
            httpGet: { path: /healthz, port: 8080 }
${SECURE}`,
      '',
      '  strategy:\n    rollingUpdate: { maxSurge: 1, maxUnavailable: 0 }\n',
    ),
    solution: deployment(
      'shop',
      `${RESOURCES}${PROBES}${SECURE}`,
      '',
      '  strategy:\n    rollingUpdate: { maxSurge: 1, maxUnavailable: 0 }\n',
    ),
  },
  {
    id: 'current-api-versions',
    topic: 'hybrid-multi-cloud',
    file: 'policies.yaml',
    title: t('Write for every cluster you run', '운영하는 모든 클러스터에 맞게 쓰기'),
    goal: t(
      'Your clusters run different Kubernetes releases, and the newer ones refuse these objects. Move them to API versions every cluster serves.',
      '클러스터마다 쿠버네티스 릴리스가 다르고, 새 클러스터는 이 오브젝트를 거부합니다. 모든 클러스터가 제공하는 API 버전으로 옮기세요.',
    ),
    hints: [
      t(
        'API versions are retired: beta versions are removed a few releases after the stable one arrives.',
        'API 버전은 은퇴합니다. 베타 버전은 안정 버전이 나오고 몇 릴리스 뒤에 제거됩니다.',
      ),
      t(
        'PodDisruptionBudget became stable in `policy/v1`, HorizontalPodAutoscaler in `autoscaling/v2`.',
        'PodDisruptionBudget은 `policy/v1`에서, HorizontalPodAutoscaler는 `autoscaling/v2`에서 안정 버전이 되었습니다.',
      ),
      t(
        'Change the two apiVersion lines to `policy/v1` and `autoscaling/v2`; the fields below stay as they are.',
        'apiVersion 두 줄을 `policy/v1`과 `autoscaling/v2`로 바꾸세요. 그 아래 필드는 그대로 둡니다.',
      ),
    ],
    targets: ['removed-api-version'],
    keep: { kinds: ['PodDisruptionBudget', 'HorizontalPodAutoscaler'] },
    start: `apiVersion: policy/v1beta1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  minAvailable: 1
  selector:
    matchLabels: { app: web }
---
${webAutoscaler('autoscaling/v2beta2')}`,
    solution: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  minAvailable: 1
  selector:
    matchLabels: { app: web }
---
${webAutoscaler('autoscaling/v2')}`,
  },
];
