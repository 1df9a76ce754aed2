import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import type { Path } from '../../../engine/kubernetes/parse';
import type { Flag } from '../support';
import { ALL_ROLES, containersWith, flagAt, securityContextRange, securityFlagFix } from '../support';

/** One securityContext setting as it applies to a container: its own value, else the pod's. */
interface Effective<T> {
  value: T | undefined;
  path: Path | undefined;
  fromPod: boolean;
}

function userAt(ctx: KubernetesContext, path: Path): number | undefined {
  const node = ctx.node(path);
  const value = node && 'value' in node ? node.value : undefined;
  return typeof value === 'number' ? value : undefined;
}

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
    en: 'Many images still start their process as root (user 0). Root in a container is the same user as root on the node, held back only by the container runtime: one kernel bug or one careless volume mount away from owning the node. `runAsNonRoot: true` makes the kubelet refuse to start the container as root, so the guarantee is checked rather than hoped for.',
    ko: '아직도 많은 이미지가 프로세스를 root(사용자 0)로 시작합니다. 컨테이너 안의 root는 노드의 root와 같은 사용자이며, 컨테이너 런타임만이 막고 있습니다. 커널 버그 하나나 부주의한 볼륨 마운트 하나면 노드를 빼앗깁니다. `runAsNonRoot: true`를 설정하면 kubelet이 root로 실행되는 컨테이너의 시작을 거부하므로, 보장이 희망이 아니라 검증이 됩니다.',
  },
  remediation: {
    en: 'Set `securityContext.runAsNonRoot: true` on the pod or the container, and make sure the image runs as a numeric non-zero user (`USER 10001` in the Dockerfile, or `runAsUser: 10001`).',
    ko: '파드나 컨테이너에 `securityContext.runAsNonRoot: true`를 설정하고, 이미지가 0이 아닌 숫자 사용자로 실행되게 하세요(Dockerfile의 `USER 10001`, 또는 `runAsUser: 10001`).',
  },
  peers: {
    kubeLinter: ['run-as-non-root'],
    kubeScore: ['container-security-context-user-group-id'],
    polaris: ['runAsRootAllowed'],
  },
  example: {
    bad: 'containers:\n  - name: web\n    image: nginx:1.27.3',
    good: 'containers:\n  - name: web\n    image: nginxinc/nginx-unprivileged:1.27.3\n    securityContext:\n      runAsNonRoot: true',
  },
  messages: {
    missing: {
      en: 'Container "{name}" may run as root: nothing sets runAsNonRoot to true or runAsUser to a non-zero user.',
      ko: '컨테이너 "{name}"가 root로 실행될 수 있습니다. runAsNonRoot: true나 0이 아닌 runAsUser가 설정되어 있지 않습니다.',
    },
    rootUser: {
      en: 'Container "{name}" is set to run as user 0, which is root.',
      ko: '컨테이너 "{name}"가 root인 사용자 0으로 실행되도록 설정되어 있습니다.',
    },
    allowed: {
      en: 'Container "{name}" explicitly allows running as root (runAsNonRoot: false).',
      ko: '컨테이너 "{name}"가 root로 실행되는 것을 명시적으로 허용합니다(runAsNonRoot: false).',
    },
    podRootUser: {
      en: 'The pod is set to run its containers as user 0, which is root.',
      ko: '파드의 컨테이너가 root인 사용자 0으로 실행되도록 설정되어 있습니다.',
    },
    podAllowed: {
      en: 'The pod explicitly allows its containers to run as root (runAsNonRoot: false).',
      ko: '파드가 컨테이너의 root 실행을 명시적으로 허용합니다(runAsNonRoot: false).',
    },
    fix: {
      en: 'Set runAsNonRoot to true',
      ko: 'runAsNonRoot를 true로 설정',
    },
  },
  fix: 'unsafe',
  check(ctx) {
    const spec = ctx.podSpecPath();
    if (!spec) return;
    const podContext = [...spec, 'securityContext'];
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const own = [...container.path, 'securityContext'];
      const nonRoot = effective<Flag>(
        flagAt(ctx, [...own, 'runAsNonRoot']),
        flagAt(ctx, [...podContext, 'runAsNonRoot']),
        own,
        podContext,
        'runAsNonRoot',
      );
      const user = effective<number>(
        userAt(ctx, [...own, 'runAsUser']),
        userAt(ctx, [...podContext, 'runAsUser']),
        own,
        podContext,
        'runAsUser',
      );
      if (nonRoot.value?.value === true) continue;
      if (user.value !== undefined && user.value > 0) continue;
      const name = container.name;
      if (user.value === 0 && user.path) {
        ctx.report({
          range: ctx.valueRange(user.path),
          message: ctx.t(user.fromPod ? 'podRootUser' : 'rootUser', { name }),
        });
      } else if (nonRoot.value && nonRoot.path) {
        // The pod-level value is one decision for every container; it is reported once, without a fix.
        const fix = nonRoot.fromPod ? undefined : securityFlagFix(ctx, container, 'runAsNonRoot', true, ctx.t('fix'));
        ctx.report({
          range: ctx.valueRange(nonRoot.path),
          message: ctx.t(nonRoot.fromPod ? 'podAllowed' : 'allowed', { name }),
          ...(fix ? { fix } : {}),
        });
      } else {
        const fix = securityFlagFix(ctx, container, 'runAsNonRoot', true, ctx.t('fix'));
        ctx.report({
          range: securityContextRange(ctx, container),
          message: ctx.t('missing', { name }),
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});

function effective<T>(own: T | undefined, pod: T | undefined, ownPath: Path, podPath: Path, key: string): Effective<T> {
  if (own !== undefined) return { value: own, path: [...ownPath, key], fromPod: false };
  if (pod !== undefined) return { value: pod, path: [...podPath, key], fromPod: true };
  return { value: undefined, path: undefined, fromPod: false };
}
