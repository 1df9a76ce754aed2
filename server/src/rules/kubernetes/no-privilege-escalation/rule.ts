import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { ALL_ROLES, containersWith, flagAt, isWindowsPod, securityContextRange, securityFlagFix } from '../support';
import { containerWith, deployment, securityContextWith } from '../example-files';
import { isPartialObject } from '../partial';
import { effectiveSetting, integerAt } from '../security-context';

/** With this capability the API server refuses `allowPrivilegeEscalation: false`, so no fix is offered. */
const SYS_ADMIN = /^(CAP_)?SYS_ADMIN$/i;

export default defineKubernetesRule({
  id: 'no-privilege-escalation',
  title: {
    en: 'Forbid privilege escalation in containers',
    ko: '컨테이너의 권한 상승 막기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'linux-filesystem'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'Unless `allowPrivilegeEscalation` is `false`, a process in the container can gain more privileges than it started with, through setuid binaries such as `sudo` or file capabilities. Turning it off (the `no_new_privs` flag) costs nothing for almost every application and closes a common path from a compromised app to root.',
    ko: '`allowPrivilegeEscalation`이 `false`가 아니면 컨테이너 안의 프로세스는 `sudo` 같은 setuid 바이너리나 파일 케이퍼빌리티를 통해 시작할 때보다 큰 권한을 얻을 수 있습니다. 이를 끄는 것(`no_new_privs` 플래그)은 거의 모든 애플리케이션에 비용이 없고, 침해된 앱이 root로 가는 흔한 길을 막습니다.',
  },
  remediation: {
    en: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
    ko: '모든 컨테이너에 `securityContext.allowPrivilegeEscalation: false`를 설정하세요.',
  },
  exceptions: {
    en: "A program that gains a capability from its own file (`setcap cap_net_bind_service=+ep`) needs escalation allowed: ingress-nginx's controller binds ports 80 and 443 as user 101 that way, and with `false` it cannot start. Keep `true` there, drop every other capability, and suppress the finding with `cntutor.dev/ignore: no-privilege-escalation` and the reason. The quick fix is not offered to a container that adds a capability and runs as a non-root user.",
    ko: '자기 파일의 capability(`setcap cap_net_bind_service=+ep`)로 권한을 얻는 프로그램은 권한 상승이 허용되어야 합니다. ingress-nginx 컨트롤러는 그렇게 사용자 101로 80, 443 포트를 엽니다. `false`로 두면 시작하지 못합니다. 이럴 때는 `true`를 유지하고 다른 capability는 모두 빼고, `cntutor.dev/ignore: no-privilege-escalation`과 이유를 적어 결과를 숨기세요. capability를 추가하고 root가 아닌 사용자로 실행되는 컨테이너에는 빠른 수정을 제안하지 않습니다.',
  },
  peers: {
    kubeLinter: ['privilege-escalation-container'],
    polaris: ['privilegeEscalationAllowed'],
    pss: ['privilege-escalation'],
    trivy: ['KSV001'],
    checkov: ['CKV_K8S_20'],
  },
  example: {
    bad: deployment({
      container: containerWith({ securityContext: securityContextWith({ allowPrivilegeEscalation: undefined }) }),
    }),
    good: deployment(),
  },
  messages: {
    missing: {
      en: 'Container "{name}" does not forbid privilege escalation: set allowPrivilegeEscalation to false.',
      ko: '컨테이너 "{name}"{이/가} 권한 상승을 막지 않습니다. allowPrivilegeEscalation을 false로 설정하세요.',
    },
    allowed: {
      en: 'Container "{name}" explicitly allows privilege escalation.',
      ko: '컨테이너 "{name}"{이/가} 권한 상승을 명시적으로 허용합니다.',
    },
    fix: {
      en: 'Set allowPrivilegeEscalation to false',
      ko: 'allowPrivilegeEscalation을 false로 설정',
    },
  },
  fix: 'unsafe',
  check(ctx) {
    // A kustomize patch leaves out what its base sets; an absent setting says nothing there.
    if (isPartialObject(ctx)) return;
    if (isWindowsPod(ctx)) return;
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const context = [...container.path, 'securityContext'];
      // A privileged container always escalates; no-privileged-container reports that one.
      if (flagAt(ctx, [...context, 'privileged'])?.value === true) continue;
      const path = [...context, 'allowPrivilegeEscalation'];
      const flag = flagAt(ctx, path);
      if (flag?.value === false) continue;
      const added = container.value.securityContext;
      const capabilities = (added as { capabilities?: { add?: unknown } } | undefined)?.capabilities?.add;
      const adds = Array.isArray(capabilities) ? capabilities.filter((c): c is string => typeof c === 'string') : [];
      // A non-root process gets an added capability only by running a file that carries it (setcap),
      // which no_new_privs forbids: ingress-nginx's controller binds port 80 as user 101 that way.
      const user = effectiveSetting(ctx, container, 'runAsUser', integerAt).value;
      const needsEscalation =
        adds.some((c) => SYS_ADMIN.test(c)) || (adds.length > 0 && user !== undefined && user > 0);
      const fix = needsEscalation
        ? undefined
        : securityFlagFix(ctx, container, 'allowPrivilegeEscalation', false, ctx.t('fix'));
      ctx.report({
        range: flag ? ctx.valueRange(path) : securityContextRange(ctx, container),
        message: ctx.t(flag ? 'allowed' : 'missing', { name: container.name }),
        ...(fix ? { fix } : {}),
      });
    }
  },
});
