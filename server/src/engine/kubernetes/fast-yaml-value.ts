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

function plainOf(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map(plainOf);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const { key, value } of node.items) {
      const keyValue = isScalar(key) ? key.value : key;
      const name = keyValue === null || keyValue === undefined ? '' : String(keyValue);
      const plain = plainOf(value);
      // As the library does: an own property even where the name is inherited (`__proto__`).
      if (name in out)
        Object.defineProperty(out, name, { value: plain, writable: true, enumerable: true, configurable: true });
      else out[name] = plain;
    }
    return out;
  }
  return node;
}
