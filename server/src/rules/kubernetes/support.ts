import { isScalar, type Scalar } from 'yaml';
import type { KubernetesContext } from '../../engine/kubernetes/context';
import type { K8sObject, ParsedYaml, Path } from '../../engine/kubernetes/parse';
import { get, podSpecPath, WORKLOAD_KINDS, type ContainerRef } from '../../engine/kubernetes/workloads';
import { insertIntoMap, replaceNode } from '../../engine/kubernetes/yaml-edit';
import type { Fix, Range } from '../../engine/types';

/** Helpers shared by the Kubernetes rules; kept here so each rule file reads as its policy alone. */

export type ContainerRole = ContainerRef['role'];

/**
 * Containers of the object with one of `roles`. An object that could not be read (an alias bomb)
 * has none: yaml-syntax reports it, and expanding it again here would only repeat the failure.
 */
export function containersWith(ctx: KubernetesContext, roles: readonly ContainerRole[]): readonly ContainerRef[] {
  if (!ctx.object.value) return [];
  const all = ctx.containers();
  // Most pods hold only roles that were asked for: the object's own list serves, with nothing made.
  for (const container of all) if (!roles.includes(container.role)) return all.filter((c) => roles.includes(c.role));
  return all;
}

export const ALL_ROLES: readonly ContainerRole[] = ['container', 'initContainer', 'ephemeralContainer'];

/** An init container with `restartPolicy: Always` is a sidecar: it runs beside the app for the pod's life. */
export function isSidecar(container: ContainerRef): boolean {
  return container.role === 'initContainer' && container.value.restartPolicy === 'Always';
}

/** Where a finding about a container as a whole goes: its name (`web` in `- name: web`), else its first key. */
export function containerRange(ctx: KubernetesContext, container: ContainerRef): Range {
  const name = ctx.node([...container.path, 'name']);
  if (name?.range) return ctx.index.rangeOf(name.range[0], name.range[1]);
  return ctx.firstKeyRange(container.path);
}

/** The `securityContext` key when the container has one (where the missing setting belongs), else its name. */
export function securityContextRange(ctx: KubernetesContext, container: ContainerRef): Range {
  const path = [...container.path, 'securityContext'];
  return ctx.node(path) ? ctx.keyRange(path) : containerRange(ctx, container);
}

/** The plain value of the object's pod spec. */
export function podSpecOf(ctx: KubernetesContext): Record<string, unknown> | undefined {
  const path = ctx.podSpecPath();
  if (!path || !ctx.object.value) return undefined;
  const spec = get(ctx.object.value, ...path);
  return spec && typeof spec === 'object' ? (spec as Record<string, unknown>) : undefined;
}

/** Windows pods ignore the Linux-only security settings; the API rejects some of them there. */
export function isWindowsPod(ctx: KubernetesContext): boolean {
  const spec = podSpecOf(ctx);
  return (
    get(spec, 'os', 'name') === 'windows' || get(spec, 'securityContext', 'windowsOptions', 'hostProcess') === true
  );
}

/** Pods meant to finish (Jobs, CronJobs, bare Pods that are not restarted) rather than serve. */
export function runsToCompletion(ctx: KubernetesContext): boolean {
  return objectRunsToCompletion(ctx.object);
}

/** runsToCompletion for an object, where a rule looks at objects rather than one object's context. */
export function objectRunsToCompletion(object: K8sObject): boolean {
  if (object.kind === 'Job' || object.kind === 'CronJob') return true;
  // Controllers keep their pods running whatever their template says (the API accepts only Always there).
  if (object.kind !== 'Pod') return false;
  const path = podSpecPath(object);
  const policy = path && object.value ? get(object.value, ...path, 'restartPolicy') : undefined;
  return policy === 'Never' || policy === 'OnFailure';
}

/** Words that kubectl's YAML 1.1 reader takes as booleans although YAML 1.2 reads them as strings. */
const YAML11_TRUE = ['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON'];
const YAML11_FALSE = ['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'];

export interface Flag {
  node: Scalar;
  value: boolean;
}

/** The boolean at `path` as the API server will read it, with its node; undefined when absent or not a boolean. */
export function flagAt(ctx: KubernetesContext, path: Path): Flag | undefined {
  return flagOf(ctx.node(path));
}

/** flagAt for a node already found (a cross-file rule reads objects without a per-object context). */
export function flagOf(node: unknown): Flag | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'boolean') return { node, value: node.value };
  if (typeof node.value === 'string' && node.type === 'PLAIN') {
    if (YAML11_TRUE.includes(node.value)) return { node, value: true };
    if (YAML11_FALSE.includes(node.value)) return { node, value: false };
  }
  return undefined;
}

/**
 * A fix that makes `securityContext.<key>` of the container equal `value`: it rewrites an existing
 * boolean, or adds the key (and the `securityContext` block when missing) below the container's
 * last entry. Returns undefined for layouts it cannot edit without reformatting (flow maps, `{}`).
 */
export function securityFlagFix(
  ctx: KubernetesContext,
  container: ContainerRef,
  key: string,
  value: boolean,
  title: string,
): Fix | undefined {
  const path = [...container.path, 'securityContext', key];
  if (ctx.node(path)) {
    const flag = flagAt(ctx, path);
    const edit = flag ? replaceNode(ctx.index, flag.node, String(value)) : undefined;
    return edit ? { title, edits: [edit] } : undefined;
  }
  const edit = insertIntoMap(ctx.index, container.node, ['securityContext'], [`${key}: ${String(value)}`]);
  return edit ? { title, edits: [edit] } : undefined;
}

/** The source text of a single-line scalar node, exactly as written (quotes included). */
export function sourceOf(ctx: KubernetesContext, node: unknown): string | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const text = ctx.text.slice(node.range[0], node.range[1]);
  return /[\r\n]/.test(text) ? undefined : text;
}

/** Workload kinds whose pods serve for as long as they run; Jobs and CronJobs finish instead. */
export const SERVING_KINDS: readonly string[] = WORKLOAD_KINDS.filter((kind) => kind !== 'Job' && kind !== 'CronJob');

/** The long-running app containers of a serving pod: probes and traffic concern these only. */
export function servingContainers(ctx: KubernetesContext): readonly ContainerRef[] {
  if (runsToCompletion(ctx)) return [];
  return containersWith(ctx, ['container']);
}

/** Structural equality of plain YAML values (maps compare without regard to key order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  if (ak.length !== bk.length) return false;
  const ar = a as Record<string, unknown>;
  const br = b as Record<string, unknown>;
  return ak.every((key) => Object.hasOwn(br, key) && sameValue(ar[key], br[key]));
}

export type ResourceName = 'cpu' | 'memory';

/**
 * Resources a LimitRange in the same file fills in for containers that leave them out:
 * `requests` from `defaultRequest` (or `default`, which also serves as the request), `limits` from `default`.
 */
/** LimitRanges per parsed file, found once rather than once per container. */
const limitRanges = new WeakMap<ParsedYaml, K8sObject[]>();

function limitRangesOf(ctx: KubernetesContext): K8sObject[] {
  let found = limitRanges.get(ctx.file);
  if (!found) {
    found = ctx.objects.filter((object) => object.kind === 'LimitRange');
    limitRanges.set(ctx.file, found);
  }
  return found;
}

export function limitRangeDefaults(ctx: KubernetesContext): { requests: Set<ResourceName>; limits: Set<ResourceName> } {
  const requests = new Set<ResourceName>();
  const limits = new Set<ResourceName>();
  const namespace = ctx.object.namespace;
  for (const object of limitRangesOf(ctx)) {
    if (!object.value) continue;
    if (object.namespace && namespace && object.namespace !== namespace) continue;
    const items = get(object.value, 'spec', 'limits');
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      if (get(item, 'type') !== 'Container') continue;
      for (const resource of ['cpu', 'memory'] as const) {
        if (get(item, 'default', resource) !== undefined) {
          limits.add(resource);
          requests.add(resource);
        }
        if (get(item, 'defaultRequest', resource) !== undefined) requests.add(resource);
      }
    }
  }
  return { requests, limits };
}

/** The deepest existing key of `resources.<section>` (where a missing value belongs), else the container name. */
export function resourcesRange(ctx: KubernetesContext, container: ContainerRef, section: 'requests' | 'limits'): Range {
  const resources = [...container.path, 'resources'];
  if (ctx.node([...resources, section])) return ctx.keyRange([...resources, section]);
  if (ctx.node(resources)) return ctx.keyRange(resources);
  return containerRange(ctx, container);
}
