import type { IndexedObject } from '../../../engine/kubernetes/facts';
import { sameNamespace } from '../../../engine/kubernetes/inventory';
import type { LabelSelector } from '../../../engine/kubernetes/selectors';

/** Workloads in reach up to which every one of them is ranked for a Service that selects none. */
export const FULL_SCAN_LIMIT = 2_000;

interface Lookup {
  position: Map<IndexedObject, number>;
  byFolder: Map<string, IndexedObject[]>;
  byName: Map<string, IndexedObject[]>;
  byLabel: Map<string, IndexedObject[]>;
}

/** Per list of all workloads, which the inventory builds once per lint. */
const lookups = new WeakMap<readonly IndexedObject[], Lookup>();

/**
 * The workloads worth ranking as the one a Service that selects no pods meant. While few are in
 * reach, all of them. In a namespace of thousands, those written in the Service's own folder and
 * those that carry one of its selected labels or its name: ranking every workload for every such
 * Service grows with the square of the repository (45 s of a 50,000-object lint), and the workload
 * a typo meant is almost always written next to its Service. `near` is `workloads` narrowed to the
 * Service's namespace; candidates keep that order, so the ranking breaks ties as a full scan would.
 */
export function candidateWorkloads(
  workloads: readonly IndexedObject[],
  near: readonly IndexedObject[],
  service: IndexedObject,
  selector: LabelSelector,
): readonly IndexedObject[] {
  if (near.length <= FULL_SCAN_LIMIT) return near;
  const lookup = lookupOf(workloads);
  const found = new Set<IndexedObject>(lookup.byFolder.get(folderOf(service.uri)) ?? []);
  if (service.name !== undefined) for (const workload of lookup.byName.get(service.name) ?? []) found.add(workload);
  for (const [key, value] of Object.entries(selector.matchLabels)) {
    for (const workload of lookup.byLabel.get(labelKey(key, value)) ?? []) found.add(workload);
  }
  return [...found]
    .filter((workload) => sameNamespace(workload.namespace, service.namespace))
    .sort((a, b) => (lookup.position.get(a) ?? 0) - (lookup.position.get(b) ?? 0));
}

function lookupOf(workloads: readonly IndexedObject[]): Lookup {
  let lookup = lookups.get(workloads);
  if (lookup) return lookup;
  lookup = { position: new Map(), byFolder: new Map(), byName: new Map(), byLabel: new Map() };
  const add = (map: Map<string, IndexedObject[]>, key: string, workload: IndexedObject): void => {
    const group = map.get(key);
    if (group) group.push(workload);
    else map.set(key, [workload]);
  };
  workloads.forEach((workload, i) => {
    lookup.position.set(workload, i);
    add(lookup.byFolder, folderOf(workload.uri), workload);
    if (workload.name !== undefined) add(lookup.byName, workload.name, workload);
    for (const [key, value] of Object.entries(workload.pods?.labels ?? {})) {
      add(lookup.byLabel, labelKey(key, value), workload);
    }
  });
  lookups.set(workloads, lookup);
  return lookup;
}

function folderOf(uri: string): string {
  return uri.slice(0, Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\'), 0));
}

function labelKey(key: string, value: string): string {
  return `${key}\u0000${value}`;
}
