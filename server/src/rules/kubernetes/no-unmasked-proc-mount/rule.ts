import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { containerWith, deployment, securityContextWith } from '../example-files';
import { ALL_ROLES, containersWith, isWindowsPod } from '../support';
import { stringAt } from '../security-context';

export default defineKubernetesRule({
  id: 'no-unmasked-proc-mount',
  title: {
    en: 'Keep /proc masked in containers',
    ko: '컨테이너의 /proc를 가려 두기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'linux-filesystem'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'The runtime hides the dangerous parts of `/proc` from every container (`/proc/kcore`, `/proc/sysrq-trigger`, kernel keys and timers) and mounts others read-only. `procMount: Unmasked` removes those masks, so the container sees and may change the node’s kernel through them. The baseline Pod Security Standard forbids it.',
    ko: '런타임은 모든 컨테이너에서 `/proc`의 위험한 부분(`/proc/kcore`, `/proc/sysrq-trigger`, 커널 키와 타이머)을 가리고 나머지 일부를 읽기 전용으로 마운트합니다. `procMount: Unmasked`는 이 가림을 없애므로, 컨테이너가 그것을 통해 노드의 커널을 보고 바꿀 수 있습니다. 파드 시큐리티 스탠다드의 기본(baseline) 프로필은 이를 금지합니다.',
  },
  remediation: {
    en: 'Remove `procMount` or set it to `Default`.',
    ko: '`procMount`를 지우거나 `Default`로 설정하세요.',
  },
  exceptions: {
    en: 'Building or running containers inside a container (nested, rootless builds) needs an unmasked `/proc`, and then only in a pod with its own user namespace (`hostUsers: false`). Suppress the finding there with a reason: `cntutor.dev/ignore: no-unmasked-proc-mount`.',
    ko: '컨테이너 안에서 컨테이너를 빌드하거나 실행하는 경우(중첩, rootless 빌드)에는 가리지 않은 `/proc`가 필요하며, 그것도 자체 사용자 네임스페이스를 가진 파드(`hostUsers: false`)에서만 허용됩니다. 그곳에서 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-unmasked-proc-mount`를 씁니다.',
  },
  peers: {
    kubeLinter: ['unsafe-proc-mount'],
    polaris: ['procMount'],
    pss: ['proc-mount'],
    trivy: ['KSV027'],
  },
  example: {
    bad: deployment({
      pod: ['hostUsers: false'],
      container: containerWith({ securityContext: securityContextWith({ procMount: 'Unmasked' }) }),
    }),
    good: deployment({ pod: ['hostUsers: false'] }),
  },
  messages: {
    unmasked: {
      en: 'Container "{name}" sees /proc unmasked: the kernel interfaces the runtime hides are open to it.',
      ko: '컨테이너 "{name}"{이/가} 가리지 않은 /proc를 봅니다. 런타임이 숨기는 커널 인터페이스가 열려 있습니다.',
    },
    fix: {
      en: 'Set procMount to Default',
      ko: 'procMount를 Default로 설정',
    },
  },
  fix: 'unsafe',
  check(ctx) {
    if (isWindowsPod(ctx)) return;
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const path = [...container.path, 'securityContext', 'procMount'];
      if (stringAt(ctx, path) !== 'Unmasked') continue;
      const node = ctx.node(path);
      const edit = node ? replaceNode(ctx.index, node, 'Default') : undefined;
      ctx.report({
        range: ctx.valueRange(path),
        message: ctx.t('unmasked', { name: container.name }),
        ...(edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {}),
      });
    }
  },
});
