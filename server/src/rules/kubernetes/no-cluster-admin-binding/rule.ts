import { defineKubernetesRule } from '../../../engine/rule';
import { get } from '../../../engine/kubernetes/workloads';
import { BINDING_KINDS, boundRole, grantsEverything, subjectsOf, type Subject } from '../rbac';
import { binding, role } from '../rbac-examples';

/** Groups every pod or every caller belongs to: granting them anything grants it to all. */
const EVERYONE = new Set(['system:authenticated', 'system:unauthenticated', 'system:serviceaccounts']);

export default defineKubernetesRule({
  id: 'no-cluster-admin-binding',
  title: {
    en: 'Do not bind cluster-admin, or any role that allows everything',
    ko: 'cluster-admin이나 모든 것을 허용하는 롤을 바인딩하지 않기',
  },
  severity: 'error',
  concept: 'least-privilege',
  topics: ['kubernetes-architecture', 'kubernetes-operations'],
  kinds: BINDING_KINDS,
  description: {
    en: '`cluster-admin` (or any role granting `*` verbs on `*` resources) may do everything: read every Secret, run any pod on any node, change RBAC itself. Whoever holds the binding owns the cluster; when the subject is a service account, so does anyone who breaks into one of its pods, and a binding to a namespace’s `default` service account hands it to every pod there that names no other.',
    ko: '`cluster-admin`(또는 `*` 리소스에 `*` 동사를 허용하는 롤)은 무엇이든 할 수 있습니다. 모든 시크릿을 읽고, 어느 노드에서든 어떤 파드든 실행하며, RBAC 자체를 바꿉니다. 이 바인딩을 가진 주체가 클러스터를 소유하게 되고, 주체가 서비스 어카운트라면 그 파드 하나에 침입한 사람도 마찬가지입니다. 네임스페이스의 `default` 서비스 어카운트에 바인딩하면 그곳에서 다른 서비스 어카운트를 지정하지 않은 모든 파드가 이 권한을 갖습니다.',
  },
  remediation: {
    en: 'Write a Role (or ClusterRole) that lists only the resources and verbs the subject uses and bind that instead; for people, prefer the built-in `admin`, `edit` or `view` roles in their namespaces.',
    ko: '주체가 쓰는 리소스와 동사만 나열한 롤(또는 클러스터롤)을 만들어 그것을 바인딩하세요. 사람에게는 해당 네임스페이스에서 기본 제공 `admin`, `edit`, `view` 롤을 쓰는 편이 좋습니다.',
  },
  exceptions: {
    en: 'A cluster’s break-glass administrators, and a few installers that manage the whole cluster, are bound to cluster-admin on purpose. Keep that binding in one reviewed place and suppress the finding with a reason: `cntutor.dev/ignore: no-cluster-admin-binding`, or `polaris.fairwinds.com/clusterrolebindingClusterAdmin-exempt: "true"`.',
    ko: '클러스터의 비상용 관리자와 클러스터 전체를 관리하는 몇몇 설치 도구는 일부러 cluster-admin에 바인딩됩니다. 그 바인딩은 검토된 한 곳에 두고 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-cluster-admin-binding`이나 `polaris.fairwinds.com/clusterrolebindingClusterAdmin-exempt: "true"`를 씁니다.',
  },
  peers: {
    kubeLinter: ['cluster-admin-role-binding'],
    polaris: ['clusterrolebindingClusterAdmin', 'rolebindingClusterAdminClusterRole', 'rolebindingClusterAdminRole'],
    trivy: ['KSV111'],
  },
  example: {
    bad: binding('{ apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }'),
    good: [
      role(['- apiGroups: [apps]', '  resources: [deployments]', '  verbs: [get, list, watch, update, patch]']),
      binding('{ apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer }'),
    ].join('---\n'),
  },
  messages: {
    defaultAccount: {
      en: 'This binding makes the default service account of namespace {namespace} an administrator of {scope}: every pod there that names no service account gets it.',
      ko: '이 바인딩은 네임스페이스 {namespace}의 기본 서비스 어카운트를 {scope}의 관리자로 만듭니다. 그곳에서 서비스 어카운트를 지정하지 않은 모든 파드가 이 권한을 갖습니다.',
    },
    serviceAccount: {
      en: 'This binding makes the service account {subject} an administrator of {scope}: breaking into one of its pods is enough to own it.',
      ko: '이 바인딩은 서비스 어카운트 {subject|을/를} {scope}의 관리자로 만듭니다. 그 파드 하나에 침입하면 전부를 손에 넣습니다.',
    },
    everyone: {
      en: 'This binding makes everyone in {subject} an administrator of {scope}.',
      ko: '이 바인딩은 {subject}에 속한 모두를 {scope}의 관리자로 만듭니다.',
    },
    subject: {
      en: 'This binding makes {subject} an administrator of {scope}: grant a role with only the permissions needed.',
      ko: '이 바인딩은 {subject|을/를} {scope}의 관리자로 만듭니다. 필요한 권한만 가진 롤을 부여하세요.',
    },
    theCluster: { en: 'the whole cluster', ko: '클러스터 전체' },
    theNamespace: { en: 'namespace {namespace}', ko: '네임스페이스 {namespace}' },
  },
  check(ctx) {
    const roleName = get(ctx.object.value, 'roleRef', 'name');
    const roleKind = get(ctx.object.value, 'roleRef', 'kind');
    if (typeof roleName !== 'string') return;
    const bound = boundRole(ctx);
    const admin = (roleKind === 'ClusterRole' && roleName === 'cluster-admin') || (bound && grantsEverything(bound));
    if (!admin) return;
    const namespace = ctx.object.namespace ?? 'default';
    const scope = ctx.object.kind === 'ClusterRoleBinding' ? ctx.t('theCluster') : ctx.t('theNamespace', { namespace });
    const subjects = subjectsOf(ctx.object);
    const worst = pickWorst(subjects);
    const range = ctx.valueRange(['roleRef', 'name']);
    if (!worst) {
      ctx.report({ range, message: ctx.t('subject', { subject: roleName, scope }) });
      return;
    }
    const subjectNamespace = worst.namespace ?? namespace;
    if (worst.kind === 'ServiceAccount' && worst.name === 'default') {
      ctx.report({ range, message: ctx.t('defaultAccount', { namespace: subjectNamespace, scope }) });
    } else if (worst.kind === 'ServiceAccount') {
      ctx.report({ range, message: ctx.t('serviceAccount', { subject: `${subjectNamespace}/${worst.name}`, scope }) });
    } else if (EVERYONE.has(worst.name) || worst.name.startsWith('system:serviceaccounts:')) {
      ctx.report({ range, message: ctx.t('everyone', { subject: worst.name, scope }) });
    } else {
      ctx.report({ range, message: ctx.t('subject', { subject: `${worst.kind} ${worst.name}`, scope }) });
    }
  },
});

/** The subject whose binding teaches the most: everyone, then the default account, then any account. */
function pickWorst(subjects: readonly Subject[]): Subject | undefined {
  const rank = (s: Subject): number => {
    if (s.kind === 'Group' && (EVERYONE.has(s.name) || s.name.startsWith('system:serviceaccounts:'))) return 0;
    if (s.kind === 'ServiceAccount' && s.name === 'default') return 1;
    if (s.kind === 'ServiceAccount') return 2;
    return 3;
  };
  return [...subjects].sort((a, b) => rank(a) - rank(b))[0];
}
