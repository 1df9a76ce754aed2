import type { IndexedObject } from '../../../engine/kubernetes/facts';
import { sameNamespace } from '../../../engine/kubernetes/inventory';
import { keyNodeAt, nodeAt } from '../../../engine/kubernetes/parse';
import { describeSelector, type LabelSelector } from '../../../engine/kubernetes/selectors';
import { defineKubernetesRule } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { deployment } from '../example-files';
import { candidateWorkloads, workloadSource } from './candidates';
import {
  identifyingLabels,
  labelList,
  nameOf,
  nearMissLabel,
  ownObjects,
  renameTarget,
  rewriteLabelMap,
} from '../workspace-support';
import { ownValue } from '../../../engine/own-keys';

const service = (selector: string): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: ${selector}\n  ports:\n    - port: 80\n      targetPort: 8080`;

/** Fixes offered at most: one per likely target, the likeliest first. */
const MAX_FIXES = 3;

/**
 * How likely a workload is the one the Service meant: a near-miss value, the Service's own name,
 * labels it shares with the selector (the selector asks for more than the pods have). A label
 * key alone (`app`, which every workload has) says nothing; such workloads are no candidates.
 */
function likeliness(selector: LabelSelector, serviceName: string | undefined, workload: IndexedObject): number {
  const labels = workload.pods?.labels ?? {};
  if (nearMissLabel(selector, workload)) return 4;
  // A selected label the pods have with an unrelated value marks another component, not a candidate.
  const entries = Object.entries(selector.matchLabels);
  if (
    entries.some(([key, value]) => {
      const written = ownValue(labels, key);
      return written !== undefined && written !== value;
    })
  )
    return 0;
  const shared = entries.filter(([key, value]) => ownValue(labels, key) === value).length;
  return shared + (serviceName !== undefined && workload.name === serviceName ? 2 : 0);
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
    en: 'A Service finds its backends by label, never by name: that indirection lets pods come and go while clients keep one stable address. The price is that a typo in the selector fails silently: the Service exists, its DNS name resolves, and every connection is refused because no pod carries those labels. This rule compares each Service with the workloads of the whole workspace, in the same namespace (a Service never selects pods of another), and knows the labels controllers add to their pods (`pod-template-hash`, `statefulset.kubernetes.io/pod-name`, `controller-revision-hash`, `apps.kubernetes.io/pod-index`). It stays quiet when the workspace holds no workload the Service could select.',
    ko: '서비스는 이름이 아니라 레이블로 백엔드를 찾습니다. 이 간접 참조 덕분에 파드가 생기고 사라져도 클라이언트는 하나의 안정된 주소를 씁니다. 그 대가로 셀렉터의 오타는 조용히 실패합니다: 서비스는 있고 DNS 이름도 풀리지만, 그 레이블을 단 파드가 없어 모든 연결이 거부됩니다. 이 규칙은 각 서비스를 워크스페이스 전체의 같은 네임스페이스 워크로드와 비교하고(서비스는 다른 네임스페이스의 파드를 선택하지 않습니다), 컨트롤러가 파드에 붙이는 레이블(`pod-template-hash`, `statefulset.kubernetes.io/pod-name`, `controller-revision-hash`, `apps.kubernetes.io/pod-index`)도 압니다. 서비스가 선택할 만한 워크로드가 워크스페이스에 없으면 조용히 있습니다.',
  },
  remediation: {
    en: "Make `spec.selector` of the Service name labels that the workload's pod template (`spec.template.metadata.labels`) really has, with the same values, and keep the Service in the workload's namespace. The quick fix rewrites the selector to the labels of a workload that looks intended.",
    ko: '서비스의 `spec.selector`에 워크로드 파드 템플릿(`spec.template.metadata.labels`)에 실제로 있는 레이블을 같은 값으로 적고, 서비스를 워크로드와 같은 네임스페이스에 두세요. 빠른 수정은 의도한 것으로 보이는 워크로드의 레이블로 셀렉터를 고쳐 씁니다.',
  },
  exceptions: {
    en: 'A Service whose pods are created outside the workspace (by an operator, a Helm chart or another repository) is fine: suppress the finding on it with `cntutor.dev/ignore: service-selects-workload` and a comment saying where the pods come from.',
    ko: '파드가 워크스페이스 밖(오퍼레이터, Helm 차트, 다른 저장소)에서 만들어지는 서비스라면 괜찮습니다. 그 서비스에 `cntutor.dev/ignore: service-selects-workload`를 달고 파드가 어디서 오는지 주석으로 남기세요.',
  },
  peers: { kubeLinter: ['dangling-service'], kubeScore: ['service-targets-pod'] },
  example: {
    bad: deployment({ more: [service('web-frontend')] }),
    good: deployment({ more: [service('web')] }),
  },
  messages: {
    dangling: {
      en: 'Service "{name}" selects {selector}, but no workload in the workspace has pods with those labels (if they are created elsewhere, by an operator or a chart, say so with an ignore annotation).',
      ko: '서비스 "{name}"{은/는} {selector}{을/를} 선택하지만 워크스페이스의 어떤 워크로드 파드에도 그 레이블이 없습니다(오퍼레이터나 차트처럼 다른 곳에서 만든다면 무시 어노테이션으로 밝혀 두세요).',
    },
    nearMiss: {
      en: 'Service "{name}" selects {selector}, which matches no pods; {kind} "{workload}" has {key}={value}. A typo?',
      ko: '서비스 "{name}"{은/는} {selector}{을/를} 선택하지만 일치하는 파드가 없습니다. {kind} "{workload}"에는 {key}={value}{이/가} 있습니다. 오타인가요?',
    },
    otherNamespace: {
      en: 'Service "{name}" selects {selector}: {kind} "{workload}" has such pods, but in namespace "{namespace}". A Service selects pods of its own namespace only.',
      ko: '서비스 "{name}"{은/는} {selector}{을/를} 선택합니다. {kind} "{workload}"에 그런 파드가 있지만 네임스페이스 "{namespace}"에 있습니다. 서비스는 자기 네임스페이스의 파드만 선택합니다.',
    },
    relatedPods: {
      en: 'pods of {kind} "{workload}" carry {labels}',
      ko: '{kind} "{workload}"의 파드 레이블: {labels}',
    },
    fix: {
      en: 'Select the pods of {kind} "{workload}" ({labels})',
      ko: '{kind} "{workload}"의 파드 선택({labels})',
    },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownObjects(ctx, ['Service'])) {
      const selector = facts.service?.selector;
      if (!selector || facts.service?.type === 'ExternalName') continue;
      const key = keyNodeAt(object.root, ['spec', 'selector']);
      if (!key?.range) continue;
      if (ctx.inventory.workloadsSelectedBy(selector, facts.namespace).length > 0) continue;
      const nearCount = ctx.inventory.workloadsNearCount(facts.namespace);
      const name = nameOf(facts);
      const data = { name, selector: describeSelector(selector) };
      const range = ctx.index.rangeOf(key.range[0], key.range[1]);
      // Not among `near`: a set of those per Service cost seconds where thousands share a namespace.
      const elsewhere = ctx.inventory
        .workloadsSelectedBy(selector, undefined)
        .find((workload) => !sameNamespace(workload.namespace, facts.namespace));
      if (elsewhere) {
        ctx.report({
          range,
          message: ctx.t('otherNamespace', {
            ...data,
            kind: elsewhere.kind,
            workload: nameOf(elsewhere),
            namespace: elsewhere.namespace ?? '',
          }),
          related: [ctx.inventory.related(elsewhere, relatedText(elsewhere))],
        });
        continue;
      }
      // With no workload in sight the Service's pods live elsewhere; silence beats a guess.
      if (nearCount === 0) continue;
      const near = (): readonly IndexedObject[] => ctx.inventory.workloadsNear(facts.namespace);
      const ranked = candidateWorkloads(
        workloadSource(ctx.inventory),
        { count: nearCount, list: near },
        facts,
        selector,
      )
        .map((workload) => ({ workload, score: likeliness(selector, facts.name, workload) }))
        .filter((entry) => entry.score > 0)
        .sort((a, b) => b.score - a.score)
        .map((entry) => entry.workload);
      const likeliest = ranked[0];
      const miss = likeliest && nearMissLabel(selector, likeliest);
      const fixes = ranked.slice(0, MAX_FIXES).flatMap((workload): Fix[] => {
        const labels = identifyingLabels(workload);
        const edit = rewriteLabelMap(ctx, nodeAt(object.root, ['spec', 'selector']), labels);
        const title = ctx.t('fix', { kind: workload.kind, workload: nameOf(workload), labels: labelList(labels) });
        return edit ? [{ title, edits: [edit] }] : [];
      });
      const message =
        likeliest && miss
          ? ctx.t('nearMiss', { ...data, kind: likeliest.kind, workload: nameOf(likeliest), ...miss })
          : ctx.t('dangling', data);
      const related = ranked.slice(0, MAX_FIXES).map((w) => ctx.inventory.related(w, relatedText(w)));
      // A typo has a clear correction; otherwise (the selector asks for more, several workloads fit,
      // or the near value merely holds the written one: `api`, `kubernetes-demo-api`, another
      // application) only a person can tell what was meant, so the fixes are offered to choose from.
      const [first, ...others] = fixes;
      const written = miss && ownValue(selector.matchLabels, miss.key);
      const clear = first !== undefined && miss !== undefined && renameTarget(written ?? '', miss.value) !== undefined;
      ctx.report({
        range,
        message,
        ...(clear ? { fix: first } : {}),
        ...((clear ? others : fixes).length > 0 ? { choices: clear ? others : fixes } : {}),
        ...(related.length > 0 ? { related } : {}),
      });
    }

    function relatedText(workload: IndexedObject): string {
      return ctx.t('relatedPods', {
        kind: workload.kind,
        workload: nameOf(workload),
        labels: labelList(workload.pods?.labels ?? {}) || '-',
      });
    }
  },
});
