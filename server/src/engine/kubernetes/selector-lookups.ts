/**
 * Lookups that let a cross-file rule match selectors against the objects of a whole repository
 * without trying every pair: a selector that asks for a label as written (`app: web`, a label no
 * controller adds) can only select objects that write it, so each list is indexed once by such
 * labels. A lint of 50,000 objects tried every PodDisruptionBudget against every replicated
 * workload, and every autoscaler against every workload, for seconds of its run.
 */
import type { IndexedObject } from './facts';
import { labelKey, pushTo } from './inventory-lookups';
import { isControllerLabel, selectsPods, type LabelSelector, type PodIdentity } from './selectors';

/** A label the selected objects must write as it is, when the selector asks for one. */
export function selectorAnchor(selector: LabelSelector): [string, string] | undefined {
  return Object.entries(selector.matchLabels).find(([key]) => !isControllerLabel(key));
}

interface SelectorIndex {
  /** Objects whose selector has no anchor: any pods may match them. */
  unanchored: IndexedObject[];
  byAnchor: Map<string, IndexedObject[]>;
}

const selectorIndexes = new WeakMap<readonly IndexedObject[], SelectorIndex>();

/** Whether an object of `list` (budgets, policies) has a selector that selects `pods`. */
export function someSelects(list: readonly IndexedObject[], pods: PodIdentity): boolean {
  let index = selectorIndexes.get(list);
  if (!index) {
    index = { unanchored: [], byAnchor: new Map() };
    for (const object of list) {
      if (!object.selector) continue;
      const anchor = selectorAnchor(object.selector);
      if (!anchor) index.unanchored.push(object);
      else pushTo(index.byAnchor, labelKey(anchor[0], anchor[1]), object);
    }
    selectorIndexes.set(list, index);
  }
  const selects = (object: IndexedObject): boolean => !!object.selector && selectsPods(object.selector, pods);
  if (index.unanchored.some(selects)) return true;
  for (const [key, value] of Object.entries(pods.labels))
    if (index.byAnchor.get(labelKey(key, value))?.some(selects)) return true;
  return false;
}

const targetIndexes = new WeakMap<readonly IndexedObject[], Map<string, IndexedObject>>();

/** The first autoscaler of `autoscalers` whose scale target is `workload` (by kind and name). */
export function autoscalerOf(
  workload: IndexedObject,
  autoscalers: readonly IndexedObject[],
): IndexedObject | undefined {
  let index = targetIndexes.get(autoscalers);
  if (!index) {
    index = new Map();
    for (const hpa of autoscalers) {
      const target = hpa.scaleTarget;
      if (!target) continue;
      const key = labelKey(target.kind, target.name);
      if (!index.has(key)) index.set(key, hpa);
    }
    targetIndexes.set(autoscalers, index);
  }
  return workload.name === undefined ? undefined : index.get(labelKey(workload.kind, workload.name));
}
