/** From a JSON path (as validators report it) back to the YAML source: the key or value to underline. */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { LineIndex } from '../engine/text';
import type { Range } from '../engine/types';

export type JsonPath = readonly string[];

/** Splits an Ajv instance path (`/spec/containers/0`) into its unescaped segments. */
export function splitPointer(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export interface Located {
  /** The node at the path, when it exists. */
  node: Node | undefined;
  /** The map entry holding it, when the last step was a map key. */
  pair: Pair | undefined;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((item) => isScalar(item.key) && String(item.key.value) === key) as Pair | undefined;
}

export function locate(root: Node, path: JsonPath): Located {
  let node: Node | undefined = root;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      pair = pairOf(node, segment);
      node = (pair?.value ?? undefined) as Node | undefined;
      if (!pair) return { node: undefined, pair: undefined };
    } else if (isSeq(node)) {
      pair = undefined;
      node = node.items[Number(segment)] as Node | undefined;
      if (!node) return { node: undefined, pair: undefined };
    } else return { node: undefined, pair: undefined };
  }
  return { node, pair };
}

function rangeOfNode(
  index: LineIndex,
  node: { range?: [number, number, number] | null } | null | undefined,
): Range | undefined {
  return node?.range ? index.rangeOf(node.range[0], node.range[1]) : undefined;
}

/** The first line of a node: a map or list spanning many lines is underlined on its first line only. */
export function firstLine(index: LineIndex, range: Range): Range {
  if (range.start.line === range.end.line) return range;
  const end = index.lineEnd(range.start.line);
  return { start: range.start, end: index.positionAt(end) };
}

/** Where a problem with the field at `path` as a whole belongs: its key, or for a list item its first line. */
export function keyRange(index: LineIndex, root: Node, path: JsonPath): Range | undefined {
  const { node, pair } = locate(root, path);
  return keyOf(index, pair) ?? firstLineOf(index, node);
}

/** Where a problem with a value belongs: the scalar itself, or the key when the value is a map or list. */
export function valueRange(index: LineIndex, root: Node, path: JsonPath): Range | undefined {
  const { node, pair } = locate(root, path);
  if (isScalar(node)) return rangeOfNode(index, node);
  return keyOf(index, pair) ?? firstLineOf(index, node);
}

/**
 * Where a missing field is reported: on the key that holds the object (`containers[0]` → the
 * item's first key, `spec` → `spec`), so the underline points at what needs the field.
 */
export function ownerRange(index: LineIndex, root: Node, path: JsonPath): Range | undefined {
  const { node, pair } = locate(root, path);
  const firstKey = isMap(node) ? rangeOfNode(index, node.items[0]?.key as Node | undefined) : undefined;
  return keyOf(index, pair) ?? firstKey ?? firstLineOf(index, node);
}

function keyOf(index: LineIndex, pair: Pair | undefined): Range | undefined {
  return rangeOfNode(index, pair?.key as Node | undefined);
}

function firstLineOf(index: LineIndex, node: Node | undefined): Range | undefined {
  const whole = rangeOfNode(index, node);
  return whole ? firstLine(index, whole) : undefined;
}

/** The source text of a scalar, when it is a plain (unquoted) one. */
export function plainScalarText(
  text: string,
  root: Node,
  path: JsonPath,
): { start: number; end: number; source: string } | undefined {
  const { node } = locate(root, path);
  if (!isScalar(node) || !node.range || node.type !== 'PLAIN') return undefined;
  const [start, end] = node.range;
  return { start, end, source: text.slice(start, end) };
}

/**
 * The source text of a one-line map of one plain key and plain value, `- echo "pod: $HOSTNAME"`:
 * a string whose `: ` made YAML read a key and a value.
 */
export function plainPairText(
  text: string,
  root: Node,
  path: JsonPath,
): { start: number; end: number; source: string } | undefined {
  const { node } = locate(root, path);
  if (!isMap(node) || node.items.length !== 1 || node.flow) return undefined;
  const [pair] = node.items;
  const key = pair?.key as Node | null | undefined;
  const value = pair?.value as Node | null | undefined;
  if (!isScalar(key) || !isScalar(value) || key.type !== 'PLAIN' || value.type !== 'PLAIN') return undefined;
  if (!key.range || !value.range) return undefined;
  const source = text.slice(key.range[0], value.range[1]);
  return /[\r\n#]/.test(source) ? undefined : { start: key.range[0], end: value.range[1], source };
}

/** The key of `key` in the map at `path` when it is written with no value (`name:`), so "missing" is misleading. */
export function emptyKeyRange(index: LineIndex, root: Node, path: JsonPath, key: string): Range | undefined {
  const { node } = locate(root, path);
  if (!isMap(node)) return undefined;
  const pair = pairOf(node, key);
  if (!pair) return undefined;
  const value = pair.value as Node | null;
  if (value && !(isScalar(value) && value.value === null)) return undefined;
  return rangeOfNode(index, pair.key as Node | undefined);
}

/** YAML names one character of a problem (a repeated key's first letter): the word it starts is the range's end. */
export function wordEnd(text: string, start: number, end: number): number {
  if (end - start > 1) return end;
  const word = /[^\s:,[\]{}]+/y;
  word.lastIndex = start;
  return word.exec(text) ? word.lastIndex : Math.max(end, start + 1);
}
