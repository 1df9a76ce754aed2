import type { Node } from 'yaml';

/** YAML 1.1 booleans, which kubectl (a YAML 1.1 reader) turns into true/false when unquoted. */
export const YAML11_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/**
 * Documents whose value kubectl reads exactly as this YAML 1.2 parser does: the fast reader saw
 * every plain scalar they hold, and none was a null or a YAML 1.1 boolean. The schema check would
 * otherwise walk each whole value beside its nodes to find none (a 2 MB manifest of
 * CustomResourceDefinitions: ~40 ms).
 */
const readsAlike = new WeakSet<Node>();

/** A plain scalar's value that kubectl reads otherwise: a null (dropped when it is a map's value) or a YAML 1.1 boolean. */
export function readsOtherwiseInYaml11(value: unknown): boolean {
  return value === null || (typeof value === 'string' && value.length <= 3 && YAML11_BOOLEAN.test(value));
}

export function markReadsAlikeInYaml11(root: Node): void {
  readsAlike.add(root);
}

export function readsAlikeInYaml11(root: unknown): boolean {
  return typeof root === 'object' && root !== null && readsAlike.has(root as Node);
}
