/**
 * The objects a cross-file rule sees: the linted file's own objects as they are now, and every
 * other file's objects as the workspace index last saw them. Built once per lint and shared by
 * every cross-file rule of that lint.
 */
import type { YAMLMap } from 'yaml';
import type { RelatedLocation } from '../types';
import type { ObjectEntry, WorkspaceIndex } from '../workspace';
import { closestObject, looksLikeTypo } from '../closest-name';
import {
  entriesIn,
  entriesNear,
  joined,
  kindNameKey,
  labelKey,
  namesOfEntries,
  NONE,
  objectsOfEntries,
  podLabelIndex,
  pushTo,
  sameNamespace,
  sharedLookup,
  sharedPodLabels,
  type SharedLookup,
} from './inventory-lookups';
import { indexObject, type IndexedObject } from './facts';
import type { K8sObject, ParsedYaml } from './parse';
import { isControllerLabel, selectsPods, type LabelSelector, type PodIdentity } from './selectors';
import { autoscalerOf, autoscalerOfEntries, someEntrySelects, someSelects } from './selector-lookups';
import { ownValue } from '../own-keys';

export { sameNamespace };

const NO_ENTRIES: readonly ObjectEntry[] = [];

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
    /** This file's objects as the index made them from the same text, when the caller has them. */
    indexed?: readonly IndexedObject[],
  ) {
    const made = indexed?.length === file.objects.length ? indexed : undefined;
    const own = file.objects.map((object, i) => {
      const indexed = made?.[i] ?? indexObject(object, uri, file.index);
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
    return lookup && entriesNear(lookup.workloads, namespace);
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
    if (!lookup) return this.ofKind(kind).filter((object) => ownValue(object.labels, key) === value);
    const own = this.own.filter((object) => object.kind === kind && ownValue(object.labels, key) === value);
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
      const shared = this.sharedNear(kind, namespace);
      if (!shared) return this.ofKind(kind).filter((object) => sameNamespace(object.namespace, namespace));
      return joined(this.ownNear(kind, namespace), this.outside(shared));
    });
  }

  /**
   * The object of near(kind, namespace) whose name looks like a typo of `wanted`, and that name: what
   * closestObject(wanted, near(kind, namespace)) answers, without listing the other files' objects
   * and comparing each name. Their names are indexed once for every file's lint (NameIndex).
   */
  closestNear(
    kind: string,
    namespace: string | undefined,
    wanted: string,
  ): { name: string; object: IndexedObject } | undefined {
    const shared = this.sharedNear(kind, namespace);
    const ownKey = this.shared?.ownKey;
    const runs = shared && objectsOfEntries(shared).runs;
    if (!shared || !runs) return closestObject(wanted, this.near(kind, namespace));
    const run = ownKey === undefined ? undefined : runs.get(ownKey);
    const own = this.ownNear(kind, namespace);
    const names = new Set<string>();
    for (const object of own) if (object.name && looksLikeTypo(wanted, object.name)) names.add(object.name);
    if (names.size > 1) return undefined;
    const { index, places } = namesOfEntries(shared);
    // A name counts when another file's entry carries it: the index's copy of this file does not.
    const firstOutside = (name: string): number | undefined =>
      places.get(name)?.find((place) => run === undefined || place < run.start || place >= run.end);
    for (const name of index.typoLike(wanted, (name) => firstOutside(name) !== undefined)) names.add(name);
    if (names.size !== 1) return undefined;
    const name = [...names][0] as string;
    const object = own.find((candidate) => candidate.name === name) ?? shared[firstOutside(name) as number]?.object;
    return object ? { name, object } : undefined;
  }

  /** ownNear kept for the lint: the list the selector and target lookups index once. */
  private ownListNear(kind: string, namespace: string | undefined): readonly IndexedObject[] {
    return this.cached(`\u0000own\u0000${kind}`, namespace, () => this.ownNear(kind, namespace));
  }

  private ownNear(kind: string, namespace: string | undefined): IndexedObject[] {
    return this.own.filter((object) => object.kind === kind && sameNamespace(object.namespace, namespace));
  }

  /** The index's entries of `kind` that could share `namespace`, filtered once for every file that asks. */
  private sharedNear(kind: string, namespace: string | undefined): readonly ObjectEntry[] | undefined {
    const lookup = this.lookup();
    return lookup && entriesNear(lookup.byKind.get(kind) ?? NO_ENTRIES, namespace);
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

  /**
   * Whether an object of `kind` that could share `namespace` (a budget, a policy) has a selector
   * that selects `pods`: someSelects(near(kind, namespace), pods), without copying the other
   * files' objects into a list for each file's lint and indexing that list again.
   */
  anySelects(kind: string, namespace: string | undefined, pods: PodIdentity): boolean {
    const shared = this.sharedNear(kind, namespace);
    if (!shared || !this.shared) return someSelects(this.near(kind, namespace), pods);
    return someSelects(this.ownListNear(kind, namespace), pods) || someEntrySelects(shared, pods, this.shared.ownKey);
  }

  /**
   * The first autoscaler whose scale target is `workload`, of those that could share its namespace
   * (`near`) or are written for exactly it (`same`): autoscalerOf over near() or sameNamespaceAs().
   */
  autoscalerFor(workload: IndexedObject, scope: 'near' | 'same'): IndexedObject | undefined {
    const kind = 'HorizontalPodAutoscaler';
    const namespace = workload.namespace;
    const lookup = this.lookup();
    if (!lookup || !this.shared)
      return autoscalerOf(
        workload,
        scope === 'near' ? this.near(kind, namespace) : this.sameNamespaceAs(kind, namespace),
      );
    const entries = lookup.byKind.get(kind) ?? NO_ENTRIES;
    const [own, others] =
      scope === 'near'
        ? [this.ownListNear(kind, namespace), entriesNear(entries, namespace)]
        : [
            this.cached(`\u0000own-in\u0000${kind}`, namespace, () =>
              this.own.filter((object) => object.kind === kind && object.namespace === namespace),
            ),
            entriesIn(entries, namespace),
          ];
    return autoscalerOf(workload, own) ?? autoscalerOfEntries(workload, others, this.shared.ownKey);
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
