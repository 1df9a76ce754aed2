import { defineKubernetesRule } from '../../../engine/rule';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import type { Path } from '../../../engine/kubernetes/parse';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { deployment } from '../example-files';
import { ALL_ROLES, containersWith, isWindowsPod } from '../support';
import { stringAt } from '../security-context';

/** The SELinux types the baseline Pod Security Standard allows: the confined container domains. */
const CONTAINER_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

export default defineKubernetesRule({
  id: 'no-custom-selinux-options',
  title: {
    en: 'Keep containers in the SELinux container domain',
    ko: '컨테이너를 SELinux 컨테이너 도메인에 두기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'linux-filesystem'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'On SELinux nodes (Red Hat, Fedora, OpenShift) the runtime labels each container `container_t`, a domain that may touch only its own files. Another `type` (such as `spc_t`, the "super privileged container"), or a custom SELinux `user` or `role`, takes the container out of that domain and lets it read and write the node’s files as its Linux user allows. The baseline Pod Security Standard forbids it; the `level` (the MCS categories that keep pods apart) is fine to set.',
    ko: 'SELinux 노드(Red Hat, Fedora, OpenShift)에서 런타임은 각 컨테이너에 자기 파일만 만질 수 있는 도메인인 `container_t` 레이블을 붙입니다. 다른 `type`(예: `super privileged container`인 `spc_t`)이나 사용자 정의 SELinux `user`, `role`은 컨테이너를 그 도메인 밖으로 꺼내, 리눅스 사용자가 허락하는 만큼 노드의 파일을 읽고 쓰게 합니다. 파드 시큐리티 스탠다드의 기본(baseline) 프로필은 이를 금지합니다. 파드끼리를 떼어 놓는 MCS 카테고리인 `level`은 설정해도 됩니다.',
  },
  remediation: {
    en: 'Remove `seLinuxOptions.type`, `user` and `role` (keep `level` if you need it), or use one of the container types: `container_t`, `container_init_t`, `container_kvm_t`, `container_engine_t`.',
    ko: '`seLinuxOptions.type`, `user`, `role`을 지우거나(필요하면 `level`은 남기세요), 컨테이너 타입 `container_t`, `container_init_t`, `container_kvm_t`, `container_engine_t` 중 하나를 쓰세요.',
  },
  exceptions: {
    en: 'Node agents on SELinux distributions (log collectors reading the node’s logs, CSI node plugins) are often shipped with `type: spc_t`. Keep it in their vendor’s manifests and suppress the finding with a reason: `cntutor.dev/ignore: no-custom-selinux-options`.',
    ko: 'SELinux 배포판의 노드 에이전트(노드 로그를 읽는 로그 수집기, CSI 노드 플러그인)는 흔히 `type: spc_t`로 배포됩니다. 공급자의 매니페스트에서는 그대로 두고 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-custom-selinux-options`를 씁니다.',
  },
  peers: {
    pss: ['selinux'],
    trivy: ['KSV025'],
  },
  example: {
    bad: deployment({ pod: ['securityContext:', '  seLinuxOptions: { type: spc_t }'] }),
    good: deployment({ pod: ['securityContext:', '  seLinuxOptions: { level: "s0:c123,c456" }'] }),
  },
  messages: {
    podType: {
      en: 'The pod runs its containers in the SELinux type {value}, outside the container domain.',
      ko: '파드가 컨테이너를 컨테이너 도메인 밖의 SELinux 타입 {value}에서 실행합니다.',
    },
    type: {
      en: 'Container "{name}" runs in the SELinux type {value}, outside the container domain.',
      ko: '컨테이너 "{name}"{이/가} 컨테이너 도메인 밖의 SELinux 타입 {value}에서 실행됩니다.',
    },
    podIdentity: {
      en: 'The pod sets a custom SELinux {field} ({value}) for its containers.',
      ko: '파드가 컨테이너에 사용자 정의 SELinux {field}({value}){을/를} 설정합니다.',
    },
    identity: {
      en: 'Container "{name}" sets a custom SELinux {field} ({value}).',
      ko: '컨테이너 "{name}"{이/가} 사용자 정의 SELinux {field}({value}){을/를} 설정합니다.',
    },
  },
  check(ctx) {
    const spec = ctx.podSpecPath();
    if (!spec || isWindowsPod(ctx)) return;
    checkOptions(ctx, [...spec, 'securityContext', 'seLinuxOptions'], undefined);
    for (const container of containersWith(ctx, ALL_ROLES)) {
      checkOptions(ctx, [...container.path, 'securityContext', 'seLinuxOptions'], container.name);
    }
  },
});

function checkOptions(ctx: KubernetesContext, options: Path, name: string | undefined): void {
  const type = stringAt(ctx, [...options, 'type']);
  if (type !== undefined && !CONTAINER_TYPES.has(type)) {
    ctx.report({
      range: ctx.valueRange([...options, 'type']),
      message: ctx.t(name === undefined ? 'podType' : 'type', { name: name ?? '', value: type }),
    });
  }
  for (const field of ['user', 'role']) {
    const value = stringAt(ctx, [...options, field]);
    if (!value) continue;
    ctx.report({
      range: ctx.valueRange([...options, field]),
      message: ctx.t(name === undefined ? 'podIdentity' : 'identity', { name: name ?? '', field, value }),
    });
  }
}
