import { keyNodeAt, type K8sObject } from '../../../engine/kubernetes/parse';
import { get, labelsOf, podMetadataPath, selectorMatches, WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';

/** The labels a workload gives its pods; the unit a Service selects. */
export interface PodLabels {
  kind: string;
  name: string;
  namespace: string | undefined;
  labels: Record<string, string>;
}

/** Pod labels of every workload among `objects`. A workspace index can feed more of these in. */
export function podLabelsOf(objects: readonly K8sObject[]): PodLabels[] {
  const result: PodLabels[] = [];
  for (const object of objects) {
    const path = podMetadataPath(object);
    if (!path || !WORKLOAD_KINDS.includes(object.kind) || !object.value) continue;
    result.push({
      kind: object.kind,
      name: object.name ?? 'unnamed',
      namespace: object.namespace,
      labels: labelsOf(get(object.value, ...path, 'labels')),
    });
  }
  return result;
}

/** An object without a namespace lands wherever it is applied, so it may share one with anything. */
function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** Close but different label values (`web` and `web-frontend`, `backend` and `backned`) suggest a typo. */
function looksLikeTypo(wanted: string, actual: string | undefined): boolean {
  if (actual === undefined || actual === wanted) return false;
  if (wanted.includes(actual) || actual.includes(wanted)) return true;
  return editDistance(wanted, actual) <= 2;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export interface DanglingService {
  service: K8sObject;
  selector: Record<string, string>;
  /** A workload that has a selected label key with another value: the likely intended target. */
  nearMiss?: { pods: PodLabels; key: string; value: string };
}

/** Services whose selector matches none of `pods`; Services without a selector or of type ExternalName are skipped. */
export function danglingServices(services: readonly K8sObject[], pods: readonly PodLabels[]): DanglingService[] {
  const result: DanglingService[] = [];
  for (const service of services) {
    if (service.kind !== 'Service' || !service.value) continue;
    if (get(service.value, 'spec', 'type') === 'ExternalName') continue;
    const selector = labelsOf(get(service.value, 'spec', 'selector'));
    if (Object.keys(selector).length === 0) continue;
    const candidates = pods.filter((p) => sameNamespace(p.namespace, service.namespace));
    if (candidates.some((p) => selectorMatches(selector, p.labels))) continue;
    let nearMiss: DanglingService['nearMiss'];
    for (const pods of candidates) {
      const key = Object.keys(selector).find((k) => looksLikeTypo(selector[k] ?? '', pods.labels[k]));
      if (key) {
        nearMiss = { pods, key, value: pods.labels[key] ?? '' };
        break;
      }
    }
    result.push({ service, selector, ...(nearMiss ? { nearMiss } : {}) });
  }
  return result;
}

export default defineKubernetesRule({
  id: 'service-selects-workload',
  title: {
    en: 'A Service should select the pods of a workload',
    ko: '서비스는 워크로드의 파드를 선택해야 함',
  },
  severity: 'warning',
  concept: 'loose-coupling',
  topics: ['kubernetes-msa', 'cloud-native'],
  description: {
    en: 'A Service finds its backends by label, never by name: that indirection lets pods come and go while clients keep one stable address. The price is that a typo in the selector fails silently: the Service exists, its DNS name resolves, and every connection is refused because no pod carries those labels. This rule compares each Service with the workloads in the same file, and stays quiet when the file has no workload to compare with.',
    ko: '서비스는 이름이 아니라 레이블로 백엔드를 찾습니다. 이 간접 참조 덕분에 파드가 생기고 사라져도 클라이언트는 하나의 안정된 주소를 씁니다. 그 대가로 셀렉터의 오타는 조용히 실패합니다: 서비스는 있고 DNS 이름도 풀리지만, 그 레이블을 단 파드가 없어 모든 연결이 거부됩니다. 이 규칙은 각 서비스를 같은 파일의 워크로드와 비교하고, 비교할 워크로드가 없는 파일에서는 조용히 있습니다.',
  },
  remediation: {
    en: "Make `spec.selector` of the Service name labels that the workload's pod template (`spec.template.metadata.labels`) really has, with the same values.",
    ko: '서비스의 `spec.selector`에 워크로드 파드 템플릿(`spec.template.metadata.labels`)에 실제로 있는 레이블을 같은 값으로 적으세요.',
  },
  peers: { kubeLinter: ['dangling-service'], kubeScore: ['service-targets-pod'] },
  example: {
    bad: 'kind: Service\nspec:\n  selector:\n    app: web-frontend\n---\nkind: Deployment\nspec:\n  template:\n    metadata:\n      labels:\n        app: web',
    good: 'kind: Service\nspec:\n  selector:\n    app: web\n---\nkind: Deployment\nspec:\n  template:\n    metadata:\n      labels:\n        app: web',
  },
  messages: {
    dangling: {
      en: 'Service "{name}" selects {selector}, but no workload in this file has pods with those labels.',
      ko: 'Service "{name}"는 {selector}를 선택하지만 이 파일의 어떤 워크로드 파드에도 그 레이블이 없습니다.',
    },
    nearMiss: {
      en: 'Service "{name}" selects {selector}, which matches no pods here; {kind} "{workload}" has {key}={value}. A typo?',
      ko: 'Service "{name}"는 {selector}를 선택하지만 일치하는 파드가 없습니다. {kind} "{workload}"에는 {key}={value}가 있습니다. 오타인가요?',
    },
  },
  checkFile(ctx) {
    const pods = podLabelsOf(ctx.objects);
    // With no workload in sight the Service's pods live elsewhere; silence beats a guess.
    if (pods.length === 0) return;
    for (const dangling of danglingServices(ctx.objects, pods)) {
      const key = keyNodeAt(dangling.service.root, ['spec', 'selector']);
      if (!key?.range) continue;
      const selector = Object.entries(dangling.selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
      const name = dangling.service.name ?? 'unnamed';
      const near = dangling.nearMiss;
      ctx.report({
        range: ctx.index.rangeOf(key.range[0], key.range[1]),
        message: near
          ? ctx.t('nearMiss', {
              name,
              selector,
              kind: near.pods.kind,
              workload: near.pods.name,
              key: near.key,
              value: near.value,
            })
          : ctx.t('dangling', { name, selector }),
      });
    }
  },
});
