import { defineKubernetesRule } from '../../../engine/rule';
import { coversCoreGroup, entryPath, grantsVerb, policyRules, ROLE_KINDS } from '../rbac';
import { role } from '../rbac-examples';

const EXEC_RESOURCES = ['pods/exec', 'pods/attach', 'pods/*'];

export default defineKubernetesRule({
  id: 'no-pod-exec-rbac',
  title: {
    en: 'Grant pods/exec and pods/attach only to people who debug',
    ko: '`pods/exec`와 `pods/attach`는 디버깅하는 사람에게만 허용하기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['kubernetes-architecture', 'kubernetes-operations'],
  kinds: ROLE_KINDS,
  description: {
    en: '`create` on `pods/exec` or `pods/attach` opens a shell in any pod the role reaches: the holder can read that pod’s mounted Secrets and service account token and act as it. Granted to a service account, it turns one compromised pod into all of them; in a ClusterRole, into every pod of the cluster.',
    ko: '`pods/exec`나 `pods/attach`에 대한 `create`는 롤이 닿는 모든 파드에서 셸을 엽니다. 권한을 가진 주체는 그 파드에 마운트된 시크릿과 서비스 어카운트 토큰을 읽고 그 파드로 행동할 수 있습니다. 서비스 어카운트에 부여하면 침해된 파드 하나가 전부로 번지고, 클러스터롤이라면 클러스터의 모든 파드로 번집니다.',
  },
  remediation: {
    en: 'Remove `pods/exec` and `pods/attach` from roles that workloads use; give them to people through a separate, namespaced role, and prefer `kubectl debug` with ephemeral containers.',
    ko: '워크로드가 쓰는 롤에서 `pods/exec`와 `pods/attach`를 지우세요. 사람에게는 네임스페이스 범위의 별도 롤로 주고, 에페메럴 컨테이너와 `kubectl debug`를 쓰는 편이 좋습니다.',
  },
  exceptions: {
    en: 'Roles meant for on-call engineers, and tools whose job is to run commands in pods (CI runners that exec into build pods), need it; suppress the finding with a reason: `cntutor.dev/ignore: no-pod-exec-rbac`, or `polaris.fairwinds.com/rolePodExecAttach-exempt: "true"`.',
    ko: '당직 엔지니어용 롤이나 파드 안에서 명령을 실행하는 것이 일인 도구(빌드 파드에 exec하는 CI 러너)에는 필요합니다. 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-pod-exec-rbac`나 `polaris.fairwinds.com/rolePodExecAttach-exempt: "true"`를 씁니다.',
  },
  peers: {
    polaris: [
      'clusterrolePodExecAttach',
      'rolePodExecAttach',
      'clusterrolebindingPodExecAttach',
      'rolebindingClusterRolePodExecAttach',
      'rolebindingRolePodExecAttach',
    ],
    trivy: ['KSV053', 'KSV054'],
  },
  example: {
    bad: role(['- apiGroups: [""]', '  resources: [pods, pods/exec]', '  verbs: [get, list, create]']),
    good: role(['- apiGroups: [""]', '  resources: [pods, pods/log]', '  verbs: [get, list]']),
  },
  messages: {
    exec: {
      en: 'This rule lets its holder run commands in pods ({resource}): every Secret and token those pods hold comes with it.',
      ko: '이 규칙은 권한을 가진 주체가 파드 안에서 명령을 실행하게 합니다({resource}). 그 파드가 가진 모든 시크릿과 토큰이 함께 넘어갑니다.',
    },
  },
  check(ctx) {
    // Before 1.35 a WebSocket session (kubectl's default transport) needed only `get`; from 1.35 the
    // API server asks for `create` on both transports.
    const minor = Number(/^\d+\.(\d+)/.exec(ctx.config.kubernetesVersion)?.[1] ?? Infinity);
    const verbs = minor >= 35 ? ['create'] : ['create', 'get'];
    for (const rule of policyRules(ctx.object)) {
      // `*` resources are no-wildcard-rbac's finding.
      if (!coversCoreGroup(rule) || !grantsVerb(rule, verbs)) continue;
      for (const resource of rule.resources.filter((r) => EXEC_RESOURCES.includes(r))) {
        ctx.report({
          range: ctx.valueRange(entryPath(ctx, rule, 'resources', resource)),
          message: ctx.t('exec', { resource }),
        });
      }
    }
  },
});
