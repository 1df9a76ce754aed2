import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { containerWith, deployment, securityContextWith } from '../example-files';
import { ALL_ROLES, flagAt, containersWith, securityFlagFix } from '../support';
import { capabilityEntries } from '../security-context';
import { bidirectionalMounts } from '../pod-volumes';

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
  exceptions: {
    en: "Some node-level software must be privileged: CNI network plugins that program the node's network, storage and CSI node plugins that mount volumes for other pods, device plugins, and some monitoring or security agents. They run as DaemonSets, usually in a system namespace, from their vendor's manifests. For those, suppress the finding with a reason: the annotation `cntutor.dev/ignore: no-privileged-container` on the DaemonSet (with a comment saying why), or the peer annotations already there (`ignore-check.kube-linter.io/privileged-container`, `polaris.fairwinds.com/runAsPrivileged-exempt: \"true\"`, `checkov.io/skip1: CKV_K8S_16=<reason>`). An application's Deployment is never one of these.",
    ko: '노드 수준 소프트웨어 중에는 특권이 꼭 필요한 것이 있습니다. 노드의 네트워크를 설정하는 CNI 네트워크 플러그인, 다른 파드를 위해 볼륨을 마운트하는 스토리지·CSI 노드 플러그인, 디바이스 플러그인, 일부 모니터링·보안 에이전트입니다. 이들은 보통 시스템 네임스페이스에서 공급자의 매니페스트로 데몬셋으로 실행됩니다. 이런 경우에는 이유와 함께 결과를 숨기세요. 데몬셋에 `cntutor.dev/ignore: no-privileged-container` 어노테이션을 달고 이유를 주석으로 적거나, 이미 있는 다른 도구의 어노테이션(`ignore-check.kube-linter.io/privileged-container`, `polaris.fairwinds.com/runAsPrivileged-exempt: "true"`, `checkov.io/skip1: CKV_K8S_16=<이유>`)을 씁니다. 애플리케이션의 디플로이먼트는 여기에 해당하지 않습니다.',
  },
  peers: {
    kubeLinter: ['privileged-container'],
    kubeScore: ['container-security-context-privileged'],
    polaris: ['runAsPrivileged'],
    pss: ['privileged-containers'],
    trivy: ['KSV017'],
    checkov: ['CKV_K8S_16'],
  },
  example: {
    bad: deployment({
      container: containerWith({
        securityContext: securityContextWith({ privileged: 'true', allowPrivilegeEscalation: undefined }),
      }),
    }),
    good: deployment({
      container: containerWith({
        securityContext: securityContextWith({ capabilities: '{ drop: [ALL], add: [NET_BIND_SERVICE] }' }),
      }),
    }),
  },
  messages: {
    privileged: {
      en: 'Container "{name}" runs privileged: it has full access to the node.',
      ko: '컨테이너 "{name}"{이/가} 특권(privileged) 모드로 실행되어 노드 전체에 접근할 수 있습니다.',
    },
    contradiction: {
      en: 'Container "{name}" is privileged and forbids privilege escalation: the API server rejects this pair. Drop privileged.',
      ko: '컨테이너 "{name}"{이/가} 특권 모드이면서 권한 상승을 막습니다. API 서버는 이 조합을 거부합니다. privileged를 빼세요.',
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
      // The API server refuses allowPrivilegeEscalation: false beside SYS_ADMIN, so no fix can be complete there.
      const sysAdmin = capabilityEntries(ctx, container, 'add').some((entry) => entry.name === 'SYS_ADMIN');
      // Nor does it take Bidirectional mount propagation (CSI node plugins) in an unprivileged container.
      const edit =
        sysAdmin || bidirectionalMounts(container).length > 0 ? undefined : replaceNode(ctx.index, flag.node, 'false');
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
        message: ctx.t(escalation?.value === false ? 'contradiction' : 'privileged', { name: container.name }),
        ...(complete ? { fix: { title: ctx.t('fix'), edits: [edit, ...(forbid?.edits ?? [])] } } : {}),
      });
    }
  },
});
