/**
 * One Korean term for each English one, as Kubernetes' own Korean documentation
 * (kubernetes.io/ko) writes it, and the variants a Korean text must not use instead. Notes, rule
 * texts, exercises, UI and CLI strings are checked against it by test/unit/glossary.test.ts.
 *
 * In Korean prose an object kind is written in Korean (파드, 디플로이먼트); the English spelling is
 * kept only as code (`Deployment`, a kind name in a manifest) or as a gloss in parentheses right
 * after the Korean term (레이블(label)).
 */
export interface GlossaryEntry {
  en: string;
  ko: string;
  /** Spellings to avoid in Korean prose: Hangul variants, and the English word used as if Korean. */
  rejected: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { en: 'Kubernetes', ko: '쿠버네티스', rejected: ['Kubernetes', '쿠베르네티스', '큐버네티스'] },
  { en: 'Pod', ko: '파드', rejected: ['Pod', 'Pods', 'pod', 'pods', '포드'] },
  { en: 'Node', ko: '노드', rejected: ['node', 'nodes', 'Node', 'Nodes'] },
  { en: 'Cluster', ko: '클러스터', rejected: ['cluster', 'Cluster'] },
  { en: 'Container', ko: '컨테이너', rejected: ['container', 'containers', 'Container', 'Containers', '콘테이너'] },
  { en: 'Image', ko: '이미지', rejected: ['image', 'images', 'Image', 'Images'] },
  { en: 'Digest', ko: '다이제스트', rejected: ['digest', 'digests', 'Digest', 'digest 값'] },
  { en: 'Label', ko: '레이블', rejected: ['라벨', 'label', 'labels', 'Label', 'Labels'] },
  { en: 'Selector', ko: '셀렉터', rejected: ['선택자', '선택기', 'selector', 'Selector'] },
  { en: 'Annotation', ko: '어노테이션', rejected: ['애노테이션', '주석(annotation)', 'Annotation'] },
  { en: 'Replica', ko: '레플리카', rejected: ['복제본', 'replica', 'replicas', 'Replica', 'Replicas'] },
  {
    en: 'Namespace',
    ko: '네임스페이스',
    rejected: ['namespace', 'namespaces', 'Namespace', '이름공간', '네임 스페이스'],
  },
  {
    en: 'ServiceAccount',
    ko: '서비스 어카운트',
    rejected: ['서비스 계정', '서비스어카운트', 'service account', 'ServiceAccount'],
  },
  { en: 'ConfigMap', ko: '컨피그맵', rejected: ['ConfigMap', 'ConfigMaps', '설정 맵', '컨피그 맵'] },
  { en: 'Secret', ko: '시크릿', rejected: ['Secret', 'Secrets', '시크리트'] },
  { en: 'Service', ko: '서비스', rejected: ['Service', 'Services'] },
  { en: 'Deployment', ko: '디플로이먼트', rejected: ['Deployment', 'Deployments', '디플로이'] },
  { en: 'ReplicaSet', ko: '레플리카셋', rejected: ['ReplicaSet', 'ReplicaSets', '레플리카 셋'] },
  { en: 'StatefulSet', ko: '스테이트풀셋', rejected: ['StatefulSet', 'StatefulSets', '스테이트풀 셋'] },
  { en: 'DaemonSet', ko: '데몬셋', rejected: ['DaemonSet', 'DaemonSets', '데몬 셋'] },
  { en: 'Job', ko: '잡', rejected: ['Job', 'Jobs'] },
  { en: 'CronJob', ko: '크론잡', rejected: ['CronJob', 'CronJobs', '크론 잡'] },
  { en: 'Ingress', ko: '인그레스', rejected: ['Ingress', '잉그레스'] },
  { en: 'Volume', ko: '볼륨', rejected: ['volume', 'volumes', 'Volume', '볼룸'] },
  { en: 'Manifest', ko: '매니페스트', rejected: ['manifest', 'manifests', '메니페스트', '매니패스트'] },
  { en: 'Control plane', ko: '컨트롤 플레인', rejected: ['control plane', '제어 평면', '컨트롤플레인'] },
  { en: 'Control loop', ko: '컨트롤 루프', rejected: ['control loop', '제어 루프'] },
  { en: 'Controller', ko: '컨트롤러', rejected: ['controller', 'controllers'] },
  { en: 'Scheduler', ko: '스케줄러', rejected: ['스케쥴러', 'scheduler'] },
  { en: 'Liveness probe', ko: '활성 프로브', rejected: ['liveness probe', '라이브니스 프로브', '생존 프로브'] },
  { en: 'Readiness probe', ko: '준비성 프로브', rejected: ['readiness probe', '레디니스 프로브', '준비 상태 프로브'] },
  { en: 'Startup probe', ko: '스타트업 프로브', rejected: ['startup probe', '시작 프로브'] },
  { en: 'Security context', ko: '보안 컨텍스트', rejected: ['security context', '시큐리티 컨텍스트'] },
  { en: 'Affinity', ko: '어피니티', rejected: ['친화성', 'affinity'] },
  { en: 'Taint', ko: '테인트', rejected: ['taint', 'taints'] },
  { en: 'Toleration', ko: '톨러레이션', rejected: ['toleration', 'tolerations'] },
  { en: 'Eviction', ko: '축출', rejected: ['eviction', '퇴거'] },
  { en: 'Rolling update', ko: '롤링 업데이트', rejected: ['rolling update', '롤링업데이트'] },
  { en: 'Linux', ko: '리눅스', rejected: ['Linux'] },
];

/**
 * Proper names that contain a rejected English word but are themselves the names Kubernetes'
 * Korean documentation keeps in English.
 */
const KEPT_NAMES = [
  'Horizontal Pod Autoscaler',
  'HorizontalPodAutoscaler',
  'Pod Security Standards',
  'Pod Security Admission',
  'Container Runtime Interface',
  'Open Container Initiative',
  'Linux Containers',
  'Node.js',
  'Docker Compose',
  'Cloud Native Tutor',
  'Cloud Native Computing Foundation',
  'Sealed Secrets',
];

/**
 * The prose of a Korean text: fenced and inline code, link targets, placeholders (`{image}`),
 * English glosses in parentheses right after a word (`레이블(label)`), and kept names removed.
 */
export function koreanProse(text: string): string {
  let prose = text
    .replace(/^```[\s\S]*?^```/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{\w+(\|[^}\n]*)?\}/g, ' ')
    .replace(/(?<=\S)\([A-Za-z][A-Za-z0-9 ,./:'-]*\)/g, ' ');
  for (const name of KEPT_NAMES) prose = prose.split(name).join(' ');
  return prose;
}

export interface TermProblem {
  found: string;
  preferred: string;
  en: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A Hangul variant that begins the preferred term (디플로이 / 디플로이먼트) matches only when cut short. */
function followedUnlessPreferred(variant: string, preferred: string): string {
  return preferred.startsWith(variant) && preferred !== variant ? `(?!${escape(preferred.slice(variant.length))})` : '';
}

const MATCHERS = GLOSSARY.flatMap((entry) =>
  entry.rejected.map((variant) => ({
    entry,
    variant,
    // English words match whole words only (so "Pod" does not match "PodDisruptionBudget");
    // Hangul variants match anywhere, as Korean attaches particles to the word.
    pattern: /^[A-Za-z]/.test(variant)
      ? new RegExp(`(?<![A-Za-z0-9_.-])${escape(variant)}(?![A-Za-z0-9_-])`)
      : new RegExp(escape(variant) + followedUnlessPreferred(variant, entry.ko)),
  })),
);

/** The glossary's rejected spellings that a Korean text uses in its prose. */
export function rejectedTerms(text: string): TermProblem[] {
  const prose = koreanProse(text);
  return MATCHERS.filter((m) => m.pattern.test(prose)).map((m) => ({
    found: m.variant,
    preferred: m.entry.ko,
    en: m.entry.en,
  }));
}
