import type { Locale } from '../../../engine/types';
import { defineKubernetesRule } from '../../../engine/rule';
import { entryPath, policyRules, ROLE_KINDS, type PolicyRule } from '../rbac';
import { role } from '../rbac-examples';

export default defineKubernetesRule({
  id: 'no-wildcard-rbac',
  title: {
    en: 'Name the verbs and resources a role grants, not *',
    ko: '롤이 허용하는 동사와 리소스를 * 대신 이름으로 적기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['kubernetes-architecture', 'kubernetes-operations'],
  kinds: ROLE_KINDS,
  description: {
    en: 'A `*` in a role’s `verbs` or `resources` grants everything that exists now and everything added later: `escalate`, `bind` and `impersonate` among the verbs, Secrets and every custom resource a new operator installs among the resources. Nobody reviewing the role can tell what it really allows, and it grows without anyone changing it.',
    ko: '롤의 `verbs`나 `resources`에 있는 `*`는 지금 있는 모든 것과 나중에 추가될 모든 것을 허용합니다. 동사 중에는 `escalate`, `bind`, `impersonate`가, 리소스 중에는 시크릿과 새 오퍼레이터가 설치하는 모든 사용자 정의 리소스가 들어갑니다. 롤을 검토하는 사람은 실제로 무엇을 허용하는지 알 수 없고, 아무도 고치지 않아도 권한이 늘어납니다.',
  },
  remediation: {
    en: 'List the verbs (`get`, `list`, `watch`, …) and the resources the subject really uses; `kubectl auth can-i --list` or the audit log shows what it calls.',
    ko: '주체가 실제로 쓰는 동사(`get`, `list`, `watch`, …)와 리소스를 나열하세요. `kubectl auth can-i --list`나 감사 로그로 무엇을 호출하는지 볼 수 있습니다.',
  },
  exceptions: {
    en: 'An operator managing the custom resources of its own API group may grant `*` on that group; suppress the finding with a reason: `cntutor.dev/ignore: no-wildcard-rbac`, or `checkov.io/skip1: CKV_K8S_49=<reason>`.',
    ko: '자기 API 그룹의 사용자 정의 리소스를 관리하는 오퍼레이터는 그 그룹에 `*`를 허용할 수 있습니다. 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-wildcard-rbac`나 `checkov.io/skip1: CKV_K8S_49=<이유>`를 씁니다.',
  },
  peers: {
    kubeLinter: ['wildcard-in-rules'],
    trivy: ['KSV044', 'KSV045', 'KSV046', 'KSV112'],
    checkov: ['CKV_K8S_49'],
  },
  example: {
    bad: role(['- apiGroups: [apps]', '  resources: [deployments]', '  verbs: ["*"]']),
    good: role(['- apiGroups: [apps]', '  resources: [deployments]', '  verbs: [get, list, watch, update, patch]']),
  },
  messages: {
    verbs: {
      en: 'This rule grants every verb (*), including {verbs}.',
      ko: '이 규칙은 {verbs|을/를} 포함한 모든 동사(*)를 허용합니다.',
    },
    resources: {
      en: 'This rule grants every resource (*) of its API groups, including ones added later.',
      ko: '이 규칙은 나중에 추가되는 것까지 포함해 API 그룹의 모든 리소스(*)를 허용합니다.',
    },
  },
  check(ctx) {
    for (const rule of policyRules(ctx.object)) {
      for (const field of ['verbs', 'resources'] as const) {
        if (!rule[field].includes('*')) continue;
        const data: Record<string, string> = field === 'verbs' ? { verbs: listOf(notableVerbs(rule), ctx.locale) } : {};
        ctx.report({ range: ctx.valueRange(entryPath(ctx, rule, field, '*')), message: ctx.t(field, data) });
      }
    }
  },
});

/**
 * The verbs worth naming among those `*` grants on the rule's resources: `escalate` and `bind`
 * mean something only on roles and cluster roles, `impersonate` only on users, groups, service
 * accounts and their identities (`userextras/<key>`); `delete` on nearly everything.
 */
function notableVerbs(rule: PolicyRule): string[] {
  const covers = (groups: readonly string[], resources: readonly string[]): boolean =>
    rule.apiGroups.some((group) => group === '*' || groups.includes(group)) &&
    rule.resources.some(
      (resource) => resource === '*' || resources.includes(resource.replace(/^userextras\/.*/, 'userextras')),
    );
  return [
    ...(covers(['rbac.authorization.k8s.io'], ['roles', 'clusterroles']) ? ['escalate', 'bind'] : []),
    ...(covers(['', 'authentication.k8s.io'], ['users', 'groups', 'serviceaccounts', 'uids', 'userextras'])
      ? ['impersonate']
      : []),
    'delete',
  ];
}

/** `a, b and c`; in Korean `a, b, c`. */
function listOf(words: readonly string[], locale: Locale): string {
  if (locale === 'ko' || words.length < 2) return words.join(', ');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
