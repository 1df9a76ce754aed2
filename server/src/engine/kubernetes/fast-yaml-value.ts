import { isMap, isScalar, isSeq, type Node } from 'yaml';

/**
 * Plain values of the documents the fast reader (fast-yaml.ts) read. Such a document holds no
 * alias, anchor, tag or merge key, and only scalar keys: the library's `toJS`, which handles all of
 * those, walks it with a context of anchors and a merge-key test at every entry, where this takes
 * each node's value as it is, in half the time (the argo-cd install's documents, first run: 49 →
 * 13 ms). The values are the library's to the last property (unit test: every fixture document).
 */
const readByFastReader = new WeakSet<Node>();

export function markFastRead(root: Node): void {
  readByFastReader.add(root);
}

/** The document root's plain value when the fast reader read it, else undefined (ask the library). */
export function fastPlainValue(root: Node): { value: unknown } | undefined {
  return readByFastReader.has(root) ? { value: plainOf(root) } : undefined;
}

export function plainOf(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map(plainOf);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const { key, value } of node.items) {
      const keyValue = isScalar(key) ? key.value : key;
      setPlainEntry(out, keyValue === null || keyValue === undefined ? '' : String(keyValue), plainOf(value));
    }
    return out;
  }
  return node;
}

/** As the library sets a map's entry: an own property even where the name is inherited (`__proto__`). */
export function setPlainEntry(out: Record<string, unknown>, name: string, value: unknown): void {
  if (name in out) Object.defineProperty(out, name, { value, writable: true, enumerable: true, configurable: true });
  else out[name] = value;
}

const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * setPlainEntry for a name the map does not hold yet (the plain reader declines duplicate keys): a
 * set lookup where `in` searched the map and its prototype (a tenth of reading for the index).
 */
export function addPlainEntry(out: Record<string, unknown>, name: string, value: unknown): void {
  if (INHERITED.has(name)) setPlainEntry(out, name, value);
  else out[name] = value;
}
