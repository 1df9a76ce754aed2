import { isMap, isSeq, type YAMLMap } from 'yaml';
import { nodeAt, type K8sObject, type Path } from './parse';

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Record<string, Path> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  PodTemplate: ['template', 'spec'],
};

export const WORKLOAD_KINDS = Object.keys(POD_SPEC_PATHS);

export function podSpecPath(object: K8sObject): Path | undefined {
  return POD_SPEC_PATHS[object.kind];
}

/** Path of the pod template's metadata (labels live there), or the Pod's own metadata. */
export function podMetadataPath(object: K8sObject): Path | undefined {
  const spec = podSpecPath(object);
  return spec ? [...spec.slice(0, -1), 'metadata'] : undefined;
}

export interface ContainerRef {
  /** Path from the object's root to the container map. */
  path: Path;
  node: YAMLMap;
  name: string;
  value: Record<string, unknown>;
  role: 'container' | 'initContainer' | 'ephemeralContainer';
}

const ROLE_BY_FIELD = {
  containers: 'container',
  initContainers: 'initContainer',
  ephemeralContainers: 'ephemeralContainer',
} as const;

/** Containers per object root, shared by every rule and kept while the parsed document is reused. */
const containerCache = new WeakMap<YAMLMap, ContainerRef[]>();

export function containersOf(object: K8sObject): ContainerRef[] {
  const cached = containerCache.get(object.root);
  if (cached) return cached;
  const result = findContainers(object);
  containerCache.set(object.root, result);
  return result;
}

function findContainers(object: K8sObject): ContainerRef[] {
  const specPath = podSpecPath(object);
  // An object too large to build (an alias bomb) would throw again here; it is reported as a syntax problem.
  if (!specPath || !object.value) return [];
  const result: ContainerRef[] = [];
  for (const [field, role] of Object.entries(ROLE_BY_FIELD)) {
    const list = nodeAt(object.root, [...specPath, field]);
    if (!isSeq(list)) continue;
    list.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const value = item.toJS(object.document, { maxAliasCount: 1000 }) as unknown;
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      const name = typeof record.name === 'string' ? record.name : `#${i + 1}`;
      result.push({ path: [...specPath, field, i], node: item, name, value: record, role });
    });
  }
  return result;
}

/** Reads a nested property of a plain value without throwing on the way. */
export function get(value: unknown, ...path: PathLike): unknown {
  let current: unknown = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
type PathLike = (string | number)[];

export function labelsOf(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  const labels: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') labels[key] = String(v);
  }
  return labels;
}

/** True when every selector entry is present with the same value in the labels. */
export function selectorMatches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([key, value]) => labels[key] === value);
}
