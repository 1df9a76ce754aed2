import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { ALL_ROLES, containersWith, flagAt, isWindowsPod, securityContextRange, securityFlagFix } from '../support';
import { containerWith, deployment, securityContextWith } from '../example-files';
import { isPartialObject } from '../partial';

export default defineKubernetesRule({
  id: 'read-only-root-filesystem',
  title: {
    en: "Make the container's root filesystem read-only",
    ko: '컨테이너의 루트 파일 시스템을 읽기 전용으로 하기',
  },
  severity: 'info',
  concept: 'immutable-images',
  topics: ['union-filesystem', 'containers'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'A container should run exactly the image it was started from. With a writable root filesystem an attacker, or a careless script, can change binaries and configuration inside a running container, and that drift disappears on the next restart. A read-only root keeps the running container identical to its image; data that must be written goes to volumes.',
    ko: '컨테이너는 시작할 때의 이미지를 정확히 그대로 실행해야 합니다. 루트 파일 시스템에 쓸 수 있으면 공격자나 부주의한 스크립트가 실행 중인 컨테이너 안의 바이너리와 설정을 바꿀 수 있고, 그 변경은 다음 재시작 때 사라집니다. 읽기 전용 루트는 실행 중인 컨테이너를 이미지와 똑같이 유지하며, 써야 하는 데이터는 볼륨으로 갑니다.',
  },
  remediation: {
    en: 'Set `securityContext.readOnlyRootFilesystem: true`, and mount an `emptyDir` volume at each path the program must write (for example `/tmp` or a cache directory).',
    ko: '`securityContext.readOnlyRootFilesystem: true`를 설정하고, 프로그램이 써야 하는 경로(예: `/tmp`나 캐시 디렉터리)마다 `emptyDir` 볼륨을 마운트하세요.',
  },
  peers: {
    kubeLinter: ['no-read-only-root-fs'],
    kubeScore: ['container-security-context-readonlyrootfilesystem'],
    polaris: ['notReadOnlyRootFilesystem'],
    trivy: ['KSV014'],
    checkov: ['CKV_K8S_22'],
  },
  example: {
    bad: deployment({
      container: containerWith({ securityContext: securityContextWith({ readOnlyRootFilesystem: undefined }) }),
    }),
    good: deployment({
      container: containerWith({ volumeMounts: ['volumeMounts:', '  - { name: tmp, mountPath: /tmp }'] }),
      pod: ['volumes:', '  - { name: tmp, emptyDir: {} }'],
    }),
  },
  messages: {
    missing: {
      en: 'Container "{name}" can write to its root filesystem; set readOnlyRootFilesystem to true and mount volumes where it must write.',
      ko: '컨테이너 "{name}"{이/가} 루트 파일 시스템에 쓸 수 있습니다. readOnlyRootFilesystem을 true로 설정하고 써야 하는 경로에는 볼륨을 마운트하세요.',
    },
    writable: {
      en: 'Container "{name}" explicitly keeps a writable root filesystem.',
      ko: '컨테이너 "{name}"{이/가} 루트 파일 시스템을 명시적으로 쓰기 가능하게 둡니다.',
    },
    fix: {
      en: 'Set readOnlyRootFilesystem to true',
      ko: 'readOnlyRootFilesystem을 true로 설정',
    },
  },
  fix: 'unsafe',
  check(ctx) {
    // A kustomize patch leaves out what its base sets; an absent setting says nothing there.
    if (isPartialObject(ctx)) return;
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
