import { isMap, isSeq, type YAMLMap } from 'yaml';
import { nodeAt, type K8sObject, type Path } from './parse';
import { ownValue, setOwn } from '../own-keys';

/** Where each built-in workload kind keeps its pod spec. */
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

/** The built-in kinds that hold a pod spec. Objects of other kinds are found by their pod template. */
export const WORKLOAD_KINDS = Object.keys(POD_SPEC_PATHS);

/**
 * Kinds outside Kubernetes itself that are known to keep a Deployment-like template; their pods are
 * found at once, whatever apiVersion an older cluster wrote them with (OpenShift once used `v1`).
 */
const TEMPLATE_KINDS: Record<string, Path> = {
  DeploymentConfig: ['spec', 'template', 'spec'],
  Rollout: ['spec', 'template', 'spec'],
};

/** Built-in API groups: their kinds are known, so only the kinds above hold pods. */
export function isBuiltInApi(apiVersion: string): boolean {
  const slash = apiVersion.indexOf('/');
  if (slash === -1) return true;
  const group = apiVersion.slice(0, slash);
  return !group.includes('.') || group.endsWith('.k8s.io');
}

/** How far below `spec` a custom resource may keep a pod template (`spec.pytorchReplicaSpecs.Worker.template`). */
const TEMPLATE_SEARCH_DEPTH = 4;
/** Nodes visited at most while looking for templates, so a huge custom resource costs little. */
const TEMPLATE_SEARCH_BUDGET = 400;

/** Pod spec paths per object root, computed once while the parsed document is reused. */
const podSpecCache = new WeakMap<YAMLMap, readonly Path[]>();

/**
 * Every pod spec the object holds: one for the built-in workloads, DeploymentConfigs and Rollouts,
 * and for custom resources each `template` whose `spec` has `containers` (a RayCluster's head and
 * worker groups, a training job's replica specs, a Knative Service's template).
 */
export function podSpecPaths(object: K8sObject): readonly Path[] {
  const cached = podSpecCache.get(object.root);
  if (cached) return cached;
  const found = findPodSpecs(object);
  podSpecCache.set(object.root, found);
  return found;
}

function findPodSpecs(object: K8sObject): Path[] {
  return searchPodSpecs(object.apiVersion, object.kind, () => object.root.get('spec', true), NODE_ACCESS);
}

/**
 * The same paths found in an object's plain value (the workspace index reads files it will not lint
 * that way). The value must come from a document whose keys are strings and no array index, as the
 * fast reader's plain mode reads them: its entries are then the map's, in the map's order.
 */
export function podSpecPathsOfValue(apiVersion: string, kind: string, value: Record<string, unknown>): Path[] {
  return searchPodSpecs(apiVersion, kind, () => VALUE_ACCESS.get(value, 'spec'), VALUE_ACCESS);
}

/** How the template search reads a map or a sequence: of nodes, or of plain values. */
interface Access {
  /** A map's entries with string keys, or undefined when `node` is no map. */
  entries(node: unknown): readonly [string, unknown][] | undefined;
  /** A sequence's items, or undefined when `node` is no sequence. */
  items(node: unknown): readonly unknown[] | undefined;
  get(map: unknown, key: string): unknown;
}

const NODE_ACCESS: Access = {
  entries(node) {
    if (!isMap(node)) return undefined;
    const entries: [string, unknown][] = [];
    for (const pair of node.items) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (typeof key === 'string') entries.push([key, pair.value]);
    }
    return entries;
  },
  items: (node) => (isSeq(node) ? node.items : undefined),
  get: (map, key) => (isMap(map) ? map.get(key, true) : undefined),
};

/** A plain value read from a map (not a sequence, a scalar or null). */
export const isPlainMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const VALUE_ACCESS: Access = {
  entries: (value) => (isPlainMap(value) ? Object.entries(value) : undefined),
  items: (value) => (Array.isArray(value) ? value : undefined),
  get: (map, key) => (isPlainMap(map) ? ownValue(map, key) : undefined),
};

function searchPodSpecs(apiVersion: string, kind: string, specOf: () => unknown, access: Access): Path[] {
  const known = ownValue(POD_SPEC_PATHS, kind) ?? ownValue(TEMPLATE_KINDS, kind);
  if (known) return [known];
  if (isBuiltInApi(apiVersion) || kind === 'CustomResourceDefinition') return [];
  const spec = specOf();
  const found: Path[] = [];
  let budget = TEMPLATE_SEARCH_BUDGET;
  const visit = (node: unknown, path: Path, depth: number): void => {
    if (budget-- <= 0 || depth > TEMPLATE_SEARCH_DEPTH) return;
    const items = access.items(node);
    if (items) {
      items.forEach((item, i) => visit(item, [...path, i], depth + 1));
      return;
    }
    for (const [key, value] of access.entries(node) ?? []) {
      if (key === 'template' && holdsContainers(value, access)) {
        found.push([...path, 'template', 'spec']);
        continue;
      }
      visit(value, [...path, key], depth + 1);
    }
  };
  if (access.entries(spec)) visit(spec, ['spec'], 0);
  return found;
}

function holdsContainers(template: unknown, access: Access): boolean {
  const spec = access.get(template, 'spec');
  return access.entries(spec) !== undefined && access.items(access.get(spec, 'containers')) !== undefined;
}

/** The object's (first) pod spec, where pod-level settings live; undefined for objects without pods. */
export function podSpecPath(object: K8sObject): Path | undefined {
  return podSpecPaths(object)[0];
}

/** True when the object runs pods: a built-in workload, or an object found by its pod template. */
export function isWorkload(object: K8sObject): boolean {
  return podSpecPaths(object).length > 0;
}

/** Path of the pod template's metadata (labels live there), or the Pod's own metadata. */
export function podMetadataPath(object: K8sObject): Path | undefined {
  const spec = podSpecPath(object);
  return spec ? [...spec.slice(0, -1), 'metadata'] : undefined;
}

/**
 * Whether a rule's `kinds` take in the object. A list that names both `Pod` and `Deployment` (as
 * `WORKLOAD_KINDS` and the lists built from it do) is about pods wherever they are, so it also
 * takes in the objects found by their pod template: OpenShift DeploymentConfigs, Argo Rollouts,
 * custom resources. Lists of particular kinds take only those kinds.
 */
export function kindsTakeIn(kinds: readonly string[] | undefined, object: K8sObject): boolean {
  if (!kinds || kinds.includes(object.kind)) return true;
  if (WORKLOAD_KINDS.includes(object.kind)) return false;
  return kinds.includes('Pod') && kinds.includes('Deployment') && isWorkload(object);
}

export interface ContainerRef {
  /** Path from the object's root to the container map. */
  path: Path;
  node: YAMLMap;
  name: string;
  /** Part of the object's plain value, which every rule shares: read, never changed. */
  value: Readonly<Record<string, unknown>>;
  role: 'container' | 'initContainer' | 'ephemeralContainer';
}

const ROLE_BY_FIELD = {
  containers: 'container',
  initContainers: 'initContainer',
  ephemeralContainers: 'ephemeralContainer',
} as const;

/** Containers per object root, shared by every rule and kept while the parsed document is reused. */
const containerCache = new WeakMap<YAMLMap, readonly ContainerRef[]>();

/** Containers, init containers and ephemeral containers of every pod spec of the object. */
export function containersOf(object: K8sObject): readonly ContainerRef[] {
  const cached = containerCache.get(object.root);
  if (cached) return cached;
  const result = findContainers(object);
  containerCache.set(object.root, result);
  return result;
}

function findContainers(object: K8sObject): ContainerRef[] {
  // An object too large to build (an alias bomb) would throw again here; it is reported as a syntax problem.
  if (!object.value) return [];
  const result: ContainerRef[] = [];
  for (const specPath of podSpecPaths(object)) {
    for (const [field, role] of Object.entries(ROLE_BY_FIELD)) {
      const list = nodeAt(object.root, [...specPath, field]);
      if (!isSeq(list)) continue;
      // The container's plain value is part of the object's, built once for every rule already.
      const values = get(object.value, ...specPath, field);
      list.items.forEach((item, i) => {
        if (!isMap(item) || !Array.isArray(values)) return;
        const value: unknown = values[i];
        if (!value || typeof value !== 'object' || Array.isArray(value)) return;
        const record = value as Record<string, unknown>;
        const name = typeof record.name === 'string' ? record.name : `#${i + 1}`;
        result.push({ path: [...specPath, field, i], node: item, name, value: record, role });
      });
    }
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
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const labels: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') setOwn(labels, key, String(v));
  }
  return labels;
}

/** True when every selector entry is present with the same value in the labels. */
export function selectorMatches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([key, value]) => ownValue(labels, key) === value);
}
