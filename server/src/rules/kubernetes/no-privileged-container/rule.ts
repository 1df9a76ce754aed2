import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { ALL_ROLES, flagAt, containersWith, securityFlagFix } from '../support';

export default defineKubernetesRule({
  id: 'no-privileged-container',
  title: {
    en: 'Do not run privileged containers',
    ko: '특권 컨테이너 실행하지 않기',
  },
  severity: 'error',
  concept: 'least-privilege',
  topics: ['containers', 'virtualization'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: "A privileged container gets every Linux capability and the host's devices: a process that escapes it owns the node and every pod on it. Almost no application needs this; the few system agents that do should ask for single capabilities instead.",
    ko: '특권 컨테이너는 모든 리눅스 케이퍼빌리티와 호스트의 장치를 받습니다. 그곳을 벗어난 프로세스는 노드와 그 위의 모든 파드를 손에 넣습니다. 이것이 필요한 애플리케이션은 거의 없고, 필요한 소수의 시스템 에이전트도 개별 케이퍼빌리티를 요청하는 편이 낫습니다.',
  },
  remediation: {
    en: 'Remove `privileged: true`, or set it to `false`. If the process needs one kernel feature, add only that capability under `securityContext.capabilities.add`.',
    ko: '`privileged: true`를 지우거나 `false`로 설정하세요. 커널 기능 하나가 필요하다면 그 케이퍼빌리티만 `securityContext.capabilities.add`에 추가하세요.',
  },
  peers: {
    kubeLinter: ['privileged-container'],
    kubeScore: ['container-security-context-privileged'],
    polaris: ['runAsPrivileged'],
  },
  example: {
    bad: 'securityContext:\n  privileged: true',
    good: 'securityContext:\n  privileged: false\n  capabilities:\n    add: ["NET_BIND_SERVICE"]',
  },
  messages: {
    privileged: {
      en: 'Container "{name}" runs privileged: it has full access to the node.',
      ko: '컨테이너 "{name}"가 특권(privileged) 모드로 실행되어 노드 전체에 접근할 수 있습니다.',
    },
    fix: {
      en: 'Set privileged and allowPrivilegeEscalation to false',
      ko: 'privileged와 allowPrivilegeEscalation을 false로 설정',
    },
  },
  fix: 'unsafe',
  check(ctx) {
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const flag = flagAt(ctx, [...container.path, 'securityContext', 'privileged']);
      if (flag?.value !== true) continue;
      const edit = replaceNode(ctx.index, flag.node, 'false');
      // A privileged container escalates by definition, so no-privilege-escalation stays quiet about
      // it; once it is not privileged, escalation must be forbidden too or that rule fires next.
      const escalation = flagAt(ctx, [...container.path, 'securityContext', 'allowPrivilegeEscalation']);
      const forbid =
        escalation?.value === false
          ? undefined
          : securityFlagFix(ctx, container, 'allowPrivilegeEscalation', false, ctx.t('fix'));
      const complete = edit && (escalation?.value === false || forbid);
      ctx.report({
        range: ctx.valueRange([...container.path, 'securityContext', 'privileged']),
        message: ctx.t('privileged', { name: container.name }),
        ...(complete ? { fix: { title: ctx.t('fix'), edits: [edit, ...(forbid?.edits ?? [])] } } : {}),
      });
    }
  },
});
