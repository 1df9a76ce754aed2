import { defineKubernetesRule } from '../../../engine/rule';
import { coversCoreGroup, entryPath, grantsVerb, policyRules, ROLE_KINDS } from '../rbac';
import { role } from '../rbac-examples';

export default defineKubernetesRule({
  id: 'no-secret-access-rbac',
  title: {
    en: 'Grant read access only to the Secrets a workload needs',
    ko: '워크로드에 필요한 시크릿만 읽게 하기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['kubernetes-architecture', 'kubernetes-operations'],
  kinds: ROLE_KINDS,
  description: {
    en: '`get`, `list` or `watch` on `secrets` without `resourceNames` reads every Secret in reach: database passwords, TLS keys, registry credentials and the tokens of other service accounts, so holding it is worth holding everything those credentials open. In a ClusterRole it reaches every namespace. (`list` and `watch` return the values too, not only the names.)',
    ko: '`resourceNames` 없이 `secrets`에 대한 `get`, `list`, `watch`를 주면 닿는 모든 시크릿을 읽습니다. 데이터베이스 비밀번호, TLS 키, 레지스트리 자격 증명, 다른 서비스 어카운트의 토큰까지입니다. 그러니 이 권한을 갖는 것은 그 자격 증명이 여는 모든 것을 갖는 것과 같습니다. 클러스터롤이라면 모든 네임스페이스에 닿습니다. (`list`와 `watch`도 이름만이 아니라 값까지 돌려줍니다.)',
  },
  remediation: {
    en: 'Mount the Secrets the workload needs instead of reading them through the API; if it must read them, name them in `resourceNames` with `get` only, in a namespaced Role.',
    ko: 'API로 읽는 대신 워크로드에 필요한 시크릿을 마운트하세요. 꼭 읽어야 한다면 네임스페이스 범위의 롤에서 `resourceNames`로 이름을 적고 `get`만 주세요.',
  },
  exceptions: {
    en: 'Controllers whose job is Secrets (cert-manager, external-secrets, ingress controllers reading TLS certificates) need broad read access; suppress the finding in their manifests with a reason: `cntutor.dev/ignore: no-secret-access-rbac`.',
    ko: '시크릿을 다루는 것이 일인 컨트롤러(cert-manager, external-secrets, TLS 인증서를 읽는 인그레스 컨트롤러)에는 넓은 읽기 권한이 필요합니다. 그 매니페스트에서 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-secret-access-rbac`를 씁니다.',
  },
  peers: {
    kubeLinter: ['access-to-secrets'],
    trivy: ['KSV041', 'KSV113'],
  },
  example: {
    bad: role(['- apiGroups: [""]', '  resources: [secrets]', '  verbs: [get, list]']),
    good: role([
      '- apiGroups: [""]',
      '  resources: [secrets]',
      '  resourceNames: [deployer-registry]',
      '  verbs: [get]',
    ]),
  },
  messages: {
    cluster: {
      en: 'This rule reads every Secret of every namespace ({verbs}).',
      ko: '이 규칙은 모든 네임스페이스의 모든 시크릿을 읽습니다({verbs}).',
    },
    namespace: {
      en: 'This rule reads every Secret of its namespace ({verbs}).',
      ko: '이 규칙은 네임스페이스의 모든 시크릿을 읽습니다({verbs}).',
    },
  },
  check(ctx) {
    for (const rule of policyRules(ctx.object)) {
      // `*` resources are no-wildcard-rbac's finding; named Secrets are the remedy.
      if (!coversCoreGroup(rule) || !rule.resources.includes('secrets') || rule.resourceNames.length > 0) continue;
      if (!grantsVerb(rule, ['get', 'list', 'watch'])) continue;
      const verbs = rule.verbs.filter((verb) => ['get', 'list', 'watch', '*'].includes(verb)).join(', ');
      ctx.report({
        range: ctx.valueRange(entryPath(ctx, rule, 'resources', 'secrets')),
        message: ctx.t(ctx.object.kind === 'ClusterRole' ? 'cluster' : 'namespace', { verbs }),
      });
    }
  },
});
