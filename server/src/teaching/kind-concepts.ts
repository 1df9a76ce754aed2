import type { FieldConcept } from './field-concepts';

const t = (concept: string, en: string, ko: string): FieldConcept => ({ concept, line: { en, ko } });

/** Kinds, for a hover on `kind:`. */
export const KUBERNETES_KIND_CONCEPTS: Readonly<Record<string, FieldConcept>> = {
  Pod: t(
    'self-healing',
    'A Pod on its own has no controller: nothing recreates it when its node fails. Workloads use a Deployment.',
    '혼자 만든 파드에는 컨트롤러가 없어 노드가 고장 나면 아무도 다시 만들지 않습니다. 워크로드에는 디플로이먼트를 쓰세요.',
  ),
  Deployment: t(
    'self-healing',
    'A controller that keeps the replicas running, replaces lost Pods and rolls out new versions gradually.',
    '레플리카를 계속 실행하고, 잃어버린 파드를 대신 만들고, 새 버전을 조금씩 롤아웃하는 컨트롤러입니다.',
  ),
  StatefulSet: t(
    'self-healing',
    'Like a Deployment, but each Pod keeps a stable name and its own volume across restarts.',
    '디플로이먼트와 비슷하지만, 파드마다 재시작해도 바뀌지 않는 이름과 자기 볼륨을 가집니다.',
  ),
  DaemonSet: t(
    'kubernetes-architecture',
    'One Pod on every node (or every matching node), kept there by a controller.',
    '모든 노드(또는 조건에 맞는 노드)마다 파드 하나를 두고, 컨트롤러가 그것을 유지합니다.',
  ),
  ReplicaSet: t(
    'kubernetes-architecture',
    'Keeps a number of identical Pods; Deployments create and manage ReplicaSets for you.',
    '똑같은 파드를 정한 수만큼 유지합니다. 레플리카셋은 보통 디플로이먼트가 만들고 관리합니다.',
  ),
  Job: t(
    'kubernetes-operations',
    'Runs Pods until a task completes, retrying failures: work that ends, unlike a Deployment.',
    '작업이 끝날 때까지 파드를 실행하고 실패하면 다시 시도합니다. 디플로이먼트와 달리 끝나는 일입니다.',
  ),
  CronJob: t(
    'kubernetes-operations',
    'Creates a Job on a schedule, declared once instead of a crontab on some server.',
    '일정에 따라 잡을 만듭니다. 어느 서버의 crontab 대신 한 번 선언해 둡니다.',
  ),
  Service: t(
    'loose-coupling',
    'One stable name and address for a changing set of Pods, chosen by label.',
    '레이블로 고른, 계속 바뀌는 파드 묶음에 안정적인 이름과 주소 하나를 줍니다.',
  ),
  Ingress: t(
    'kubernetes-msa',
    'Routes outside HTTP traffic to Services by host and path: one entrance for many microservices.',
    '바깥의 HTTP 트래픽을 호스트와 경로에 따라 서비스로 보냅니다. 여러 마이크로서비스의 입구 하나입니다.',
  ),
  ConfigMap: t(
    'loose-coupling',
    'Settings kept outside the image, so one image runs unchanged in every environment.',
    '이미지 밖에 두는 설정입니다. 그래서 하나의 이미지가 모든 환경에서 그대로 실행됩니다.',
  ),
  Secret: t(
    'least-privilege',
    'Credentials kept outside the image and given only to the Pods that need them.',
    '이미지 밖에 두고 필요한 파드에만 주는 자격 증명입니다.',
  ),
  HorizontalPodAutoscaler: t(
    'cloud-basics',
    "Elasticity as data: scales replicas out and in, measuring use against the containers' requests.",
    '데이터로 적은 탄력성입니다. 컨테이너의 요청에 대한 사용량을 재서 레플리카를 늘리고 줄입니다.',
  ),
  PodDisruptionBudget: t(
    'kubernetes-operations',
    'Keeps enough replicas up while nodes are drained for maintenance.',
    '점검을 위해 노드를 비우는 동안에도 레플리카가 충분히 남게 합니다.',
  ),
  NetworkPolicy: t(
    'least-privilege',
    'Least privilege for the network: only the traffic you allow reaches the selected Pods.',
    '네트워크의 최소 권한입니다. 허용한 트래픽만 선택된 파드에 닿습니다.',
  ),
  Namespace: t(
    'kubernetes-operations',
    'Separates teams or stages within one cluster, with their own quotas and permissions.',
    '클러스터 하나 안에서 팀이나 단계를 나누고, 저마다의 할당량과 권한을 둡니다.',
  ),
  ResourceQuota: t(
    'resource-management',
    'Caps what a whole namespace may request, so one team cannot claim the cluster.',
    '네임스페이스 전체가 요청할 수 있는 양을 제한해, 한 팀이 클러스터를 다 가져가지 못하게 합니다.',
  ),
  LimitRange: t(
    'resource-management',
    'Default requests and limits for containers that state none, per namespace.',
    '요청과 제한을 적지 않은 컨테이너에 네임스페이스 단위로 기본값을 줍니다.',
  ),
  ServiceAccount: t(
    'least-privilege',
    'An identity for Pods; give it only the RBAC permissions its workload needs.',
    '파드의 신원입니다. 그 워크로드에 필요한 RBAC 권한만 주세요.',
  ),
  Role: t(
    'least-privilege',
    'Exactly the verbs on exactly the resources an identity needs, within one namespace.',
    '한 네임스페이스 안에서, 신원에 필요한 리소스에 필요한 동사만 허용합니다.',
  ),
  ClusterRole: t(
    'least-privilege',
    'Permissions across the cluster: grant them sparingly.',
    '클러스터 전체에 걸친 권한입니다. 아껴서 주세요.',
  ),
  PersistentVolumeClaim: t(
    'linux-filesystem',
    'A request for storage that outlives Pods, mounted like any other volume.',
    '파드보다 오래 남는 스토리지에 대한 요청이며, 다른 볼륨처럼 마운트됩니다.',
  ),
  CustomResourceDefinition: t(
    'declarative-specs',
    'Teaches the API server a new kind, with a schema, for a controller to act on.',
    'API 서버에 새 kind를 스키마와 함께 알려 주고, 컨트롤러가 그것을 처리합니다.',
  ),
};
