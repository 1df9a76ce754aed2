import { isMap, isScalar, isSeq } from 'yaml';
import type { KubernetesContext } from '../../engine/kubernetes/context';
import type { Path } from '../../engine/kubernetes/parse';
import type { ContainerRef } from '../../engine/kubernetes/workloads';
import { insertIntoMap, replaceNode } from '../../engine/kubernetes/yaml-edit';
import type { Fix } from '../../engine/types';

/**
 * Reading and writing the pod's and the containers' `securityContext`: the settings a container
 * inherits from its pod, capability lists as the runtime reads them, and fixes that add settings
 * as new lines (comments and layout kept).
 */

/**
 * The user id fixes write when nothing names one. Above the system and login ranges of common base
 * images (0-999, 1000-9999), so it owns no file of the image by accident, and above 10000 as
 * kube-score asks. The kubelet accepts `runAsNonRoot: true` only with a non-zero numeric user.
 */
export const NON_ROOT_UID = 10001;

/** One setting as it applies to a container: its own value, else its pod's. */
export interface Effective<T> {
  value: T | undefined;
  /** Where the value is written; undefined when neither sets it. */
  path: Path | undefined;
  fromPod: boolean;
}

/** The container's own `securityContext.<key>`, else the pod's, read with `read`. */
export function effectiveSetting<T>(
  ctx: KubernetesContext,
  container: ContainerRef,
  key: string,
  read: (ctx: KubernetesContext, path: Path) => T | undefined,
): Effective<T> {
  const own = [...container.path, 'securityContext', key];
  const ownValue = read(ctx, own);
  if (ownValue !== undefined) return { value: ownValue, path: own, fromPod: false };
  const spec = ctx.podSpecPath();
  if (!spec) return { value: undefined, path: undefined, fromPod: false };
  const pod = [...spec, 'securityContext', key];
  const podValue = read(ctx, pod);
  if (podValue !== undefined) return { value: podValue, path: pod, fromPod: true };
  return { value: undefined, path: undefined, fromPod: false };
}

/** An integer written as a number (`runAsUser: 0`); quoted strings are schema errors, not users. */
export function integerAt(ctx: KubernetesContext, path: Path): number | undefined {
  const node = ctx.node(path);
  return isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) ? node.value : undefined;
}

/** A plain string value (`type: RuntimeDefault`). */
export function stringAt(ctx: KubernetesContext, path: Path): string | undefined {
  const node = ctx.node(path);
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/**
 * A fix adding `lines` (YAML at indentation zero) to the container's `securityContext`, creating
 * the block when missing. Undefined where that cannot be done without reformatting (flow maps).
 */
export function containerSecurityFix(
  ctx: KubernetesContext,
  container: ContainerRef,
  lines: readonly string[],
  title: string,
): Fix | undefined {
  const edit = insertIntoMap(ctx.index, container.node, ['securityContext'], lines);
  return edit ? { title, edits: [edit] } : undefined;
}

/** A fix adding `lines` under `path` (e.g. `securityContext`) of the pod spec. */
export function podSpecFix(
  ctx: KubernetesContext,
  path: readonly string[],
  lines: readonly string[],
  title: string,
): Fix | undefined {
  const spec = ctx.podSpecPath();
  const node = spec ? ctx.node(spec) : undefined;
  if (!isMap(node)) return undefined;
  const edit = insertIntoMap(ctx.index, node, path, lines);
  return edit ? { title, edits: [edit] } : undefined;
}

/** A capability as the runtime reads it: upper case, without the optional `CAP_` prefix. */
export function capabilityName(name: string): string {
  return name.trim().toUpperCase().replace(/^CAP_/, '');
}

export interface CapabilityEntry {
  name: string;
  /** The name as written. */
  written: string;
  /** Path of the list item, for ranges. */
  path: Path;
}

/** The entries of `securityContext.capabilities.<list>` of a container, in order. */
export function capabilityEntries(
  ctx: KubernetesContext,
  container: ContainerRef,
  list: 'add' | 'drop',
): CapabilityEntry[] {
  const path = [...container.path, 'securityContext', 'capabilities', list];
  const node = ctx.node(path);
  if (!isSeq(node)) return [];
  const entries: CapabilityEntry[] = [];
  node.items.forEach((item, i) => {
    if (isScalar(item) && typeof item.value === 'string') {
      entries.push({ name: capabilityName(item.value), written: item.value, path: [...path, i] });
    }
  });
  return entries;
}

/**
 * A capability written in other letters than its name (`all`, `chown`): the runtime reads it the
 * same, but Pod Security admission compares names as written (`== "ALL"`) and refuses the pod.
 */
export function inOtherLetters(entry: CapabilityEntry): boolean {
  return entry.written !== entry.name && entry.written.toUpperCase() === entry.name;
}

/** Writes the capability's name in capitals: the same to the runtime, and what admission accepts. */
export function capitalsFix(ctx: KubernetesContext, entry: CapabilityEntry, title: string): Fix | undefined {
  const node = ctx.node(entry.path);
  const edit = node && replaceNode(ctx.index, node, entry.name);
  return edit ? { title, edits: [edit], safety: 'safe' } : undefined;
}

/**
 * The capabilities the Pod Security Standards' Baseline profile lets a container add: the runtimes'
 * default set without NET_RAW. Adding any other widens what the container may do.
 */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/**
 * Capabilities that reach past the container into the node's kernel: each is a known way out of
 * the container, which is why they are errors rather than a matter of taste.
 */
export const NODE_CAPABILITIES: Readonly<Record<string, { en: string; ko: string }>> = {
  ALL: { en: 'every capability, as good as privileged', ko: '모든 케이퍼빌리티로, 특권 모드와 다름없음' },
  SYS_ADMIN: {
    en: 'mounts, namespaces and dozens of admin calls: the classic way out of a container',
    ko: '마운트, 네임스페이스와 수십 가지 관리 호출. 컨테이너를 벗어나는 전형적인 길',
  },
  SYS_MODULE: { en: 'loads code into the node’s kernel', ko: '노드의 커널에 코드를 적재함' },
  SYS_RAWIO: { en: 'raw access to the node’s devices and memory', ko: '노드의 장치와 메모리에 직접 접근함' },
  SYS_PTRACE: {
    en: 'reads and changes the memory of other processes',
    ko: '다른 프로세스의 메모리를 읽고 바꿈',
  },
  SYS_BOOT: { en: 'reboots the node', ko: '노드를 재부팅함' },
  DAC_READ_SEARCH: {
    en: 'opens files of the node by handle, past the container’s mounts',
    ko: '컨테이너의 마운트를 넘어 노드의 파일을 핸들로 엶',
  },
  BPF: { en: 'loads programs into the node’s kernel', ko: '노드의 커널에 프로그램을 적재함' },
  MAC_ADMIN: { en: 'changes the node’s AppArmor or SELinux policy', ko: '노드의 AppArmor나 SELinux 정책을 바꿈' },
  MAC_OVERRIDE: { en: 'bypasses the node’s AppArmor or SELinux policy', ko: '노드의 AppArmor나 SELinux 정책을 우회함' },
};
