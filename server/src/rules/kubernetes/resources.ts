import type { KubernetesContext } from '../../engine/kubernetes/context';
import { get, type ContainerRef } from '../../engine/kubernetes/workloads';
import type { Fix } from '../../engine/types';
import { addBlock, type Block } from './block-edit';
import { limitRangeDefaults, sourceOf } from './support';

/**
 * The values a resources fix writes. Small enough to schedule on a laptop cluster (kind,
 * minikube), valid quantities the schema accepts, and a memory limit equal to the memory
 * request so the fix never creates an overcommitted container. They are placeholders: the fix
 * title says to replace them with measured use.
 */
export const PLACEHOLDER_CPU = '100m';
export const PLACEHOLDER_MEMORY = '128Mi';

const SCALE: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** A resource quantity (`250m`, `1.5Gi`, `2`, `1e3`) as a number of base units; undefined when unreadable. */
export function quantityValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))([KMGTPE]i|[numkMGTPE]|[eE][+-]?\d+)?$/.exec(value.trim());
  if (!match) return undefined;
  const number = Number(match[1]);
  const suffix = match[2] ?? '';
  if (/^[eE]/.test(suffix)) return number * 10 ** Number(suffix.slice(1));
  return number * (SCALE[suffix] ?? 1);
}

/** Whether a request or limit is written for `resource` in `section`. */
export function hasResource(container: ContainerRef, section: 'requests' | 'limits', resource: string): boolean {
  return get(container.value.resources, section, resource) !== undefined;
}

/**
 * One fix for both resource rules: it adds the CPU and memory requests and the memory limit the
 * container lacks, so applying it for either rule satisfies both. A memory limit copies the
 * memory request when there is one (a limit below the request is rejected by the API server).
 * No fix where a LimitRange fills in defaults: its numbers are unknown here and a placeholder
 * could land below them.
 */
export function resourcesFix(ctx: KubernetesContext, container: ContainerRef, title: string): Fix | undefined {
  const defaults = limitRangeDefaults(ctx);
  if (defaults.requests.size > 0 || defaults.limits.size > 0) return undefined;
  const requested = (resource: string): boolean =>
    hasResource(container, 'requests', resource) || hasResource(container, 'limits', resource);
  const requests: Record<string, string> = {};
  if (!requested('cpu')) requests.cpu = PLACEHOLDER_CPU;
  if (!requested('memory')) requests.memory = PLACEHOLDER_MEMORY;
  const limits: Record<string, string> = {};
  if (!hasResource(container, 'limits', 'memory')) {
    const request = ctx.node([...container.path, 'resources', 'requests', 'memory']);
    limits.memory = request ? (sourceOf(ctx, request) ?? '') : PLACEHOLDER_MEMORY;
    if (!limits.memory) return undefined;
  }
  const resources: Record<string, Block[string]> = {};
  if (Object.keys(requests).length > 0) resources.requests = requests;
  if (Object.keys(limits).length > 0) resources.limits = limits;
  if (Object.keys(resources).length === 0) return undefined;
  const edits = addBlock(ctx.index, container.node, { resources });
  return edits ? { title, edits } : undefined;
}
