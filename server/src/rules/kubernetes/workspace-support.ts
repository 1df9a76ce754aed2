/**
 * Helpers shared by the cross-file rules: which of this file's objects to look at, names that
 * look like a typo of another, and edits that rewrite a selector or a name in place.
 */
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { KubernetesWorkspaceContext } from '../../engine/kubernetes/context';
import type { IndexedObject, ServicePortFacts } from '../../engine/kubernetes/facts';
import { podIdentity } from '../../engine/kubernetes/inventory';
import { selectsPods, type LabelSelector } from '../../engine/kubernetes/selectors';
import { keyNodeAt, nodeAt, type K8sObject, type Path } from '../../engine/kubernetes/parse';
import type { Range, TextEdit } from '../../engine/types';
import { looksLikeTypo, renameTarget } from '../../engine/closest-name';
import { ownValue } from '../../engine/own-keys';

/** This file's objects of the given kinds, with their facts. */
export function ownObjects(
  ctx: KubernetesWorkspaceContext,
  kinds: readonly string[],
): { object: K8sObject; facts: IndexedObject }[] {
  const result: { object: K8sObject; facts: IndexedObject }[] = [];
  for (const object of ctx.objects) {
    if (!kinds.includes(object.kind) || !object.value) continue;
    const facts = ctx.inventory.factsOf(object);
    if (facts) result.push({ object, facts });
  }
  return result;
}

/** This file's objects that run pods (built-in workloads and objects found by their pod template). */
export function ownWorkloads(ctx: KubernetesWorkspaceContext): { object: K8sObject; facts: IndexedObject }[] {
  const result: { object: K8sObject; facts: IndexedObject }[] = [];
  for (const object of ctx.objects) {
    const facts = ctx.inventory.factsOf(object);
    if (facts?.pods && object.value) result.push({ object, facts });
  }
  return result;
}

/**
 * The Services that send traffic to the workload's pods: those that could share its namespace and
 * whose selector selects its pods (an ExternalName Service sends nowhere).
 */
export function servicesSelecting(ctx: KubernetesWorkspaceContext, workload: IndexedObject): IndexedObject[] {
  const pods = podIdentity(workload);
  if (!pods) return [];
  return ctx.inventory.near('Service', workload.namespace).filter((service) => {
    const selector = service.service?.selector;
    return service.service?.type !== 'ExternalName' && selector !== undefined && selectsPods(selector, pods);
  });
}

/**
 * Where a Service port sends its traffic on the pods: `targetPort`, else `port`. A targetPort
 * written as a string of digits (`"8080"`) is read as the number: people mean the number.
 */
export function serviceTarget(port: ServicePortFacts): string | number | undefined {
  const target = port.targetPort ?? port.port;
  return typeof target === 'string' && /^\d+$/.test(target) ? Number(target) : target;
}

/** `Deployment "web"`: how an object is named in messages. */
export function nameOf(object: { name?: string | undefined }): string {
  return object.name ?? 'unnamed';
}

export { closestName, closestObject, isMisspelling, looksLikeTypo, renameTarget } from '../../engine/closest-name';

/** Range of the scalar at `path`, else of its key, else of the nearest ancestor. */
export function valueOrKeyRange(ctx: KubernetesWorkspaceContext, object: K8sObject, path: Path): Range {
  const node = nodeAt(object.root, path);
  if (isScalar(node) && node.range) return ctx.index.rangeOf(node.range[0], node.range[1]);
  return keyNodeAt(object.root, path) ? ctx.keyRangeIn(object, path) : ctx.valueRangeIn(object, path);
}

/** Replaces the scalar at `path` with `text` (a name written plainly or quoted as needed). */
export function replaceScalar(
  ctx: KubernetesWorkspaceContext,
  object: K8sObject,
  path: Path,
  value: string | number,
): TextEdit | undefined {
  const node = nodeAt(object.root, path);
  if (!isScalar(node) || !node.range) return undefined;
  return { range: ctx.index.rangeOf(node.range[0], node.range[1]), newText: yamlScalar(value) };
}

/** YAML 1.1 readers (kubectl) take these plain words as booleans or null. */
const SPECIAL_WORDS = /^(y|yes|n|no|true|false|on|off|null|~)$/i;
const NUMBER_LIKE = /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0[xob]/i;

/** A value written so that YAML reads it back as the same string (or number). */
export function yamlScalar(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const plain =
    /^[A-Za-z0-9_]([A-Za-z0-9._/-]*[A-Za-z0-9_])?$/.test(value) &&
    !SPECIAL_WORDS.test(value) &&
    !NUMBER_LIKE.test(value);
  return plain ? value : JSON.stringify(value);
}

/**
 * Rewrites a map of labels (a Service's `selector`) to hold exactly `labels`, in the map's own
 * style: one `key: value` line per label at the same indentation, or `{ key: value }` when flow.
 */
export function rewriteLabelMap(
  ctx: KubernetesWorkspaceContext,
  map: Node | undefined,
  labels: Record<string, string>,
): TextEdit | undefined {
  if (!isMap(map) || !map.range || Object.keys(labels).length === 0) return undefined;
  const entries = Object.entries(labels).map(([key, value]) => `${yamlScalar(key)}: ${yamlScalar(value)}`);
  if (map.flow) {
    return { range: ctx.index.rangeOf(map.range[0], map.range[1]), newText: `{ ${entries.join(', ')} }` };
  }
  const span = blockSpan(ctx, map);
  if (!span) return undefined;
  const indent = ' '.repeat(ctx.index.positionAt(span.start).character);
  return { range: ctx.index.rangeOf(span.start, span.end), newText: entries.join(`${ctx.index.eol}${indent}`) };
}

/** From a block map's first key to the last character of its last value (trailing blanks left alone). */
function blockSpan(ctx: KubernetesWorkspaceContext, map: YAMLMap): { start: number; end: number } | undefined {
  const first = map.items[0];
  const last = map.items[map.items.length - 1];
  const firstKey = first?.key as Node | null | undefined;
  const lastNode = (last?.value ?? last?.key) as Node | null | undefined;
  if (!firstKey?.range || !lastNode?.range) return undefined;
  // Every entry must start its own line: `a: 1  # note` and the like stay as they are.
  const line = ctx.index.positionAt(firstKey.range[0]).line;
  if (ctx.index.lineText(line).slice(0, ctx.index.positionAt(firstKey.range[0]).character).trim() !== '')
    return undefined;
  let end = lastNode.range[1];
  while (end > lastNode.range[0] && /\s/.test(ctx.text.charAt(end - 1))) end--;
  return { start: firstKey.range[0], end };
}

/** Labels a workload's pods are selected by: its selector's matchLabels, else its pod template's labels. */
export function identifyingLabels(workload: IndexedObject): Record<string, string> {
  const selector = workload.selector;
  const labels = workload.pods?.labels ?? {};
  // The selector names the pods' identity, but only while it agrees with the template.
  const agrees =
    selector &&
    selector.matchExpressions.length === 0 &&
    Object.keys(selector.matchLabels).length > 0 &&
    Object.entries(selector.matchLabels).every(([key, value]) => ownValue(labels, key) === value);
  return agrees ? selector.matchLabels : labels;
}

/** A workload whose written pod labels have a selected key with a value close to the selected one: a likely typo. */
export function nearMissLabel(
  selector: LabelSelector,
  workload: IndexedObject,
): { key: string; value: string } | undefined {
  const labels = workload.pods?.labels ?? {};
  for (const [key, wanted] of Object.entries(selector.matchLabels)) {
    const written = ownValue(labels, key);
    if (written !== undefined && looksLikeTypo(wanted, written)) return { key, value: written };
  }
  return undefined;
}

/** The first of `workloads` with a near-miss label (nearMissLabel), and that label as it is written. */
export function firstNearMiss(
  selector: LabelSelector,
  workloads: readonly IndexedObject[],
): { workload: IndexedObject; key: string; value: string } | undefined {
  for (const workload of workloads) {
    const miss = nearMissLabel(selector, workload);
    if (miss) return { workload, ...miss };
  }
  return undefined;
}

/**
 * The edit that corrects the one misspelt label value of a selector's `matchLabels` (at `path`) to
 * the near workload's, and nothing more. A NetworkPolicy or a PodDisruptionBudget acts on the pods
 * it selects, so a fix must not move it to others: the other labels it asks for stay; a value that
 * merely holds the written one (`api`, `kubernetes-demo-api`) is another application, not a slip; a
 * workload that may run in another namespace (written without one, applied who knows where) is not
 * the selector's to take; and a rewrite that still selects none of the workload's pods settles nothing.
 */
export function misspeltLabelEdit(
  ctx: KubernetesWorkspaceContext,
  object: K8sObject,
  facts: IndexedObject,
  meant: { workload: IndexedObject; key: string; value: string },
  path: Path,
): TextEdit | undefined {
  const selector = facts.selector;
  const written = selector && ownValue(selector.matchLabels, meant.key);
  if (!selector || written === undefined || renameTarget(written, meant.value) === undefined) return undefined;
  if (meant.workload.namespace !== facts.namespace) return undefined;
  const pods = podIdentity(meant.workload);
  const renamed = { ...selector, matchLabels: { ...selector.matchLabels, [meant.key]: meant.value } };
  if (!pods || !selectsPods(renamed, pods)) return undefined;
  return replaceScalar(ctx, object, [...path, meant.key], meant.value);
}

/** `app=web,tier=front`. */
export function labelList(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** The text of a new document appended at the end of the file, after a `---`. */
export function appendDocument(ctx: KubernetesWorkspaceContext, lines: readonly string[]): TextEdit {
  const eol = ctx.index.eol;
  const end = ctx.index.positionAt(ctx.text.length);
  const separator = ctx.text.length === 0 || /[\r\n]$/.test(ctx.text) ? '' : eol;
  return { range: { start: end, end }, newText: `${separator}---${eol}${lines.join(eol)}${eol}` };
}
