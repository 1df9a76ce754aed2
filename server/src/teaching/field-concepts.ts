/**
 * Hovers that teach without a finding: the idea behind a Kubernetes field, kind or Dockerfile
 * instruction, in one line, with the way into its note. Schema hovers say what a field holds;
 * these say why it is there. Every line exists in English and Korean.
 */
import { getConcept } from '../concepts';
import { localize, type LocalizedText } from '../engine/rule';
import type { Locale } from '../engine/types';
import { escapeMarkdown } from './explain';
import { KUBERNETES_KIND_CONCEPTS } from './kind-concepts';
import { ownValue } from '../engine/own-keys';

export { KUBERNETES_KIND_CONCEPTS } from './kind-concepts';
export { DOCKERFILE_INSTRUCTION_CONCEPTS } from './instruction-concepts';

export interface FieldConcept {
  /** The note the line leads to. */
  concept: string;
  line: LocalizedText;
}

const t = (concept: string, en: string, ko: string): FieldConcept => ({ concept, line: { en, ko } });

/** Kubernetes keys, by name wherever they appear; `selector` depends on the kind (see fieldConcept). */
export const KUBERNETES_FIELD_CONCEPTS: Readonly<Record<string, FieldConcept>> = {
  resources: t(
    'resource-management',
    'Requests reserve CPU and memory for the scheduler to place the Pod; limits are the cgroup ceiling the kernel enforces.',
    '요청은 스케줄러가 파드를 배치할 CPU와 메모리를 예약하고, 제한은 커널이 지키는 cgroup 상한입니다.',
  ),
  requests: t(
    'resource-management',
    'What the container is guaranteed: the scheduler only picks a node with this much unreserved capacity.',
    '컨테이너에 보장되는 양입니다. 스케줄러는 예약되지 않은 용량이 이만큼 남은 노드만 고릅니다.',
  ),
  limits: t(
    'resource-management',
    'The ceiling: above its memory limit the container is killed, above its CPU limit it is throttled.',
    '상한입니다. 메모리 제한을 넘으면 컨테이너가 종료되고, CPU 제한을 넘으면 속도가 억제됩니다.',
  ),
  livenessProbe: t(
    'self-healing',
    'When it fails, the kubelet restarts the container: check only the process itself, never its dependencies.',
    '실패하면 kubelet이 컨테이너를 재시작합니다. 의존 대상이 아니라 프로세스 자체만 확인하세요.',
  ),
  readinessProbe: t(
    'self-healing',
    'While it fails, Services send the Pod no traffic: it tells "not ready yet" from "broken".',
    '실패하는 동안 서비스는 이 파드에 트래픽을 보내지 않습니다. "아직 준비 안 됨"을 "고장"과 구별합니다.',
  ),
  startupProbe: t(
    'self-healing',
    'Holds the liveness and readiness probes back until a slow application has started.',
    '느린 애플리케이션이 다 뜰 때까지 활성 프로브와 준비성 프로브를 붙잡아 둡니다.',
  ),
  restartPolicy: t(
    'self-healing',
    'What the kubelet does when a container exits: restarting is the simplest form of self-healing.',
    '컨테이너가 종료되면 kubelet이 할 일입니다. 재시작은 가장 단순한 자가 치유입니다.',
  ),
  terminationGracePeriodSeconds: t(
    'self-healing',
    'Time between SIGTERM and SIGKILL: the application, as PID 1, finishes requests in flight within it.',
    'SIGTERM과 SIGKILL 사이의 시간입니다. PID 1인 애플리케이션은 그 안에 처리 중인 요청을 마칩니다.',
  ),
  replicas: t(
    'cloud-basics',
    'Scale out: more identical Pods rather than a bigger machine, kept at this number by a controller.',
    '스케일 아웃: 더 큰 기계가 아니라 똑같은 파드를 더 두고, 컨트롤러가 이 수를 유지합니다.',
  ),
  minReplicas: t(
    'cloud-basics',
    'Elasticity has a floor: the autoscaler never scales in below this many replicas.',
    '탄력성에도 바닥이 있습니다. 오토스케일러는 레플리카를 이 수 아래로 줄이지 않습니다.',
  ),
  maxReplicas: t(
    'cloud-basics',
    'Elasticity has a ceiling, and so does the bill: the autoscaler never scales out beyond this.',
    '탄력성에도, 비용에도 천장이 있습니다. 오토스케일러는 이 수를 넘어 늘리지 않습니다.',
  ),
  labels: t(
    'kubernetes-msa',
    'Labels tie the pieces together: Services, controllers and policies select Pods by them.',
    '레이블은 조각들을 잇습니다. 서비스, 컨트롤러, 정책이 레이블로 파드를 고릅니다.',
  ),
  securityContext: t(
    'least-privilege',
    'Where a Pod or container gives up what it does not need: root, privilege escalation, capabilities, a writable root.',
    '파드나 컨테이너가 필요 없는 것을 내려놓는 곳입니다. root, 권한 상승, 리눅스 기능, 쓰기 가능한 루트가 그것입니다.',
  ),
  runAsNonRoot: t(
    'least-privilege',
    'A check, not a switch: the kubelet refuses a root or non-numeric image user, so pair it with a numeric runAsUser.',
    '스위치가 아니라 검사입니다. kubelet은 root이거나 숫자가 아닌 이미지 사용자를 거부하니, 숫자 runAsUser와 함께 쓰세요.',
  ),
  runAsUser: t(
    'linux-filesystem',
    'The kernel compares numeric UIDs, not names: this number decides what files the process may touch.',
    '커널은 이름이 아니라 숫자 UID를 비교합니다. 이 숫자가 프로세스가 만질 수 있는 파일을 정합니다.',
  ),
  allowPrivilegeEscalation: t(
    'least-privilege',
    'False keeps a process from gaining more privileges than its parent, e.g. through a setuid binary.',
    'false이면 프로세스가 setuid 바이너리 등으로 부모보다 많은 권한을 얻지 못합니다.',
  ),
  capabilities: t(
    'least-privilege',
    "Root's powers in pieces: drop them all and add back only what the application needs.",
    'root의 권한을 나눈 조각입니다. 모두 버리고 애플리케이션에 필요한 것만 다시 더하세요.',
  ),
  privileged: t(
    'virtualization',
    'A privileged container gives up the isolation that made it a container: it can reach every device of the node.',
    'privileged 컨테이너는 자신을 컨테이너로 만든 격리를 포기하고, 노드의 모든 장치에 닿을 수 있습니다.',
  ),
  readOnlyRootFilesystem: t(
    'union-filesystem',
    "Nothing is written to the container's writable layer: the container stays identical to its image.",
    '컨테이너의 쓰기 가능 레이어에 아무것도 쓰지 않으므로, 컨테이너가 이미지와 똑같이 유지됩니다.',
  ),
  hostNetwork: t(
    'virtualization',
    "Joins the node's network namespace: the Pod's isolation from the host network is gone.",
    '노드의 네트워크 네임스페이스에 들어갑니다. 파드와 호스트 네트워크 사이의 격리가 사라집니다.',
  ),
  hostPID: t(
    'virtualization',
    "Joins the node's process namespace: the Pod sees, and may signal, every process on the node.",
    '노드의 프로세스 네임스페이스에 들어갑니다. 파드가 노드의 모든 프로세스를 보고 신호를 보낼 수 있습니다.',
  ),
  hostIPC: t(
    'virtualization',
    "Joins the node's IPC namespace: shared memory of the host becomes reachable.",
    '노드의 IPC 네임스페이스에 들어갑니다. 호스트의 공유 메모리에 닿을 수 있게 됩니다.',
  ),
  hostPath: t(
    'linux-filesystem',
    'Mounts a directory of the node into the Pod: the container reaches past its own file system tree.',
    '노드의 디렉터리를 파드에 마운트합니다. 컨테이너가 자기 파일 시스템 트리 너머에 닿습니다.',
  ),
  image: t(
    'immutable-images',
    'Pin a version or a digest: every node that pulls it, today or after a rollback, must get the same bytes.',
    '버전이나 다이제스트로 고정하세요. 오늘이든 롤백 뒤든 이미지를 받는 모든 노드가 같은 바이트를 받아야 합니다.',
  ),
  imagePullPolicy: t(
    'immutable-images',
    'With a fixed version or digest, the cached image is the right one; a moving tag makes nodes disagree.',
    '고정된 버전이나 다이제스트라면 캐시된 이미지가 곧 맞는 이미지입니다. 움직이는 태그는 노드마다 다른 것을 받게 합니다.',
  ),
  volumes: t(
    'linux-filesystem',
    "A volume is a mount: data written there outlives the container's writable layer.",
    '볼륨은 마운트입니다. 거기에 쓴 데이터는 컨테이너의 쓰기 가능 레이어보다 오래 남습니다.',
  ),
  volumeMounts: t(
    'linux-filesystem',
    "Where a volume appears in the container's tree: the only paths a read-only container can write to.",
    '볼륨이 컨테이너의 트리에서 나타나는 곳입니다. 읽기 전용 컨테이너가 쓸 수 있는 유일한 경로입니다.',
  ),
  emptyDir: t(
    'union-filesystem',
    'Scratch space that bypasses the union mount and lives as long as the Pod, not the container.',
    '유니온 마운트를 거치지 않는 임시 공간으로, 컨테이너가 아니라 파드가 살아 있는 동안 유지됩니다.',
  ),
  serviceAccountName: t(
    'least-privilege',
    "The identity of the Pod's calls to the API: give that account only the RBAC verbs it needs.",
    '파드가 API를 호출할 때의 신원입니다. 그 계정에는 필요한 RBAC 동사만 주세요.',
  ),
  automountServiceAccountToken: t(
    'least-privilege',
    'A token the application never uses is only a gift to an intruder: false keeps it out of the Pod.',
    '애플리케이션이 쓰지 않는 토큰은 침입자에게 주는 선물일 뿐입니다. false이면 파드에 넣지 않습니다.',
  ),
  affinity: t(
    'kubernetes-architecture',
    'Read by the scheduler: which nodes, or which neighbours, this Pod should or must have.',
    '스케줄러가 읽습니다. 이 파드가 어떤 노드나 어떤 이웃과 함께해야 하는지, 또는 함께하면 좋은지를 정합니다.',
  ),
  nodeSelector: t(
    'kubernetes-architecture',
    'Read by the scheduler: only nodes with these labels may run the Pod.',
    '스케줄러가 읽습니다. 이 레이블이 있는 노드만 파드를 실행할 수 있습니다.',
  ),
  tolerations: t(
    'kubernetes-architecture',
    'Read by the scheduler: lets the Pod onto nodes whose taints would otherwise keep it away.',
    '스케줄러가 읽습니다. 테인트 때문에 들어갈 수 없던 노드에 파드가 들어갈 수 있게 합니다.',
  ),
  env: t(
    'loose-coupling',
    'Configuration from outside the image: name dependencies by Service, never by Pod address.',
    '이미지 바깥에서 오는 설정입니다. 의존 대상은 파드 주소가 아니라 서비스 이름으로 적으세요.',
  ),
  envFrom: t(
    'loose-coupling',
    'Settings from a ConfigMap or Secret: one image runs unchanged in every environment.',
    '컨피그맵이나 시크릿에서 오는 설정입니다. 하나의 이미지가 모든 환경에서 그대로 실행됩니다.',
  ),
  strategy: t(
    'kubernetes-operations',
    'How a rollout replaces Pods: readiness probes decide when a new one counts.',
    '롤아웃이 파드를 교체하는 방식입니다. 새 파드를 언제 셈에 넣을지는 준비성 프로브가 정합니다.',
  ),
  storageClassName: t(
    'hybrid-multi-cloud',
    'A name each cluster defines for itself: a provider-specific class ties the manifest to one cloud.',
    '클러스터마다 스스로 정하는 이름입니다. 사업자 전용 클래스는 매니페스트를 한 클라우드에 묶습니다.',
  ),
  apiVersion: t(
    'kubernetes-architecture',
    'The schema the API server validates against; a version the cluster no longer serves is refused.',
    'API 서버가 검증에 쓰는 스키마입니다. 클러스터가 더는 제공하지 않는 버전은 거부됩니다.',
  ),
};

const SERVICE_SELECTOR = t(
  'loose-coupling',
  'A Service finds its Pods by label, never by address: the selector must match the labels the Pods carry.',
  '서비스는 주소가 아니라 레이블로 파드를 찾습니다. 셀렉터는 파드에 붙은 레이블과 맞아야 합니다.',
);
const WORKLOAD_SELECTOR = t(
  'declarative-specs',
  "How a controller knows its own Pods: it must match the template's labels.",
  '컨트롤러가 자기 파드를 알아보는 방법입니다. 템플릿의 레이블과 맞아야 합니다.',
);

/** The idea behind the key at `path` (from the object's root) of an object of `kind`. */
export function fieldConcept(kind: string, path: readonly (string | number)[]): FieldConcept | undefined {
  const name = path[path.length - 1];
  if (typeof name !== 'string') return undefined;
  if (path.length === 1 && name === 'kind') return ownValue(KUBERNETES_KIND_CONCEPTS, kind);
  if (name === 'selector' || (name === 'matchLabels' && path[path.length - 2] === 'selector'))
    return kind === 'Service' ? SERVICE_SELECTOR : WORKLOAD_SELECTOR;
  // Resource names under requests/limits (cpu, memory) are the author's map keys, not fields.
  return Object.hasOwn(KUBERNETES_FIELD_CONCEPTS, name) ? KUBERNETES_FIELD_CONCEPTS[name] : undefined;
}

/** The line a hover shows under the schema's own text: the note's title as a link, then the idea. */
export function conceptLine(found: FieldConcept, locale: Locale, link: (conceptId: string) => string): string {
  const title = getConcept(found.concept, locale)?.title ?? found.concept;
  return `📘 [${escapeMarkdown(title)}](${link(found.concept)}) — ${localize(found.line, locale)}`;
}
