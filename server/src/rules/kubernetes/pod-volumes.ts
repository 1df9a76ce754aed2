import { isMap, isSeq, type YAMLMap } from 'yaml';
import type { KubernetesContext } from '../../engine/kubernetes/context';
import type { Path } from '../../engine/kubernetes/parse';
import type { ContainerRef } from '../../engine/kubernetes/workloads';
import { ALL_ROLES, containersWith, flagAt } from './support';

/** The volumes of a pod spec and the containers that mount them. */

export interface PodVolume {
  name: string;
  /** Path of the volume item from the object's root. */
  path: Path;
  value: Record<string, unknown>;
}

export function podVolumes(ctx: KubernetesContext): PodVolume[] {
  const spec = ctx.podSpecPath();
  if (!spec || !ctx.object.value) return [];
  const list = ctx.node([...spec, 'volumes']);
  if (!isSeq(list)) return [];
  const volumes: PodVolume[] = [];
  list.items.forEach((item, i) => {
    if (!isMap(item)) return;
    const value = item.toJS(ctx.object.document, { maxAliasCount: 1000 }) as unknown;
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    volumes.push({
      name: typeof record.name === 'string' ? record.name : `#${i + 1}`,
      path: [...spec, 'volumes', i],
      value: record,
    });
  });
  return volumes;
}

export interface VolumeMount {
  container: ContainerRef;
  path: Path;
  node: YAMLMap | undefined;
  readOnly: boolean;
}

/** Every mount of the named volume, in every kind of container. */
export function mountsOf(ctx: KubernetesContext, volume: string): VolumeMount[] {
  const mounts: VolumeMount[] = [];
  for (const container of containersWith(ctx, ALL_ROLES)) {
    const list = container.value.volumeMounts;
    if (!Array.isArray(list)) continue;
    list.forEach((mount: unknown, i) => {
      if (!mount || typeof mount !== 'object' || (mount as { name?: unknown }).name !== volume) return;
      const path = [...container.path, 'volumeMounts', i];
      const node = ctx.node(path);
      const readOnly = flagAt(ctx, [...path, 'readOnly'])?.value === true;
      mounts.push({ container, path, node: isMap(node) ? node : undefined, readOnly });
    });
  }
  return mounts;
}

/** `/var//run/` and `/var/run` are the same host directory; `.` and `..` are resolved. */
export function normaliseHostPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** True when `path` is `dir` or lies under it. */
export function isUnder(path: string, dir: string): boolean {
  return path === dir || (dir === '/' ? true : path.startsWith(`${dir}/`));
}

/** Why a host path endangers the node: what it holds, or that it is mounted writable. */
export type HostPathDanger = 'runtime' | 'credentials' | 'system' | 'writable';

/** Host paths dangerous to mount at all, read-only included: a socket stays writable, a key stays readable. */
const ALWAYS: readonly { path: string; subtree: boolean; danger: HostPathDanger }[] = [
  { path: '/', subtree: false, danger: 'system' },
  { path: '/etc', subtree: false, danger: 'system' },
  { path: '/dev', subtree: false, danger: 'system' },
  { path: '/run', subtree: false, danger: 'system' },
  { path: '/var/run', subtree: false, danger: 'system' },
  { path: '/root', subtree: true, danger: 'credentials' },
  { path: '/etc/kubernetes', subtree: true, danger: 'credentials' },
  { path: '/var/lib/kubelet', subtree: false, danger: 'credentials' },
  { path: '/var/lib/kubelet/pki', subtree: true, danger: 'credentials' },
  { path: '/var/lib/etcd', subtree: true, danger: 'credentials' },
  ...['/var/run', '/run'].flatMap((run) => [
    { path: `${run}/docker.sock`, subtree: false, danger: 'runtime' as const },
    { path: `${run}/cri-dockerd.sock`, subtree: false, danger: 'runtime' as const },
    { path: `${run}/dockershim.sock`, subtree: false, danger: 'runtime' as const },
    { path: `${run}/containerd`, subtree: true, danger: 'runtime' as const },
    { path: `${run}/crio`, subtree: true, danger: 'runtime' as const },
    { path: `${run}/podman`, subtree: true, danger: 'runtime' as const },
  ]),
];

/** Host trees that are safe enough to read but let a writer replace what the node executes or trusts. */
const WRITABLE_DANGER = [
  '/etc',
  '/proc',
  '/sys',
  '/boot',
  '/usr',
  '/lib',
  '/lib64',
  '/bin',
  '/sbin',
  '/opt/cni',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/var/lib/kubelet',
  '/var/log',
];

/** Why mounting `path` from the node endangers it (`writable`: mounted without readOnly somewhere), or undefined. */
export function hostPathDanger(path: string, writable: boolean): HostPathDanger | undefined {
  const normal = normaliseHostPath(path);
  const always = ALWAYS.find((entry) => (entry.subtree ? isUnder(normal, entry.path) : normal === entry.path));
  if (always) return always.danger;
  if (writable && WRITABLE_DANGER.some((dir) => isUnder(normal, dir))) return 'writable';
  return undefined;
}

/**
 * A container's mounts whose changes propagate back to the host (`mountPropagation: Bidirectional`,
 * what CSI node plugins use): the API server allows them only in a privileged container.
 */
export function bidirectionalMounts(container: ContainerRef): { index: number; mount: Record<string, unknown> }[] {
  const mounts = container.value.volumeMounts;
  if (!Array.isArray(mounts)) return [];
  return mounts.flatMap((mount: unknown, index) => {
    const fields = (mount ?? {}) as Record<string, unknown>;
    return fields.mountPropagation === 'Bidirectional' ? [{ index, mount: fields }] : [];
  });
}
