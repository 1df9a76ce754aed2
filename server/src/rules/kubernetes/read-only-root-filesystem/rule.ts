import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { ALL_ROLES, containersWith, flagAt, isWindowsPod, securityContextRange, securityFlagFix } from '../support';

export default defineKubernetesRule({
  id: 'read-only-root-filesystem',
  title: "Make the container's root filesystem read-only",
  severity: 'info',
  concept: 'immutable-images',
  kinds: WORKLOAD_KINDS,
  description:
    'A container should run exactly the image it was started from. With a writable root filesystem an attacker, or a careless script, can change binaries and configuration inside a running container, and that drift disappears on the next restart. A read-only root keeps the running container identical to its image; data that must be written goes to volumes.',
  remediation:
    'Set `securityContext.readOnlyRootFilesystem: true`, and mount an `emptyDir` volume at each path the program must write (for example `/tmp` or a cache directory).',
  peers: {
    kubeLinter: ['no-read-only-root-fs'],
    kubeScore: ['container-security-context-readonlyrootfilesystem'],
    polaris: ['notReadOnlyRootFilesystem'],
  },
  example: {
    bad: 'containers:\n  - name: web\n    image: nginx:1.27.3',
    good: 'containers:\n  - name: web\n    image: nginx:1.27.3\n    securityContext:\n      readOnlyRootFilesystem: true\n    volumeMounts:\n      - name: tmp\n        mountPath: /tmp',
  },
  messages: {
    missing: {
      en: 'Container "{name}" can write to its root filesystem; set readOnlyRootFilesystem to true and mount volumes where it must write.',
      ko: '컨테이너 "{name}"가 루트 파일 시스템에 쓸 수 있습니다. readOnlyRootFilesystem을 true로 설정하고 써야 하는 경로에는 볼륨을 마운트하세요.',
    },
    writable: {
      en: 'Container "{name}" explicitly keeps a writable root filesystem.',
      ko: '컨테이너 "{name}"가 루트 파일 시스템을 명시적으로 쓰기 가능하게 둡니다.',
    },
    fix: {
      en: 'Set readOnlyRootFilesystem to true',
      ko: 'readOnlyRootFilesystem을 true로 설정',
    },
  },
  fixable: true,
  fixChangesBehaviour: true,
  check(ctx) {
    if (isWindowsPod(ctx)) return;
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const path = [...container.path, 'securityContext', 'readOnlyRootFilesystem'];
      const flag = flagAt(ctx, path);
      if (flag?.value === true) continue;
      const fix = securityFlagFix(ctx, container, 'readOnlyRootFilesystem', true, ctx.t('fix'));
      ctx.report({
        range: flag ? ctx.valueRange(path) : securityContextRange(ctx, container),
        message: ctx.t(flag ? 'writable' : 'missing', { name: container.name }),
        ...(fix ? { fix } : {}),
      });
    }
  },
});
