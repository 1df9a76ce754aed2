import { isMap, isScalar } from 'yaml';
import { defineKubernetesRule } from '../../../engine/rule';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { podMetadataPath, WORKLOAD_KINDS, type ContainerRef } from '../../../engine/kubernetes/workloads';
import { insertIntoMap, replaceNode } from '../../../engine/kubernetes/yaml-edit';
import type { Fix, Range } from '../../../engine/types';
import { containerWith, deployment, securityContextWith } from '../example-files';
import { ALL_ROLES, containersWith, isWindowsPod, securityContextRange } from '../support';
import { effectiveSetting, podSpecFix, stringAt } from '../security-context';
import { isPartialObject } from '../partial';

/** The annotation seccomp was set with before the field existed; Kubernetes no longer reads it. */
const OLD_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';

export default defineKubernetesRule({
  id: 'seccomp-profile',
  title: {
    en: 'Filter system calls with the RuntimeDefault seccomp profile',
    ko: 'RuntimeDefault seccomp 프로파일로 시스템 콜 거르기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'virtualization'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'Every container talks to the kernel it shares with the whole node through system calls, and most kernel escapes start with a rarely used one. The container runtime ships a seccomp profile that blocks the few dozen calls applications never need, but Kubernetes runs pods `Unconfined` unless the manifest asks for it (or the node was configured to). `seccompProfile: { type: RuntimeDefault }` turns the filter on; the restricted Pod Security Standard requires it. A profile that is simply not named is reported as a suggestion (info); `Unconfined`, which even the baseline standard forbids, as a warning.',
    ko: '모든 컨테이너는 노드 전체가 함께 쓰는 커널과 시스템 콜로 대화하며, 커널 탈출은 대부분 잘 쓰이지 않는 시스템 콜에서 시작합니다. 컨테이너 런타임에는 애플리케이션이 쓸 일 없는 수십 개의 호출을 막는 seccomp 프로파일이 들어 있지만, 매니페스트가 요청하지 않으면(또는 노드가 그렇게 설정되지 않으면) 쿠버네티스는 파드를 `Unconfined`로 실행합니다. `seccompProfile: { type: RuntimeDefault }`가 이 필터를 켭니다. 파드 시큐리티 스탠다드의 제한(restricted) 프로필은 이를 요구합니다. 프로파일을 지정하지 않은 것은 제안(정보)으로, 기준(baseline) 프로필조차 금지하는 `Unconfined`는 경고로 알립니다.',
  },
  remediation: {
    en: 'Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (it then covers every container), or `Localhost` with a profile of your own. Replace `Unconfined` the same way.',
    ko: '파드에 `securityContext.seccompProfile.type: RuntimeDefault`를 설정하거나(그러면 모든 컨테이너에 적용됩니다), 직접 만든 프로파일과 함께 `Localhost`를 쓰세요. `Unconfined`도 같은 방법으로 바꾸세요.',
  },
  exceptions: {
    en: 'A program that needs a blocked system call (some debuggers, tracers and nested container builds) fails with "operation not permitted" under RuntimeDefault. Give it a `Localhost` profile that allows just that call rather than `Unconfined`; where that is not possible, suppress the finding with a reason (`cntutor.dev/ignore: seccomp-profile`).',
    ko: '막힌 시스템 콜이 필요한 프로그램(일부 디버거, 트레이서, 중첩 컨테이너 빌드)은 RuntimeDefault에서 "operation not permitted"로 실패합니다. `Unconfined` 대신 그 호출만 허용하는 `Localhost` 프로파일을 주세요. 그럴 수 없다면 이유와 함께 결과를 숨기세요(`cntutor.dev/ignore: seccomp-profile`).',
  },
  peers: {
    kubeScore: ['container-seccomp-profile'],
    polaris: ['linuxHardening'],
    pss: ['seccomp-baseline', 'seccomp-restricted'],
    trivy: ['KSV030', 'KSV104'],
    checkov: ['CKV_K8S_31'],
  },
  example: {
    bad: deployment({
      container: containerWith({ securityContext: securityContextWith({ seccompProfile: undefined }) }),
    }),
    good: deployment(),
  },
  messages: {
    missing: {
      en: 'Container "{name}" names no seccomp profile: unless its node sets one by default, every system call reaches the node’s kernel.',
      ko: '컨테이너 "{name}"{이/가} seccomp 프로파일을 지정하지 않습니다. 노드가 기본값을 정해 두지 않았다면 모든 시스템 콜이 노드의 커널에 닿습니다.',
    },
    unconfined: {
      en: 'Container "{name}" turns the seccomp filter off (Unconfined).',
      ko: '컨테이너 "{name}"{이/가} seccomp 필터를 끕니다(Unconfined).',
    },
    podUnconfined: {
      en: 'The pod turns the seccomp filter off (Unconfined) for its containers.',
      ko: '파드가 컨테이너의 seccomp 필터를 끕니다(Unconfined).',
    },
    annotationOnly: {
      en: 'The pod names its seccomp profile only in the old annotation, which Kubernetes no longer reads: set securityContext.seccompProfile instead.',
      ko: '파드가 seccomp 프로파일을 쿠버네티스가 더 이상 읽지 않는 예전 어노테이션으로만 지정합니다. 대신 securityContext.seccompProfile을 설정하세요.',
    },
    fixPod: {
      en: 'Set the pod’s seccomp profile to RuntimeDefault',
      ko: '파드의 seccomp 프로파일을 RuntimeDefault로 설정',
    },
    fixContainer: {
      en: 'Set the seccomp profile of "{name}" to RuntimeDefault',
      ko: '"{name}"의 seccomp 프로파일을 RuntimeDefault로 설정',
    },
    fixUnconfined: {
      en: 'Replace Unconfined with RuntimeDefault',
      ko: 'Unconfined를 RuntimeDefault로 바꾸기',
    },
  },
  fix: 'unsafe',
  check(ctx) {
    // A kustomize patch leaves out what its base sets; an absent setting says nothing there.
    if (isPartialObject(ctx)) return;
    if (isWindowsPod(ctx)) return;
    const annotation = oldAnnotationRange(ctx);
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const profile = effectiveSetting(ctx, container, 'seccompProfile', (c, path) => stringAt(c, [...path, 'type']));
      if (profile.value !== undefined && profile.path) {
        if (profile.value !== 'Unconfined') continue;
        // Other values are RuntimeDefault, Localhost, or schema errors that kubernetes-schema reports.
        const node = ctx.node([...profile.path, 'type']);
        const edit = node ? replaceNode(ctx.index, node, 'RuntimeDefault') : undefined;
        ctx.report({
          range: ctx.valueRange([...profile.path, 'type']),
          message: ctx.t(profile.fromPod ? 'podUnconfined' : 'unconfined', { name: container.name }),
          ...(edit ? { fix: { title: ctx.t('fixUnconfined'), edits: [edit] } } : {}),
        });
        continue;
      }
      const fix = runtimeDefaultFix(ctx, container);
      ctx.report({
        range: annotation ?? securityContextRange(ctx, container),
        message: ctx.t(annotation ? 'annotationOnly' : 'missing', { name: container.name }),
        // Only the restricted profile asks for a profile; turning the filter off is what baseline forbids.
        ...(annotation ? {} : { severity: 'info' as const }),
        ...(fix ? { fix } : {}),
      });
    }
  },
});

/** One profile for the whole pod; a pod whose securityContext is a flow map gets it per container instead. */
function runtimeDefaultFix(ctx: KubernetesContext, container: ContainerRef): Fix | undefined {
  const pod = podSpecFix(ctx, ['securityContext', 'seccompProfile'], ['type: RuntimeDefault'], ctx.t('fixPod'));
  if (pod) return pod;
  const edit = insertIntoMap(
    ctx.index,
    container.node,
    ['securityContext', 'seccompProfile'],
    ['type: RuntimeDefault'],
  );
  return edit ? { title: ctx.t('fixContainer', { name: container.name }), edits: [edit] } : undefined;
}

/** The key of the old pod annotation, when the pod template carries it. */
function oldAnnotationRange(ctx: KubernetesContext): Range | undefined {
  const meta = podMetadataPath(ctx.object);
  const annotations = meta ? ctx.node([...meta, 'annotations']) : undefined;
  if (!isMap(annotations)) return undefined;
  const pair = annotations.items.find((item) => isScalar(item.key) && item.key.value === OLD_POD_ANNOTATION);
  const key = pair?.key;
  return isScalar(key) && key.range ? ctx.index.rangeOf(key.range[0], key.range[1]) : undefined;
}
