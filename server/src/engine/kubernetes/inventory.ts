/**
 * The objects a cross-file rule sees: the linted file's own objects as they are now, and every
 * other file's objects as the workspace index last saw them. Built once per lint and shared by
 * every cross-file rule of that lint.
 */
import type { YAMLMap } from 'yaml';
import type { RelatedLocation } from '../types';
import type { ObjectEntry, WorkspaceIndex } from '../workspace';
import { indexObject, type IndexedObject } from './facts';
import type { K8sObject, ParsedYaml } from './parse';
import { isControllerLabel, selectsPods, type LabelSelector, type PodIdentity } from './selectors';

/** An object without a namespace lands wherever it is applied, so it may share one with anything. */
export function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** The pods of a workload as selectors see them. */
export function podIdentity(workload: IndexedObject): PodIdentity | undefined {
  return workload.pods ? { kind: workload.kind, name: workload.name, labels: workload.pods.labels } : undefined;
}

/**
 * The workspace's objects as the index holds them (`others` is these without the linted file's
 * own), shared by the lints of every file while the index is unchanged.
 */
export interface SharedObjects {
  entries: readonly ObjectEntry[];
  /** The linted file's key among `entries`. */
  ownKey: string;
}

/** The index's objects with the linted file's key, when the index can share them across lints. */
export function sharedObjects(workspace: WorkspaceIndex | undefined, uri: string): SharedObjects | undefined {
  const entries = workspace?.objectEntries?.();
  const ownKey = workspace?.fileKeyOf?.(uri);
  return entries && ownKey !== undefined ? { entries, ownKey } : undefined;
}

/** Pod-label lookups over a workspace's entries, built once per index generation. */
const podLabelIndexes = new WeakMap<readonly ObjectEntry[], Map<string, ObjectEntry[]>>();

export class Inventory {
  /** This file's objects, in file order. */
  readonly own: readonly IndexedObject[];
  private everything: readonly IndexedObject[] | undefined;
  private readonly ownByRoot = new Map<YAMLMap, IndexedObject>();
  private byKind: Map<string, IndexedObject[]> | undefined;

  constructor(
    readonly uri: string,
    file: ParsedYaml,
    /** Every other file's objects, asked for only where the index shares no lookups. */
    private readonly others: () => readonly IndexedObject[],
    /** When given, lookups over other files' objects are built once for all lints, not per lint. */
    readonly shared?: SharedObjects,
  ) {
    const own = file.objects.map((object) => {
      const indexed = indexObject(object, uri, file.index);
      this.ownByRoot.set(object.root, indexed);
      return indexed;
    });
    this.own = own;
  }

  /** Every object of the workspace, this file's first. */
  all(): readonly IndexedObject[] {
    if (!this.everything) {
      const others = this.shared ? this.outside(this.shared.entries) : this.others();
      this.everything = others.length === 0 ? this.own : [...this.own, ...others];
    }
    return this.everything;
  }

  /**
   * Every query answers with this file's objects first, then other files' in the index's order, as
   * a scan of all() would. With shared entries the other files' part comes from lookups built once
   * per index generation (sharedLookup): a lint of 50,000 objects in 148 files scanned all of them
   * for each file, and for each reference a rule looked up, and spent 16 s of 36 in cross-file rules.
   */
  private outside(entries: readonly ObjectEntry[] | undefined): IndexedObject[] {
    const ownKey = this.shared?.ownKey;
    const found: IndexedObject[] = [];
    for (const entry of entries ?? []) if (entry.key !== ownKey) found.push(entry.object);
    return found;
  }

  private lookup(): SharedLookup | undefined {
    return this.shared && sharedLookup(this.shared.entries);
  }

  ofKind(kind: string): readonly IndexedObject[] {
    const lookup = this.lookup();
    if (lookup) {
      this.byKind ??= new Map();
      let group = this.byKind.get(kind);
      if (!group) {
        group = [...this.own.filter((object) => object.kind === kind), ...this.outside(lookup.byKind.get(kind))];
        this.byKind.set(kind, group);
      }
      return group;
    }
    if (!this.byKind) {
      this.byKind = new Map();
      for (const object of this.all()) {
        const group = this.byKind.get(object.kind);
        if (group) group.push(object);
        else this.byKind.set(object.kind, [object]);
      }
    }
    return this.byKind.get(kind) ?? [];
  }

  /** The facts of one of this file's objects. */
  factsOf(object: K8sObject): IndexedObject | undefined {
    return this.ownByRoot.get(object.root);
  }

  /** Objects that run pods (built-in workloads and objects found by their pod template). */
  workloads(): readonly IndexedObject[] {
    const lookup = this.lookup();
    this.workloadList ??= lookup
      ? [...this.ownWorkloads(), ...this.outside(lookup.workloads)]
      : this.all().filter((object) => object.pods !== undefined);
    return this.workloadList;
  }
  private workloadList: IndexedObject[] | undefined;

  /** Workloads that could share a namespace with an object in `namespace`. */
  workloadsNear(namespace: string | undefined): IndexedObject[] {
    return this.cached(`\u0000workloads`, namespace, () => {
      const near = (workload: IndexedObject): boolean => sameNamespace(workload.namespace, namespace);
      const lookup = this.lookup();
      if (!lookup) return this.workloads().filter(near);
      // Each file of a repository asks for the same namespaces: the other files' part is filtered once.
      const key = namespace ?? '\u0000';
      let shared = lookup.workloadsNear.get(key);
      if (!shared) lookup.workloadsNear.set(key, (shared = lookup.workloads.filter((entry) => near(entry.object))));
      return [...this.ownWorkloads().filter(near), ...this.outside(shared)];
    });
  }

  /** Lists asked for again and again (per Service, per workload) are computed once per lint. */
  private readonly lists = new Map<string, IndexedObject[]>();
  private cached(what: string, namespace: string | undefined, compute: () => IndexedObject[]): IndexedObject[] {
    const key = `${what}\u0000${namespace ?? ''}\u0000${namespace === undefined ? 'any' : 'one'}`;
    let list = this.lists.get(key);
    if (!list) {
      list = compute();
      this.lists.set(key, list);
    }
    return list;
  }

  /** Workloads in `namespace` whose pods the selector selects. */
  workloadsSelectedBy(selector: LabelSelector, namespace: string | undefined): IndexedObject[] {
    // A label the pods must carry as written narrows the search to the workloads that write it;
    // labels a controller adds are not written, so they cannot narrow it.
    const anchor = Object.entries(selector.matchLabels).find(([key]) => !isControllerLabel(key));
    const candidates = anchor
      ? this.workloadsLabelled(anchor[0], anchor[1]).filter((workload) => sameNamespace(workload.namespace, namespace))
      : this.workloadsNear(namespace);
    return candidates.filter((workload) => {
      const pods = podIdentity(workload);
      return pods !== undefined && selectsPods(selector, pods);
    });
  }

  /** This file's workloads, in file order. */
  ownWorkloads(): readonly IndexedObject[] {
    this.ownWorkloadList ??= this.own.filter((object) => object.pods !== undefined);
    return this.ownWorkloadList;
  }
  private ownWorkloadList: IndexedObject[] | undefined;

  /** Workloads whose pod template writes the label `key: value`, in workspace order. */
  private workloadsLabelled(key: string, value: string): readonly IndexedObject[] {
    const shared = this.shared;
    if (shared) {
      this.ownByPodLabel ??= podLabelIndex(this.ownWorkloads(), (workload) => workload);
      const own = this.ownByPodLabel.get(labelKey(key, value)) ?? [];
      const outside = (sharedPodLabels(shared.entries).get(labelKey(key, value)) ?? [])
        .filter((entry) => entry.key !== shared.ownKey)
        .map((entry) => entry.object);
      return own.length === 0 ? outside : [...own, ...outside];
    }
    this.byPodLabel ??= podLabelIndex(this.workloads(), (workload) => workload);
    return this.byPodLabel.get(labelKey(key, value)) ?? [];
  }
  private byPodLabel: Map<string, IndexedObject[]> | undefined;
  private ownByPodLabel: Map<string, IndexedObject[]> | undefined;

  /** Objects of `kind` whose own labels (metadata.labels) include `key: value`. */
  labelled(kind: string, key: string, value: string): readonly IndexedObject[] {
    const lookup = this.lookup();
    if (!lookup) return this.ofKind(kind).filter((object) => object.labels[key] === value);
    const own = this.own.filter((object) => object.kind === kind && object.labels[key] === value);
    let byLabel = lookup.byKindLabel.get(kind);
    if (!byLabel) {
      byLabel = new Map();
      for (const entry of lookup.byKind.get(kind) ?? [])
        for (const [k, v] of Object.entries(entry.object.labels)) pushTo(byLabel, labelKey(k, v), entry);
      lookup.byKindLabel.set(kind, byLabel);
    }
    return [...own, ...this.outside(byLabel.get(labelKey(key, value)))];
  }

  /** Objects of `kind` that could share a namespace with an object in `namespace`. */
  near(kind: string, namespace: string | undefined): IndexedObject[] {
    return this.cached(kind, namespace, () =>
      this.ofKind(kind).filter((object) => sameNamespace(object.namespace, namespace)),
    );
  }

  /**
   * Objects of `kind` written for exactly the same namespace (both without one counts): for
   * findings that claim two objects work together, where "could share" would be a guess.
   */
  sameNamespaceAs(kind: string, namespace: string | undefined): IndexedObject[] {
    return this.cached(`\u0000same\u0000${kind}`, namespace, () =>
      this.ofKind(kind).filter((object) => object.namespace === namespace),
    );
  }

  /** Objects of `kind` named `name` that could share the namespace. */
  named(kind: string, name: string, namespace: string | undefined): IndexedObject[] {
    const lookup = this.lookup();
    const candidates = lookup
      ? [
          ...this.own.filter((object) => object.kind === kind),
          ...this.outside(lookup.byKindName.get(kindNameKey(kind, name))),
        ]
      : this.ofKind(kind);
    return candidates.filter((object) => object.name === name && sameNamespace(object.namespace, namespace));
  }

  /**
   * What defines `kind` `name` for an object in `namespace`: objects of that kind and name, and
   * objects that generate one (kustomize generators, cert-manager Certificates, sealed secrets…).
   */
  definitions(kind: string, name: string, namespace: string | undefined): IndexedObject[] {
    const lookup = this.lookup();
    const generates = (object: IndexedObject): boolean => (object.generates?.length ?? 0) > 0;
    this.generatorList ??= lookup
      ? [...this.own.filter(generates), ...this.outside(lookup.generators)]
      : this.all().filter(generates);
    const generated = this.generatorList.filter(
      (object) =>
        sameNamespace(object.namespace, namespace) &&
        object.generates?.some((made) => made.kind === kind && made.name === name),
    );
    return [...this.named(kind, name, namespace), ...generated];
  }
  private generatorList: IndexedObject[] | undefined;

  isOwn(object: IndexedObject): boolean {
    return object.uri === this.uri;
  }

  /** A related location pointing at the object, in this file or another. */
  related(object: IndexedObject, message: string): RelatedLocation {
    return { ...(this.isOwn(object) ? {} : { uri: object.uri }), range: object.range, message };
  }
}

/** Other files' objects grouped the ways the inventory asks for them, in the index's order. */
interface SharedLookup {
  byKind: Map<string, ObjectEntry[]>;
  /** Per kind, entries by each of their own labels: built for a kind when first asked. */
  byKindLabel: Map<string, Map<string, ObjectEntry[]>>;
  byKindName: Map<string, ObjectEntry[]>;
  workloads: ObjectEntry[];
  /** Workloads that could share each namespace asked for (`\u0000`: no namespace), on first ask. */
  workloadsNear: Map<string, ObjectEntry[]>;
  generators: ObjectEntry[];
}

const sharedLookups = new WeakMap<readonly ObjectEntry[], SharedLookup>();

/** The lookups of one list of entries, built on first use and shared by every lint while it stands. */
function sharedLookup(entries: readonly ObjectEntry[]): SharedLookup {
  let lookup = sharedLookups.get(entries);
  if (lookup) return lookup;
  lookup = {
    byKind: new Map(),
    byKindLabel: new Map(),
    byKindName: new Map(),
    workloads: [],
    workloadsNear: new Map(),
    generators: [],
  };
  for (const entry of entries) {
    const { kind, name, pods, generates } = entry.object;
    pushTo(lookup.byKind, kind, entry);
    if (name !== undefined) pushTo(lookup.byKindName, kindNameKey(kind, name), entry);
    if (pods !== undefined) lookup.workloads.push(entry);
    if ((generates?.length ?? 0) > 0) lookup.generators.push(entry);
  }
  sharedLookups.set(entries, lookup);
  return lookup;
}

/** Adds `item` to the group of `key`, opening the group when it is the first. */
export function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const group = map.get(key);
  if (group) group.push(item);
  else map.set(key, [item]);
}

function kindNameKey(kind: string, name: string): string {
  return `${kind}\u0000${name}`;
}

/** How the pod-label indexes key a label. */
export function labelKey(key: string, value: string): string {
  return `${key}\u0000${value}`;
}

/** The workload entries by each label their pod template writes, built once per list of entries. */
export function sharedPodLabels(entries: readonly ObjectEntry[]): Map<string, ObjectEntry[]> {
  let index = podLabelIndexes.get(entries);
  if (!index) {
    index = podLabelIndex(entries, (entry) => entry.object);
    podLabelIndexes.set(entries, index);
  }
  return index;
}

/** Items by each `key\u0000value` label their object's pod template writes, in list order. */
function podLabelIndex<T>(items: readonly T[], objectOf: (item: T) => IndexedObject): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const [k, v] of Object.entries(objectOf(item).pods?.labels ?? {})) {
      const label = labelKey(k, v);
      const group = index.get(label);
      if (group) group.push(item);
      else index.set(label, [item]);
    }
  }
  return index;
}
