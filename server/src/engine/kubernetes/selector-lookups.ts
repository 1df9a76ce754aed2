/**
 * Lookups that let a cross-file rule match selectors against the objects of a whole repository
 * without trying every pair: a selector that asks for a label as written (`app: web`, a label no
 * controller adds) can only select objects that write it, so each list is indexed once by such
 * labels. A lint of 50,000 objects tried every PodDisruptionBudget against every replicated
 * workload, and every autoscaler against every workload, for seconds of its run.
 *
 * Each index is kept per list, so a list must be one that lives as long as its answers are
 * wanted: a lint's own list, or a list of the workspace index's entries, shared by every file's
 * lint while the index stands (entries carry their file's key, and a lint leaves out those of its
 * own file, whose objects it has as they are now).
 */
import type { ObjectEntry } from '../workspace';
import type { IndexedObject } from './facts';
import { labelKey, pushTo } from './inventory-lookups';
import { isControllerLabel, selectsPods, type LabelSelector, type PodIdentity } from './selectors';

/** A label the selected objects must write as it is, when the selector asks for one. */
export function selectorAnchor(selector: LabelSelector): [string, string] | undefined {
  return Object.entries(selector.matchLabels).find(([key]) => !isControllerLabel(key));
}

interface SelectorIndex<T> {
  /** Items whose selector has no anchor: any pods may match them. */
  unanchored: T[];
  byAnchor: Map<string, T[]>;
}

const selectorIndexes = new WeakMap<readonly object[], SelectorIndex<object>>();

function selectorIndex<T extends object>(items: readonly T[], objectOf: (item: T) => IndexedObject): SelectorIndex<T> {
  let index = selectorIndexes.get(items) as SelectorIndex<T> | undefined;
  if (!index) {
    index = { unanchored: [], byAnchor: new Map() };
    for (const item of items) {
      const selector = objectOf(item).selector;
      if (!selector) continue;
      const anchor = selectorAnchor(selector);
      if (!anchor) index.unanchored.push(item);
      else pushTo(index.byAnchor, labelKey(anchor[0], anchor[1]), item);
    }
    selectorIndexes.set(items, index);
  }
  return index;
}

/**
 * Whether an item of `items` that `counts` has a selector that selects `pods`: the items whose
 * selector has no anchor, then those anchored on one of the pods' labels.
 */
function someSelecting<T extends object>(
  items: readonly T[],
  objectOf: (item: T) => IndexedObject,
  pods: PodIdentity,
  counts: (item: T) => boolean = () => true,
): boolean {
  if (items.length === 0) return false;
  const index = selectorIndex(items, objectOf);
  const selects = (item: T): boolean => {
    const selector = objectOf(item).selector;
    return counts(item) && !!selector && selectsPods(selector, pods);
  };
  if (index.unanchored.some(selects)) return true;
  for (const [key, value] of Object.entries(pods.labels))
    if (index.byAnchor.get(labelKey(key, value))?.some(selects)) return true;
  return false;
}

/** Whether an object of `list` (budgets, policies) has a selector that selects `pods`. */
export function someSelects(list: readonly IndexedObject[], pods: PodIdentity): boolean {
  return someSelecting(list, (object) => object, pods);
}

/** someSelects over the objects of shared `entries`, leaving out those of the file keyed `ownKey`. */
export function someEntrySelects(entries: readonly ObjectEntry[], pods: PodIdentity, ownKey: string): boolean {
  return someSelecting(
    entries,
    (entry) => entry.object,
    pods,
    (entry) => entry.key !== ownKey,
  );
}

const targetIndexes = new WeakMap<readonly object[], Map<string, object[]>>();

/** The items of `items` by the kind and name of their autoscaler's scale target, in list order. */
function targetIndex<T extends object>(items: readonly T[], objectOf: (item: T) => IndexedObject): Map<string, T[]> {
  let index = targetIndexes.get(items) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const item of items) {
      const target = objectOf(item).scaleTarget;
      if (target) pushTo(index, labelKey(target.kind, target.name), item);
    }
    targetIndexes.set(items, index);
  }
  return index;
}

/** The first item of `items` that `counts` whose autoscaler's scale target is `workload` (by kind and name). */
function firstTargeting<T extends object>(
  items: readonly T[],
  objectOf: (item: T) => IndexedObject,
  workload: IndexedObject,
  counts: (item: T) => boolean = () => true,
): T | undefined {
  if (workload.name === undefined) return undefined;
  return targetIndex(items, objectOf).get(labelKey(workload.kind, workload.name))?.find(counts);
}

/** The first autoscaler of `autoscalers` whose scale target is `workload` (by kind and name). */
export function autoscalerOf(
  workload: IndexedObject,
  autoscalers: readonly IndexedObject[],
): IndexedObject | undefined {
  return firstTargeting(autoscalers, (hpa) => hpa, workload);
}

/** autoscalerOf over the objects of shared `entries`, leaving out those of the file keyed `ownKey`. */
export function autoscalerOfEntries(
  workload: IndexedObject,
  entries: readonly ObjectEntry[],
  ownKey: string,
): IndexedObject | undefined {
  return firstTargeting(
    entries,
    (entry) => entry.object,
    workload,
    (entry) => entry.key !== ownKey,
  )?.object;
}
