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
  private byKind: Map<string, readonly IndexedObject[]> | undefined;

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
  private outside(entries: readonly ObjectEntry[] | undefined): readonly IndexedObject[] {
    if (entries === undefined || entries.length === 0) return NONE;
    const ownKey = this.shared?.ownKey;
    const { objects, runs } = objectsOfEntries(entries);
    if (runs === undefined) return entries.filter((entry) => entry.key !== ownKey).map((entry) => entry.object);
    const run = ownKey === undefined ? undefined : runs.get(ownKey);
    if (run === undefined) return objects;
    if (run.start === 0) return objects.slice(run.end);
    return run.end === objects.length
      ? objects.slice(0, run.start)
      : objects.slice(0, run.start).concat(objects.slice(run.end));
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
        group = joined(
          this.own.filter((object) => object.kind === kind),
          this.outside(lookup.byKind.get(kind)),
        );
        this.byKind.set(kind, group);
      }
      return group;
    }
    if (!this.byKind) {
      const byKind = new Map<string, IndexedObject[]>();
      for (const object of this.all()) pushTo(byKind, object.kind, object);
      this.byKind = byKind;
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
      ? joined(this.ownWorkloads(), this.outside(lookup.workloads))
      : this.all().filter((object) => object.pods !== undefined);
    return this.workloadList;
  }
  private workloadList: readonly IndexedObject[] | undefined;

  /** Workloads that could share a namespace with an object in `namespace`. */
  workloadsNear(namespace: string | undefined): readonly IndexedObject[] {
    return this.cached(`\u0000workloads`, namespace, () => {
      const near = (workload: IndexedObject): boolean => sameNamespace(workload.namespace, namespace);
      const shared = this.sharedWorkloadsNear(namespace);
      return shared ? joined(this.ownWorkloads().filter(near), this.outside(shared)) : this.workloads().filter(near);
    });
  }

  /**
   * How many workloads could share a namespace with an object in `namespace`: workloadsNear's
   * length without the list, which is a copy of a repository's workloads for each file that asks
   * (0.8 s of a 50,000-object lint, where rules mostly wanted to know whether there were any).
   */
  workloadsNearCount(namespace: string | undefined): number {
    const shared = this.sharedWorkloadsNear(namespace);
    if (!shared) return this.workloadsNear(namespace).length;
    const own = this.ownWorkloads().filter((workload) => sameNamespace(workload.namespace, namespace)).length;
    const ownKey = this.shared?.ownKey;
    const run = ownKey === undefined ? undefined : objectsOfEntries(shared).runs?.get(ownKey);
    if (run) return own + shared.length - (run.end - run.start);
    return own + shared.filter((entry) => entry.key !== ownKey).length;
  }

  /** The index's workload entries that could share `namespace`, filtered once for every file that asks. */
  private sharedWorkloadsNear(namespace: string | undefined): readonly ObjectEntry[] | undefined {
    const lookup = this.lookup();
    if (!lookup) return undefined;
    const key = namespace ?? '\u0000';
    let shared = lookup.workloadsNear.get(key);
    if (!shared) {
      shared = lookup.workloads.filter((entry) => sameNamespace(entry.object.namespace, namespace));
      lookup.workloadsNear.set(key, shared);
    }
    return shared;
  }

  /** Lists asked for again and again (per Service, per workload) are computed once per lint. */
  private readonly lists = new Map<string, readonly IndexedObject[]>();
  private cached(
    what: string,
    namespace: string | undefined,
    compute: () => readonly IndexedObject[],
  ): readonly IndexedObject[] {
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
    return joined(own, this.outside(byLabel.get(labelKey(key, value))));
  }

  /** Objects of `kind` that could share a namespace with an object in `namespace`. */
  near(kind: string, namespace: string | undefined): readonly IndexedObject[] {
    return this.cached(kind, namespace, () => {
      const near = (object: IndexedObject): boolean => sameNamespace(object.namespace, namespace);
      const lookup = this.lookup();
      if (!lookup) return this.ofKind(kind).filter(near);
      // As workloadsNear: the other files' part is filtered once for every file that asks.
      const key = kindNameKey(kind, namespace ?? '\u0000');
      let shared = lookup.near.get(key);
      if (!shared)
        lookup.near.set(key, (shared = (lookup.byKind.get(kind) ?? []).filter((entry) => near(entry.object))));
      return joined(
        this.own.filter((object) => object.kind === kind && near(object)),
        this.outside(shared),
      );
    });
  }

  /**
   * Objects of `kind` written for exactly the same namespace (both without one counts): for
   * findings that claim two objects work together, where "could share" would be a guess.
   */
  sameNamespaceAs(kind: string, namespace: string | undefined): readonly IndexedObject[] {
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
      ? joined(this.own.filter(generates), this.outside(lookup.generators))
      : this.all().filter(generates);
    const generated = this.generatorList.filter(
      (object) =>
        sameNamespace(object.namespace, namespace) &&
        object.generates?.some((made) => made.kind === kind && made.name === name),
    );
    return [...this.named(kind, name, namespace), ...generated];
  }
  private generatorList: readonly IndexedObject[] | undefined;

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
  /** The same per kind and namespace (kindNameKey), for `near`. */
  near: Map<string, ObjectEntry[]>;
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
    near: new Map(),
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

const NONE: readonly IndexedObject[] = [];

/** This file's part of a list, then the other files' part: one of them as it is when the other is empty. */
function joined(own: readonly IndexedObject[], others: readonly IndexedObject[]): readonly IndexedObject[] {
  if (others.length === 0) return own;
  return own.length === 0 ? others : own.concat(others);
}

/**
 * A list of entries as its objects, and where each file's entries lie in it. Lists of the index's
 * entries keep its order, so a file's entries are one run: the other files' part of a list is then
 * copied in at most two slices, where filtering entry by entry for each file's lint took 0.7 s of a
 * 50,000-object run. A list whose files' runs are broken is filtered instead.
 */
interface EntryObjects {
  objects: readonly IndexedObject[];
  runs: Map<string, { start: number; end: number }> | undefined;
}

const entryObjects = new WeakMap<readonly ObjectEntry[], EntryObjects>();

function objectsOfEntries(entries: readonly ObjectEntry[]): EntryObjects {
  let found = entryObjects.get(entries);
  if (found) return found;
  const objects: IndexedObject[] = [];
  const runs = new Map<string, { start: number; end: number }>();
  let unbroken = true;
  entries.forEach(({ key, object }, i) => {
    objects.push(object);
    const run = runs.get(key);
    if (run === undefined) runs.set(key, { start: i, end: i + 1 });
    else if (run.end === i) run.end = i + 1;
    else unbroken = false;
  });
  found = { objects, runs: unbroken ? runs : undefined };
  entryObjects.set(entries, found);
  return found;
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
