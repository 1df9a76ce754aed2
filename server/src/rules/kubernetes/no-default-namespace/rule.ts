import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { defineKubernetesRule } from '../../../engine/rule';
import type { TextEdit } from '../../../engine/types';
import { deployment } from '../example-files';

export default defineKubernetesRule({
  id: 'no-default-namespace',
  title: {
    en: 'Do not pin objects to the default namespace',
    ko: '오브젝트를 default 네임스페이스에 못 박지 않기',
  },
  severity: 'info',
  concept: 'least-privilege',
  topics: ['kubernetes-architecture', 'kubernetes-operations'],
  description: {
    en: 'Namespaces are where Kubernetes draws boundaries: RBAC roles, resource quotas, LimitRanges and NetworkPolicies apply per namespace. `default` is the namespace everything lands in when nobody chose one, so an app there shares those boundaries with every stray object and cannot be given its own. Writing `namespace: default` also fixes the manifest to it, so `kubectl apply -n` and kustomize can no longer place it elsewhere. (A manifest with no namespace at all is fine: it goes where it is applied.)',
    ko: '네임스페이스는 쿠버네티스가 경계를 긋는 곳입니다. RBAC 역할, 리소스 쿼터, LimitRange, 네트워크 폴리시가 네임스페이스 단위로 적용됩니다. `default`는 아무도 네임스페이스를 고르지 않았을 때 모든 것이 들어가는 곳이라, 거기 있는 앱은 떠도는 모든 오브젝트와 경계를 함께 쓰고 자기만의 경계를 가질 수 없습니다. `namespace: default`라고 적으면 매니페스트가 거기에 고정되어 `kubectl apply -n`이나 kustomize가 다른 곳에 둘 수도 없습니다. (네임스페이스를 아예 적지 않은 매니페스트는 괜찮습니다. 적용하는 곳에 들어갑니다.)',
  },
  remediation: {
    en: "Remove `namespace: default` so the namespace is chosen when the manifest is applied (`kubectl apply -n shop`, kustomize's `namespace:`), or name the app's own namespace. The quick fix removes the line, unless another object of the file names this one in `default` (a binding's subject, a webhook's service): that reference would then point at nothing.",
    ko: '`namespace: default`를 지워 매니페스트를 적용할 때 네임스페이스를 고르게 하거나(`kubectl apply -n shop`, kustomize의 `namespace:`), 앱만의 네임스페이스를 적으세요. 빠른 수정은 그 줄을 지우지만, 파일의 다른 오브젝트가 이 오브젝트를 `default`에서 가리키면(바인딩의 subject, 웹훅의 service) 그 참조가 아무것도 가리키지 않게 되므로 수정을 제안하지 않습니다.',
  },
  peers: { kubeLinter: ['use-namespace'], trivy: ['KSV110'], checkov: ['CKV_K8S_21'] },
  example: {
    bad: deployment().replace('  name: web\n', '  name: web\n  namespace: default\n'),
    good: deployment().replace('  name: web\n', '  name: web\n  namespace: shop\n'),
  },
  messages: {
    pinned: {
      en: 'This {kind} is pinned to the default namespace, which it shares with everything nobody placed.',
      ko: '이 {kind}{은/는} 아무도 자리를 정하지 않은 모든 것과 함께 쓰는 default 네임스페이스에 고정되어 있습니다.',
    },
    clusterScoped: {
      en: 'A {kind} belongs to no namespace: the API server ignores `namespace: default` here, and it only misleads readers.',
      ko: '{kind}{은/는} 네임스페이스에 속하지 않습니다. API 서버는 여기의 `namespace: default`를 무시하고, 읽는 사람만 헷갈리게 합니다.',
    },
    fix: {
      en: 'Remove namespace: default (the namespace is then chosen at apply time)',
      ko: '`namespace: default` 삭제(네임스페이스는 적용할 때 정해짐)',
    },
  },
  // Without the line, the object goes to whatever namespace kubectl is pointed at: a person checks that.
  fix: 'unsafe',
  check(ctx) {
    if (ctx.object.namespace !== 'default') return;
    // A binding's subject or a webhook's service that names this object in default would lose it.
    const edit = namedInDefaultElsewhere(ctx) ? undefined : deleteNamespaceLine(ctx);
    ctx.report({
      range: ctx.valueRange(['metadata', 'namespace']),
      message: ctx.t(CLUSTER_SCOPED.has(ctx.object.kind) ? 'clusterScoped' : 'pinned', { kind: ctx.object.kind }),
      ...(edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {}),
    });
  },
});

/** Built-in kinds that live outside namespaces, so a namespace written on them means nothing. */
const CLUSTER_SCOPED = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'FlowSchema',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
]);

/**
 * True when another object of the file names this one with `namespace: default` (a RoleBinding's
 * subject, a webhook's or APIService's service): without the line this object may land in another
 * namespace while the reference still points at default.
 */
function namedInDefaultElsewhere(ctx: KubernetesContext): boolean {
  const name = ctx.object.name;
  if (!name || CLUSTER_SCOPED.has(ctx.object.kind)) return false;
  const names = (value: unknown, depth: number): boolean => {
    if (depth > 12 || !value || typeof value !== 'object') return false;
    if (Array.isArray(value)) return value.some((item) => names(item, depth + 1));
    const record = value as Record<string, unknown>;
    if (record.name === name && record.namespace === 'default') return true;
    return Object.values(record).some((item) => names(item, depth + 1));
  };
  return ctx.objects.some((other) => other !== ctx.object && names(other.value, 0));
}

/** Deletes the `namespace: default` line when it stands alone on its line, without a comment to lose. */
function deleteNamespaceLine(ctx: KubernetesContext): TextEdit | undefined {
  const key = ctx.keyRange(['metadata', 'namespace']);
  const line = key.start.line;
  if (!/^\s*namespace:\s*["']?default["']?\s*$/.test(ctx.index.lineText(line))) return undefined;
  const start = ctx.index.positionAt(ctx.index.lineStart(line));
  const end =
    line + 1 < ctx.index.lineCount
      ? ctx.index.positionAt(ctx.index.lineStart(line + 1))
      : ctx.index.positionAt(ctx.index.text.length);
  return { range: { start, end }, newText: '' };
}
