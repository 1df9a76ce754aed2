import { defineKubernetesRule } from '../../../engine/rule';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { insertIntoMap, replaceNode } from '../../../engine/kubernetes/yaml-edit';
import type { Fix, TextEdit } from '../../../engine/types';
import { containerWith, deployment } from '../example-files';
import { hostPathDanger, mountsOf, normaliseHostPath, podVolumes, type VolumeMount } from '../pod-volumes';
import { flagAt } from '../support';

/**
 * Host paths that the node writes and node agents only read: kernel state and modules, logs and
 * journals, the node's identity and time zone. Only these get the read-only fix. Any other
 * directory may be where the container keeps its data (a database, a queue, a lock file such as
 * /run/xtables.lock), which nothing in the manifest tells, and a read-only mount would break it.
 * Exact paths only: below them, writers exist (/sys/fs/bpf for Cilium, /var/log/<app> for an
 * application's own logs).
 */
const READ_BY_NODE_AGENTS = new Set([
  '/proc',
  '/sys',
  '/boot',
  '/lib/modules',
  '/usr/lib/modules',
  '/var/log',
  '/var/log/pods',
  '/var/log/containers',
  '/var/log/journal',
  '/run/log/journal',
  '/var/lib/docker/containers',
  '/etc/machine-id',
  '/var/lib/dbus/machine-id',
  '/etc/os-release',
  '/usr/lib/os-release',
  '/etc/localtime',
  '/usr/share/zoneinfo',
]);

export default defineKubernetesRule({
  id: 'no-host-path-volume',
  title: {
    en: 'Keep pods off the node’s file system (hostPath)',
    ko: '파드를 노드의 파일 시스템(hostPath)에서 떼어 두기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'linux-filesystem', 'kubernetes-architecture'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'A `hostPath` volume mounts a directory of the node into the pod. The pod then depends on that one node’s disk (its data stays behind when it is rescheduled), sees what other pods and the node left there, and, when it may write, can leave files the node or the next pod will trust. The baseline Pod Security Standard forbids hostPath volumes.',
    ko: '`hostPath` 볼륨은 노드의 디렉터리를 파드에 마운트합니다. 그러면 파드는 그 노드 하나의 디스크에 묶이고(다시 스케줄되면 데이터는 남겨집니다), 다른 파드와 노드가 남긴 것을 보며, 쓸 수 있다면 노드나 다음 파드가 믿을 파일을 남길 수 있습니다. 파드 시큐리티 스탠다드의 기본(baseline) 프로필은 hostPath 볼륨을 금지합니다.',
  },
  remediation: {
    en: 'Use an `emptyDir` for scratch space, a PersistentVolumeClaim for data that must survive the pod, a ConfigMap or Secret for configuration. If a node agent must read the node’s files, mount them read-only (`readOnly: true` on every volumeMount). The quick fix does that only for files the node writes and agents read (`/proc`, `/sys`, `/boot`, `/lib/modules`, `/var/log` and its `pods`, `containers` and `journal`, `/run/log/journal`, `/var/lib/docker/containers`, the machine id, `os-release`, `/etc/localtime`, `/usr/share/zoneinfo`): any other directory may hold the container’s own data, and a read-only mount would break it.',
    ko: '임시 공간에는 `emptyDir`, 파드보다 오래 남아야 하는 데이터에는 퍼시스턴트볼륨클레임, 설정에는 컨피그맵이나 시크릿을 쓰세요. 노드 에이전트가 노드의 파일을 읽어야 한다면 읽기 전용으로 마운트하세요(모든 volumeMount에 `readOnly: true`). 빠른 수정은 노드가 쓰고 에이전트가 읽기만 하는 파일(`/proc`, `/sys`, `/boot`, `/lib/modules`, `/var/log`와 그 아래 `pods`, `containers`, `journal`, `/run/log/journal`, `/var/lib/docker/containers`, 머신 ID, `os-release`, `/etc/localtime`, `/usr/share/zoneinfo`)에만 이렇게 합니다. 다른 디렉터리에는 컨테이너 자신의 데이터가 있을 수 있어 읽기 전용으로 마운트하면 망가집니다.',
  },
  exceptions: {
    en: 'Log collectors read `/var/log` and node exporters read `/proc` and `/sys`: that is their job, and they run as DaemonSets. Mount those paths read-only and suppress the finding with a reason: `cntutor.dev/ignore: no-host-path-volume`, or the peer annotations (`polaris.fairwinds.com/hostPathSet-exempt: "true"`, `ignore-check.kube-linter.io/writable-host-mount`).',
    ko: '로그 수집기는 `/var/log`를, 노드 익스포터는 `/proc`와 `/sys`를 읽습니다. 그것이 이들의 일이며 데몬셋으로 실행됩니다. 이런 경로는 읽기 전용으로 마운트하고 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-host-path-volume`이나 다른 도구의 어노테이션(`polaris.fairwinds.com/hostPathSet-exempt: "true"`, `ignore-check.kube-linter.io/writable-host-mount`)을 씁니다.',
  },
  peers: {
    kubeLinter: ['writable-host-mount'],
    polaris: ['hostPathSet'],
    pss: ['hostpath-volumes'],
    trivy: ['KSV023'],
  },
  example: {
    bad: deployment({
      container: containerWith({ volumeMounts: ['volumeMounts:', '  - { name: cache, mountPath: /var/cache/app }'] }),
      pod: ['volumes:', '  - name: cache', '    hostPath: { path: /mnt/cache }'],
    }),
    good: deployment({
      container: containerWith({ volumeMounts: ['volumeMounts:', '  - { name: cache, mountPath: /var/cache/app }'] }),
      pod: ['volumes:', '  - { name: cache, emptyDir: {} }'],
    }),
  },
  messages: {
    writable: {
      en: 'Volume "{volume}" mounts {path} from the node, writable by container "{name}".',
      ko: '볼륨 "{volume}"{이/가} 노드의 {path|을/를} 마운트하며, 컨테이너 "{name}"{이/가} 여기에 쓸 수 있습니다.',
    },
    readOnly: {
      en: 'Volume "{volume}" mounts {path} from the node (read-only).',
      ko: '볼륨 "{volume}"{이/가} 노드의 {path|을/를} 마운트합니다(읽기 전용).',
    },
    fix: {
      en: 'Mount "{volume}" read-only',
      ko: '"{volume}"{을/를} 읽기 전용으로 마운트',
    },
  },
  fix: 'unsafe',
  check(ctx) {
    for (const volume of podVolumes(ctx)) {
      const hostPath = volume.value.hostPath;
      if (!hostPath || typeof hostPath !== 'object') continue;
      const raw = (hostPath as { path?: unknown }).path;
      const path = typeof raw === 'string' ? raw : '';
      const mounts = mountsOf(ctx, volume.name);
      const writers = mounts.filter((mount) => !mount.readOnly);
      // Paths that endanger the node are no-sensitive-host-mount's errors.
      if (path && hostPathDanger(path, writers.length > 0)) continue;
      const range = ctx.valueRange([...volume.path, 'hostPath', ...(path ? ['path'] : [])]);
      const first = writers[0];
      if (!first) {
        ctx.report({ range, message: ctx.t('readOnly', { volume: volume.name, path }) });
        continue;
      }
      const fix = READ_BY_NODE_AGENTS.has(normaliseHostPath(path))
        ? readOnlyFix(ctx, writers, ctx.t('fix', { volume: volume.name }))
        : undefined;
      ctx.report({
        range,
        message: ctx.t('writable', { volume: volume.name, path, name: first.container.name }),
        ...(fix ? { fix } : {}),
      });
    }
  },
});

/** `readOnly: true` on every writable mount, or no fix when one of them cannot take it without reformatting. */
function readOnlyFix(ctx: KubernetesContext, mounts: readonly VolumeMount[], title: string): Fix | undefined {
  const edits: TextEdit[] = [];
  for (const mount of mounts) {
    const flag = flagAt(ctx, [...mount.path, 'readOnly']);
    const edit = flag
      ? replaceNode(ctx.index, flag.node, 'true')
      : mount.node && insertIntoMap(ctx.index, mount.node, [], ['readOnly: true']);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return { title, edits };
}
