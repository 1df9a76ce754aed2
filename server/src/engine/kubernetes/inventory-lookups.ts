/**
 * The lookups the inventory (inventory.ts) shares across lints: other files' objects grouped the
 * ways rules ask for them, built once per list of the index's entries and kept while it stands.
 */
import { NameIndex } from '../closest-name';
import type { ObjectEntry } from '../workspace';
import type { IndexedObject } from './facts';

/** Pod-label lookups over a workspace's entries, built once per index generation. */
const podLabelIndexes = new WeakMap<readonly ObjectEntry[], Map<string, ObjectEntry[]>>();

/** Other files' objects grouped the ways the inventory asks for them, in the index's order. */
export interface SharedLookup {
  byKind: Map<string, ObjectEntry[]>;
  /** Per kind, entries by each of their own labels: built for a kind when first asked. */
  byKindLabel: Map<string, Map<string, ObjectEntry[]>>;
  byKindName: Map<string, ObjectEntry[]>;
  workloads: ObjectEntry[];
  generators: ObjectEntry[];
}

const sharedLookups = new WeakMap<readonly ObjectEntry[], SharedLookup>();

/** The lookups of one list of entries, built on first use and shared by every lint while it stands. */
export function sharedLookup(entries: readonly ObjectEntry[]): SharedLookup {
  let lookup = sharedLookups.get(entries);
  if (lookup) return lookup;
  lookup = {
    byKind: new Map(),
    byKindLabel: new Map(),
    byKindName: new Map(),
    workloads: [],
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

/** An object without a namespace lands wherever it is applied, so it may share one with anything. */
export function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** Per shared list of entries, those that could share each namespace asked for (see namespaceKey). */
const nearByList = new WeakMap<readonly ObjectEntry[], Map<string, readonly ObjectEntry[]>>();

/** Per shared list of entries, those written for exactly each namespace asked for (see namespaceKey). */
const inByList = new WeakMap<readonly ObjectEntry[], Map<string, readonly ObjectEntry[]>>();

/** The entries of a shared list that could share `namespace`, filtered once for every file that asks. */
export function entriesNear(entries: readonly ObjectEntry[], namespace: string | undefined): readonly ObjectEntry[] {
  return entriesWhere(nearByList, entries, namespace, (other) => sameNamespace(other, namespace));
}

/** The entries of a shared list written for exactly `namespace` (both without one counts), filtered once. */
export function entriesIn(entries: readonly ObjectEntry[], namespace: string | undefined): readonly ObjectEntry[] {
  return entriesWhere(inByList, entries, namespace, (other) => other === namespace);
}

function entriesWhere(
  lists: WeakMap<readonly ObjectEntry[], Map<string, readonly ObjectEntry[]>>,
  entries: readonly ObjectEntry[],
  namespace: string | undefined,
  fits: (namespace: string | undefined) => boolean,
): readonly ObjectEntry[] {
  let byNamespace = lists.get(entries);
  if (!byNamespace) lists.set(entries, (byNamespace = new Map()));
  const key = namespaceKey(namespace);
  let found = byNamespace.get(key);
  if (!found) byNamespace.set(key, (found = entries.filter((entry) => fits(entry.object.namespace))));
  return found;
}

/** A namespace as a key apart from every other, none included (a namespace may be any text, even "\u0000"). */
function namespaceKey(namespace: string | undefined): string {
  return namespace === undefined ? '' : `=${namespace}`;
}

export const NONE: readonly IndexedObject[] = [];

/** This file's part of a list, then the other files' part: one of them as it is when the other is empty. */
export function joined(own: readonly IndexedObject[], others: readonly IndexedObject[]): readonly IndexedObject[] {
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

export function objectsOfEntries(entries: readonly ObjectEntry[]): EntryObjects {
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

/** A list of entries' names indexed for typo searches, and the places in the list of each name. */
interface EntryNames {
  index: NameIndex;
  places: Map<string, number[]>;
}

const entryNames = new WeakMap<readonly ObjectEntry[], EntryNames>();

export function namesOfEntries(entries: readonly ObjectEntry[]): EntryNames {
  let found = entryNames.get(entries);
  if (found) return found;
  const places = new Map<string, number[]>();
  entries.forEach(({ object }, place) => {
    if (object.name) pushTo(places, object.name, place);
  });
  found = { index: new NameIndex(places.keys()), places };
  entryNames.set(entries, found);
  return found;
}

/** Adds `item` to the group of `key`, opening the group when it is the first. */
export function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const group = map.get(key);
  if (group) group.push(item);
  else map.set(key, [item]);
}

export function kindNameKey(kind: string, name: string): string {
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
export function podLabelIndex<T>(items: readonly T[], objectOf: (item: T) => IndexedObject): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const [k, v] of Object.entries(objectOf(item).pods?.labels ?? {})) pushTo(index, labelKey(k, v), item);
  }
  return index;
}
