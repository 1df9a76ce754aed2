/**
 * What one Kubernetes object tells the objects around it: its identity and labels, the pods it
 * runs (their labels, ports, service account), what it selects, and what it names elsewhere
 * (ConfigMaps, Secrets, claims, a scale target). Plain data, small and free of YAML nodes, so a
 * workspace of thousands of manifests can keep the facts of every object without their text.
 */
import type { YAMLMap } from 'yaml';
import type { LineIndex } from '../text';
import type { Range } from '../types';
import type { K8sObject, Path } from './parse';
import { isEmptySelector, mapSelector, readLabelSelector, type LabelSelector } from './selectors';
import { get, labelsOf, podSpecPaths, podSpecPathsOfValue } from './workloads';
import { placeFacts } from './indexed-facts';
import { containerImages } from './container-images';

export interface ContainerPortFacts {
  name?: string;
  number?: number;
  protocol: string;
  container: string;
}

export interface PodFacts {
  /** The labels written on the pod template (or the Pod). */
  labels: Record<string, string>;
  /** Ports the app containers declare. */
  ports: ContainerPortFacts[];
  hostNetwork: boolean;
}

export interface ServicePortFacts {
  name?: string;
  port?: number;
  /** As written; when absent the API uses `port`. */
  targetPort?: string | number;
  protocol: string;
}

export interface ServiceFacts {
  type: string;
  headless: boolean;
  /** Undefined when the Service has no selector (its endpoints are managed by hand or by a controller). */
  selector?: LabelSelector;
  ports: ServicePortFacts[];
}

export type ReferencedKind = 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim' | 'ServiceAccount';

/** A name the object uses that another object must define. */
export interface Reference {
  kind: ReferencedKind;
  name: string;
  /** The key read from a ConfigMap or Secret, when one is named. */
  key?: string;
  /** `optional: true`: the pod starts without it. */
  optional: boolean;
  /** Where the name is written, from the object's root. */
  path: Path;
  /** The pod volume that holds the reference, for references made by volumes. */
  volume?: string;
}

export interface ObjectFacts {
  apiVersion: string;
  kind: string;
  name: string | undefined;
  namespace: string | undefined;
  labels: Record<string, string>;
  /** The pods the object runs, for workloads (PodTemplates hold a template but run nothing). */
  pods?: PodFacts;
  /** `spec.replicas` when written as a number. */
  replicas?: number;
  /** What the object selects: a workload's, a PDB's, a ServiceMonitor's selector, a NetworkPolicy's podSelector. */
  selector?: LabelSelector;
  service?: ServiceFacts;
  /** Keys of a ConfigMap's or a Secret's data. */
  keys?: string[];
  /** An autoscaler's target and its lowest replica count. */
  scaleTarget?: { apiVersion?: string; kind: string; name: string; minReplicas: number; maxReplicas?: number };
  /** A PodDisruptionBudget's policy, as written. */
  disruption?: { minAvailable?: number | string; maxUnavailable?: number | string };
  /** A PersistentVolumeClaim's `accessModes`, as written. */
  accessModes?: string[];
  /** A NetworkPolicy's `policyTypes` (defaulted as the API does). */
  policyTypes?: string[];
  /** A ServiceMonitor's namespaces (`any`, or names; its own when absent) and endpoint port names. */
  monitor?: { anyNamespace: boolean; namespaces: string[]; ports: string[] };
  /**
   * Objects it makes under another name: ConfigMaps and Secrets of a kustomization's generators
   * (references to them are rewritten by kustomize), the Secret of a cert-manager Certificate, a
   * SealedSecret or an ExternalSecret.
   */
  generates?: { kind: ReferencedKind; name: string }[];
  references: Reference[];
  /** The images its containers write, for kustomize's `images:` entries (see container-images.ts). */
  images?: string[];
  /** A custom resource too large to look through for containers: its images are unknown. */
  imagesUnread?: true;
}

/** The facts of an object and where it is: what the workspace index keeps per object. */
export interface IndexedObject extends ObjectFacts {
  /** The file that holds it, as the index was told (a URI in the editor, a path in the CLI). */
  uri: string;
  /** Its `metadata.name` (or its `kind` when it has no name), for pointing at it from another file. */
  range: Range;
}

const factsCache = new WeakMap<YAMLMap, ObjectFacts>();

/** The object's facts; computed once while its parsed document is reused. */
export function factsOf(object: K8sObject): ObjectFacts {
  let facts = factsCache.get(object.root);
  if (!facts) {
    facts = describe(object, object.value ? podSpecPaths(object) : []);
    factsCache.set(object.root, facts);
  }
  return facts;
}

/** What the facts are made of: an object's identity and its plain value. */
type Described = Pick<K8sObject, 'apiVersion' | 'kind' | 'name' | 'namespace' | 'value'>;

/**
 * The facts of an object known by its plain value alone, as the fast reader's plain mode reads it
 * (see podSpecPathsOfValue for what that value must be): equal to factsOf for its parse.
 */
export function factsOfValue(object: Described & { value: Record<string, unknown> }): ObjectFacts {
  return describe(object, podSpecPathsOfValue(object.apiVersion, object.kind, object.value));
}

/** The object's facts with its place in the file. */
export function indexObject(object: K8sObject, uri: string, index: LineIndex): IndexedObject {
  const facts = factsOf(object);
  const metadata = object.root.get('metadata', true) as YAMLMap | undefined;
  const nameNode = metadata && typeof metadata.get === 'function' ? metadata.get('name', true) : undefined;
  const node = (nameNode as { range?: number[] } | undefined)?.range
    ? (nameNode as { range: number[] })
    : (object.root.get('kind', true) as { range?: number[] } | undefined);
  const range = node?.range ? index.rangeOf(node.range[0] ?? 0, node.range[1] ?? 0) : index.rangeOf(0, 0);
  return placeFacts(facts, uri, range);
}

const numberOr = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const stringOr = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function describe(object: Described, specs: readonly Path[]): ObjectFacts {
  const value = object.value ?? {};
  const facts: ObjectFacts = {
    apiVersion: object.apiVersion,
    kind: object.kind,
    name: object.name,
    namespace: object.namespace,
    labels: labelsOf(get(value, 'metadata', 'labels')),
    references: [],
  };
  if (specs.length > 0 && object.kind !== 'PodTemplate') {
    facts.pods = podFacts(value, specs);
    // A StatefulSet's controller puts each pod's own claim in the volume named after a claim template.
    const templates = new Set(
      list(get(value, 'spec', 'volumeClaimTemplates')).flatMap((t) => stringOr(get(t, 'metadata', 'name')) ?? []),
    );
    facts.references = specs
      .flatMap((path) => podReferences(value, path))
      .filter(
        (ref) => !(ref.kind === 'PersistentVolumeClaim' && ref.volume !== undefined && templates.has(ref.volume)),
      );
    const replicas = numberOr(get(value, 'spec', 'replicas'));
    if (replicas !== undefined) facts.replicas = replicas;
    const selector = get(value, 'spec', 'selector');
    const readSelector = object.kind === 'ReplicationController' ? mapSelector(selector) : readLabelSelector(selector);
    if (readSelector && !isEmptySelector(readSelector)) facts.selector = readSelector;
  }
  describeKind(object.kind, value, facts);
  const { images, unread } = containerImages(object.apiVersion, object.kind, value, specs);
  if (images.length > 0) facts.images = images;
  if (unread) facts.imagesUnread = true;
  return facts;
}

function describeKind(kind: string, value: Record<string, unknown>, facts: ObjectFacts): void {
  switch (kind) {
    case 'Service': {
      const selector = get(value, 'spec', 'selector');
      const read = mapSelector(selector);
      facts.service = {
        type: stringOr(get(value, 'spec', 'type')) ?? 'ClusterIP',
        headless: get(value, 'spec', 'clusterIP') === 'None',
        ...(isEmptySelector(read) ? {} : { selector: read }),
        ports: list(get(value, 'spec', 'ports')).map((port) => {
          const target = get(port, 'targetPort');
          return {
            ...(stringOr(get(port, 'name')) ? { name: stringOr(get(port, 'name')) } : {}),
            ...(numberOr(get(port, 'port')) !== undefined ? { port: numberOr(get(port, 'port')) } : {}),
            ...(typeof target === 'number' || typeof target === 'string' ? { targetPort: target } : {}),
            protocol: stringOr(get(port, 'protocol')) ?? 'TCP',
          };
        }),
      };
      return;
    }
    case 'ConfigMap':
    case 'Secret': {
      const sections = kind === 'ConfigMap' ? ['data', 'binaryData'] : ['data', 'stringData'];
      facts.keys = sections.flatMap((section) => {
        const data = get(value, section);
        return data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
      });
      return;
    }
    case 'HorizontalPodAutoscaler': {
      const target = get(value, 'spec', 'scaleTargetRef');
      const targetKind = stringOr(get(target, 'kind'));
      const targetName = stringOr(get(target, 'name'));
      if (targetKind && targetName) {
        const apiVersion = stringOr(get(target, 'apiVersion'));
        facts.scaleTarget = {
          ...(apiVersion ? { apiVersion } : {}),
          kind: targetKind,
          name: targetName,
          minReplicas: numberOr(get(value, 'spec', 'minReplicas')) ?? 1,
          ...(numberOr(get(value, 'spec', 'maxReplicas')) !== undefined
            ? { maxReplicas: numberOr(get(value, 'spec', 'maxReplicas')) }
            : {}),
        };
      }
      return;
    }
    case 'PodDisruptionBudget': {
      const selector = readLabelSelector(get(value, 'spec', 'selector'));
      if (selector) facts.selector = selector;
      const minAvailable = get(value, 'spec', 'minAvailable');
      const maxUnavailable = get(value, 'spec', 'maxUnavailable');
      facts.disruption = {
        ...(typeof minAvailable === 'number' || typeof minAvailable === 'string' ? { minAvailable } : {}),
        ...(typeof maxUnavailable === 'number' || typeof maxUnavailable === 'string' ? { maxUnavailable } : {}),
      };
      return;
    }
    case 'PersistentVolumeClaim':
      facts.accessModes = list(get(value, 'spec', 'accessModes')).filter((m): m is string => typeof m === 'string');
      return;
    case 'NetworkPolicy': {
      const selector = readLabelSelector(get(value, 'spec', 'podSelector'));
      if (selector) facts.selector = selector;
      const types = list(get(value, 'spec', 'policyTypes')).filter((t): t is string => typeof t === 'string');
      // Without policyTypes the API assumes Ingress, and Egress too when egress rules are written.
      facts.policyTypes =
        types.length > 0 ? types : ['Ingress', ...(get(value, 'spec', 'egress') !== undefined ? ['Egress'] : [])];
      return;
    }
    case 'ServiceMonitor': {
      const selector = readLabelSelector(get(value, 'spec', 'selector'));
      if (selector) facts.selector = selector;
      const namespaces = list(get(value, 'spec', 'namespaceSelector', 'matchNames')).map(String);
      facts.monitor = {
        anyNamespace: get(value, 'spec', 'namespaceSelector', 'any') === true,
        namespaces,
        ports: list(get(value, 'spec', 'endpoints')).flatMap((e) => {
          const port = stringOr(get(e, 'port'));
          return port ? [port] : [];
        }),
      };
      return;
    }
    case 'Kustomization':
      facts.generates = kustomizationGenerates(value);
      return;
    case 'Certificate':
    case 'SealedSecret':
    case 'ExternalSecret': {
      const name =
        kind === 'Certificate'
          ? stringOr(get(value, 'spec', 'secretName'))
          : kind === 'ExternalSecret'
            ? (stringOr(get(value, 'spec', 'target', 'name')) ?? facts.name)
            : facts.name;
      if (name) facts.generates = [{ kind: 'Secret', name }];
      return;
    }
    default:
  }
}

/** ConfigMaps and Secrets a kustomization's generators make, by the names other objects use for them. */
export function kustomizationGenerates(value: unknown): { kind: ReferencedKind; name: string }[] {
  const result: { kind: ReferencedKind; name: string }[] = [];
  for (const [field, kind] of [
    ['configMapGenerator', 'ConfigMap'],
    ['secretGenerator', 'Secret'],
  ] as const) {
    for (const entry of list(get(value, field))) {
      const name = stringOr(get(entry, 'name'));
      if (name) result.push({ kind, name });
    }
  }
  return result;
}

function podFacts(value: Record<string, unknown>, specs: readonly Path[]): PodFacts {
  const first = specs[0] ?? [];
  const labels = labelsOf(get(value, ...first.slice(0, -1), 'metadata', 'labels'));
  const ports: ContainerPortFacts[] = [];
  let hostNetwork = false;
  for (const path of specs) {
    const spec = get(value, ...path);
    if (get(spec, 'hostNetwork') === true) hostNetwork = true;
    for (const container of list(get(spec, 'containers'))) {
      const containerName = stringOr(get(container, 'name')) ?? '';
      for (const port of list(get(container, 'ports'))) {
        const name = stringOr(get(port, 'name'));
        const number = numberOr(get(port, 'containerPort'));
        ports.push({
          ...(name ? { name } : {}),
          ...(number !== undefined ? { number } : {}),
          protocol: stringOr(get(port, 'protocol')) ?? 'TCP',
          container: containerName,
        });
      }
    }
  }
  return { labels, ports, hostNetwork };
}

const CONTAINER_FIELDS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/** The ConfigMaps, Secrets, claims and service account a pod spec names. */
function podReferences(value: Record<string, unknown>, specPath: Path): Reference[] {
  const refs: Reference[] = [];
  const spec = get(value, ...specPath);
  const add = (
    kind: ReferencedKind,
    name: unknown,
    path: Path,
    optional: unknown,
    key?: unknown,
    volume?: unknown,
  ): void => {
    if (typeof name !== 'string' || name === '' || name.includes('{{')) return;
    refs.push({
      kind,
      name,
      ...(typeof key === 'string' ? { key } : {}),
      optional: optional === true,
      path: [...specPath, ...path],
      ...(typeof volume === 'string' ? { volume } : {}),
    });
  };
  for (const field of ['serviceAccountName', 'serviceAccount'] as const) {
    const name = get(spec, field);
    if (name !== 'default') add('ServiceAccount', name, [field], false);
    if (typeof name === 'string') break;
  }
  for (const field of CONTAINER_FIELDS) {
    list(get(spec, field)).forEach((container, c) => {
      list(get(container, 'env')).forEach((env, e) => {
        const at = [field, c, 'env', e, 'valueFrom'];
        for (const [ref, kind] of [
          ['configMapKeyRef', 'ConfigMap'],
          ['secretKeyRef', 'Secret'],
        ] as const) {
          const source = get(env, 'valueFrom', ref);
          if (source) add(kind, get(source, 'name'), [...at, ref, 'name'], get(source, 'optional'), get(source, 'key'));
        }
      });
      list(get(container, 'envFrom')).forEach((from, e) => {
        for (const [ref, kind] of [
          ['configMapRef', 'ConfigMap'],
          ['secretRef', 'Secret'],
        ] as const) {
          const source = get(from, ref);
          if (source) add(kind, get(source, 'name'), [field, c, 'envFrom', e, ref, 'name'], get(source, 'optional'));
        }
      });
    });
  }
  list(get(spec, 'volumes')).forEach((volume, v) => {
    const at = ['volumes', v];
    const configMap = get(volume, 'configMap');
    if (configMap) add('ConfigMap', get(configMap, 'name'), [...at, 'configMap', 'name'], get(configMap, 'optional'));
    const secret = get(volume, 'secret');
    if (secret) add('Secret', get(secret, 'secretName'), [...at, 'secret', 'secretName'], get(secret, 'optional'));
    const claim = get(volume, 'persistentVolumeClaim');
    if (claim) {
      const path = [...at, 'persistentVolumeClaim', 'claimName'];
      add('PersistentVolumeClaim', get(claim, 'claimName'), path, false, undefined, get(volume, 'name'));
    }
    list(get(volume, 'projected', 'sources')).forEach((source, s) => {
      const where = [...at, 'projected', 'sources', s];
      const projectedMap = get(source, 'configMap');
      if (projectedMap)
        add('ConfigMap', get(projectedMap, 'name'), [...where, 'configMap', 'name'], get(projectedMap, 'optional'));
      const projectedSecret = get(source, 'secret');
      if (projectedSecret)
        add('Secret', get(projectedSecret, 'name'), [...where, 'secret', 'name'], get(projectedSecret, 'optional'));
    });
  });
  return refs;
}
