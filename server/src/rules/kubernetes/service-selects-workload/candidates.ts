import type { IndexedObject } from '../../../engine/kubernetes/facts';
import { sameNamespace, type Inventory } from '../../../engine/kubernetes/inventory';
import { labelKey, sharedPodLabels } from '../../../engine/kubernetes/inventory-lookups';
import type { LabelSelector } from '../../../engine/kubernetes/selectors';
import type { ObjectEntry } from '../../../engine/workspace';
import { ownValue } from '../../../engine/own-keys';

/** Workloads in reach up to which every one of them is ranked for a Service that selects none. */
export const FULL_SCAN_LIMIT = 2_000;

/**
 * Where candidates come from: this file's workloads, and the workspace's entries minus those of
 * `ownKey` (the index's copy of this file). Entries shared by every lint get their lookup built once.
 */
export interface WorkloadSource {
  own: readonly IndexedObject[];
  entries: readonly ObjectEntry[];
  ownKey?: string;
}

interface Lookup {
  position: Map<ObjectEntry, number>;
  byFolder: Map<string, ObjectEntry[]>;
  byName: Map<string, ObjectEntry[]>;
}

const lookups = new WeakMap<readonly ObjectEntry[], Lookup>();

/** Sources of inventories without shared entries, so their lookups too are built once per lint. */
const unsharedSources = new WeakMap<Inventory, WorkloadSource>();

/** The inventory's workloads as a source: shared entries when the index offers them. */
export function workloadSource(inventory: Inventory): WorkloadSource {
  const shared = inventory.shared;
  if (shared) return { own: inventory.ownWorkloads(), entries: shared.entries, ownKey: shared.ownKey };
  let source = unsharedSources.get(inventory);
  if (!source) {
    source = { own: [], entries: inventory.workloads().map((object) => ({ key: '', object })) };
    unsharedSources.set(inventory, source);
  }
  return source;
}

/**
 * The workloads worth ranking as the one a Service that selects no pods meant. While few are in
 * reach (`near`: the workloads that could share its namespace, counted before they are listed),
 * all of them. In a namespace of thousands, those written in the Service's own folder and those
 * that carry one of its selected labels or its name: ranking every workload for every such Service
 * grows with the square of the repository (45 s of a 50,000-object lint), and the workload a typo
 * meant is almost always written next to its Service. Candidates keep the order of `near`, so the
 * ranking breaks ties as a full scan would.
 */
export function candidateWorkloads(
  source: WorkloadSource,
  near: { count: number; list: () => readonly IndexedObject[] },
  service: IndexedObject,
  selector: LabelSelector,
): readonly IndexedObject[] {
  if (near.count <= FULL_SCAN_LIMIT) return near.list();
  const folder = folderOf(service.uri);
  const labels = Object.entries(selector.matchLabels);
  const wanted = (workload: IndexedObject): boolean =>
    folderOf(workload.uri) === folder ||
    (service.name !== undefined && workload.name === service.name) ||
    labels.some(([key, value]) => workload.pods !== undefined && ownValue(workload.pods.labels, key) === value);
  const lookup = lookupOf(source.entries);
  const found = new Set<ObjectEntry>(lookup.byFolder.get(folder) ?? []);
  if (service.name !== undefined) for (const entry of lookup.byName.get(service.name) ?? []) found.add(entry);
  const byLabel = sharedPodLabels(source.entries);
  for (const [key, value] of labels) for (const entry of byLabel.get(labelKey(key, value)) ?? []) found.add(entry);
  const outside = [...found]
    .filter((entry) => source.ownKey === undefined || entry.key !== source.ownKey)
    .sort((a, b) => (lookup.position.get(a) ?? 0) - (lookup.position.get(b) ?? 0))
    .map((entry) => entry.object);
  return [...source.own.filter(wanted), ...outside].filter((workload) =>
    sameNamespace(workload.namespace, service.namespace),
  );
}

function lookupOf(entries: readonly ObjectEntry[]): Lookup {
  let lookup = lookups.get(entries);
  if (lookup) return lookup;
  lookup = { position: new Map(), byFolder: new Map(), byName: new Map() };
  const add = (map: Map<string, ObjectEntry[]>, key: string, entry: ObjectEntry): void => {
    const group = map.get(key);
    if (group) group.push(entry);
    else map.set(key, [entry]);
  };
  entries.forEach((entry, i) => {
    const workload = entry.object;
    if (!workload.pods) return;
    lookup.position.set(entry, i);
    add(lookup.byFolder, folderOf(workload.uri), entry);
    if (workload.name !== undefined) add(lookup.byName, workload.name, entry);
  });
  lookups.set(entries, lookup);
  return lookup;
}

function folderOf(uri: string): string {
  return uri.slice(0, Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\'), 0));
}
