import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import type { Path } from '../../../engine/kubernetes/parse';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import type { Fix } from '../../../engine/types';
import type { ContainerRef } from '../../../engine/kubernetes/workloads';
import { containerWith, deployment, securityContextWith } from '../example-files';
import { ALL_ROLES, containersWith, flagAt, isWindowsPod, securityContextRange, type Flag } from '../support';
import { containerSecurityFix, effectiveSetting, integerAt, NON_ROOT_UID, stringAt } from '../security-context';
import { isPartialObject } from '../partial';

const readFlag = (ctx: KubernetesContext, path: Path): Flag | undefined => flagAt(ctx, path);

/** The clean example's securityContext without a user: what a container that may run as root looks like. */
const SECURITY_WITHOUT_USER = securityContextWith({ runAsNonRoot: undefined, runAsUser: undefined });

export default defineKubernetesRule({
  id: 'run-as-non-root',
  title: {
    en: 'Run containers as a non-root user',
    ko: '컨테이너를 root가 아닌 사용자로 실행하기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'linux-filesystem'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'Many images still start their process as root (user 0). Root in a container is the same user as root on the node, held back only by the container runtime: one kernel bug or one careless volume mount away from owning the node. `runAsNonRoot: true` makes the kubelet refuse to start the container as root, so the guarantee is checked rather than hoped for. The kubelet can only check a numeric user: with `runAsNonRoot: true` and an image whose `USER` is root or a name, it refuses to start the container, so the setting goes together with a numeric `runAsUser` unless the image already runs as one.',
    ko: '아직도 많은 이미지가 프로세스를 root(사용자 0)로 시작합니다. 컨테이너 안의 root는 노드의 root와 같은 사용자이며, 컨테이너 런타임만이 막고 있습니다. 커널 버그 하나나 부주의한 볼륨 마운트 하나면 노드를 빼앗깁니다. `runAsNonRoot: true`를 설정하면 kubelet이 root로 실행되는 컨테이너의 시작을 거부하므로, 보장이 희망이 아니라 검증이 됩니다. kubelet은 숫자 사용자만 확인할 수 있습니다. 이미지의 `USER`가 root이거나 이름이면 `runAsNonRoot: true`인 컨테이너의 시작을 거부하므로, 이미지가 이미 숫자 사용자로 실행되는 경우가 아니라면 숫자 `runAsUser`와 함께 설정해야 합니다.',
  },
  remediation: {
    en: `Set \`securityContext.runAsNonRoot: true\` on the pod or the container, with a numeric non-zero user: \`USER 10001\` in the Dockerfile, or \`runAsUser: ${NON_ROOT_UID}\` here. The quick fix writes both; the image must then work as that user: every file it writes at run time must be writable by UID ${NON_ROOT_UID} (or go to a volume), and it cannot listen on ports below 1024.`,
    ko: `파드나 컨테이너에 \`securityContext.runAsNonRoot: true\`를 0이 아닌 숫자 사용자와 함께 설정하세요. Dockerfile의 \`USER 10001\`이나 여기의 \`runAsUser: ${NON_ROOT_UID}\`입니다. 빠른 수정은 둘 다 씁니다. 그러면 이미지가 그 사용자로 동작해야 합니다. 실행 중에 쓰는 파일은 모두 UID ${NON_ROOT_UID}{이/가} 쓸 수 있어야 하고(아니면 볼륨으로 보내고), 1024 아래 포트에서는 수신할 수 없습니다.`,
  },
  exceptions: {
    en: 'Images that must start as root to drop privileges themselves (some databases and web servers switch user after binding their ports) keep working without this setting; prefer their unprivileged variants. Where root is truly needed, keep the finding visible with a reason: `# cntutor ignore=run-as-non-root` above the line, or the annotation `cntutor.dev/ignore: run-as-non-root`.',
    ko: '스스로 권한을 내려놓기 위해 root로 시작해야 하는 이미지(포트를 연 뒤 사용자를 바꾸는 일부 데이터베이스와 웹 서버)는 이 설정 없이도 동작합니다. 가능하면 권한 없는 변형 이미지를 쓰세요. root가 정말 필요하다면 이유와 함께 표시해 두세요. 줄 위에 `# cntutor ignore=run-as-non-root`를 쓰거나 `cntutor.dev/ignore: run-as-non-root` 어노테이션을 답니다.',
  },
  peers: {
    kubeLinter: ['run-as-non-root'],
    kubeScore: ['container-security-context-user-group-id'],
    polaris: ['runAsRootAllowed'],
    pss: ['running-as-non-root', 'running-as-non-root-user'],
    trivy: ['KSV012', 'KSV105'],
    checkov: ['CKV_K8S_23'],
  },
  example: {
    bad: deployment({ container: containerWith({ securityContext: SECURITY_WITHOUT_USER }) }),
    good: deployment(),
  },
  messages: {
    missing: {
      en: 'Container "{name}" may run as root: nothing sets runAsNonRoot to true or runAsUser to a non-zero user.',
      ko: '컨테이너 "{name}"{이/가} root로 실행될 수 있습니다. runAsNonRoot: true나 0이 아닌 runAsUser가 설정되어 있지 않습니다.',
    },
    rootUser: {
      en: 'Container "{name}" is set to run as user 0, which is root.',
      ko: '컨테이너 "{name}"{이/가} root인 사용자 0으로 실행되도록 설정되어 있습니다.',
    },
    allowed: {
      en: 'Container "{name}" explicitly allows running as root (runAsNonRoot: false).',
      ko: '컨테이너 "{name}"{이/가} root로 실행되는 것을 명시적으로 허용합니다(runAsNonRoot: false).',
    },
    podRootUser: {
      en: 'The pod is set to run its containers as user 0, which is root.',
      ko: '파드의 컨테이너가 root인 사용자 0으로 실행되도록 설정되어 있습니다.',
    },
    podAllowed: {
      en: 'The pod explicitly allows its containers to run as root (runAsNonRoot: false).',
      ko: '파드가 컨테이너의 root 실행을 명시적으로 허용합니다(runAsNonRoot: false).',
    },
    contradiction: {
      en: 'Container "{name}" asks for runAsNonRoot but runs as user 0: the kubelet refuses to start it.',
      ko: '컨테이너 "{name}"{이/가} runAsNonRoot를 요구하면서 사용자 0으로 실행되므로 kubelet이 시작을 거부합니다.',
    },
    fixWithUser: {
      en: 'Run as user {uid} with runAsNonRoot (the image must work as that user)',
      ko: 'runAsNonRoot와 함께 사용자 {uid}{으로/로} 실행(이미지가 그 사용자로 동작해야 함)',
    },
  },
  fix: 'unsafe',
  check(ctx) {
    // A kustomize patch leaves out what its base sets; an absent setting says nothing there.
    if (isPartialObject(ctx)) return;
    // Windows names its users (`runAsUserName`) and the API server refuses `runAsUser` there.
    const windows = isWindowsPod(ctx);
    for (const container of containersWith(ctx, ALL_ROLES)) {
      if (windows && runsAsWindowsUser(ctx, container)) continue;
      const nonRoot = effectiveSetting(ctx, container, 'runAsNonRoot', readFlag);
      const user = effectiveSetting(ctx, container, 'runAsUser', integerAt);
      const name = container.name;
      if (nonRoot.value?.value === true) {
        if (user.value === 0 && user.path) {
          ctx.report({ range: ctx.valueRange(user.path), message: ctx.t('contradiction', { name }) });
        }
        continue;
      }
      if (user.value !== undefined && user.value > 0) continue;
      if (user.value === 0 && user.path) {
        // Root was asked for by number: only the author knows which user the image can run as instead.
        ctx.report({
          range: ctx.valueRange(user.path),
          message: ctx.t(user.fromPod ? 'podRootUser' : 'rootUser', { name }),
        });
      } else if (nonRoot.value && nonRoot.path) {
        // The pod-level value is one decision for every container; it is reported once, without a fix.
        const fix =
          nonRoot.fromPod || windows ? undefined : allowNonRootFix(ctx, container, nonRoot.value.node, user.value);
        ctx.report({
          range: ctx.valueRange(nonRoot.path),
          message: ctx.t(nonRoot.fromPod ? 'podAllowed' : 'allowed', { name }),
          ...(fix ? { fix } : {}),
        });
      } else {
        const lines = ['runAsNonRoot: true', `runAsUser: ${NON_ROOT_UID}`];
        const title = ctx.t('fixWithUser', { uid: NON_ROOT_UID });
        const fix =
          user.value === undefined && !windows ? containerSecurityFix(ctx, container, lines, title) : undefined;
        ctx.report({
          range: securityContextRange(ctx, container),
          message: ctx.t('missing', { name }),
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});

/**
 * Turns an explicit `runAsNonRoot: false` into true. Without a numeric user the kubelet could not
 * verify it and would refuse the container, so the fix then also names one.
 */
function allowNonRootFix(
  ctx: KubernetesContext,
  container: ContainerRef,
  flag: Flag['node'],
  user: number | undefined,
): Fix | undefined {
  // A user set here is negative, which the API server rejects: the schema rule reports that.
  if (user !== undefined) return undefined;
  const flip = replaceNode(ctx.index, flag, 'true');
  if (!flip) return undefined;
  const withUser = containerSecurityFix(ctx, container, [`runAsUser: ${NON_ROOT_UID}`], '');
  if (!withUser) return undefined;
  return { title: ctx.t('fixWithUser', { uid: NON_ROOT_UID }), edits: [flip, ...withUser.edits] };
}

/** A Windows container set to run as a named user other than the administrator. */
function runsAsWindowsUser(ctx: KubernetesContext, container: ContainerRef): boolean {
  const name = effectiveSetting(ctx, container, 'windowsOptions', (c, path) => stringAt(c, [...path, 'runAsUserName']));
  return name.value !== undefined && name.value !== '' && name.value.toLowerCase() !== 'containeradministrator';
}
