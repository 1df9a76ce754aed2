import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { LineIndex } from '../text';
import type { TextEdit } from '../types';

/**
 * Text edits that change a manifest while keeping its layout: the engine never re-serialises a
 * document, so comments, quoting and key order survive a fix.
 */

/** Replaces a scalar's source text. */
export function replaceNode(index: LineIndex, node: Node, newText: string): TextEdit | undefined {
  if (!node.range) return undefined;
  return { range: index.rangeOf(node.range[0], node.range[1]), newText };
}

/**
 * Adds `lines` (YAML written at indentation zero) as new entries at the end of a block map,
 * creating the missing maps of `path` on the way. Returns undefined where no safe edit exists:
 * flow maps, or a key on the path that holds something other than a block map.
 */
export function insertIntoMap(
  index: LineIndex,
  map: YAMLMap,
  path: readonly string[],
  lines: readonly string[],
): TextEdit | undefined {
  let target = map;
  let rest = [...path];
  while (rest.length > 0) {
    const key = rest[0] as string;
    const pair = target.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (!pair) break;
    if (!isMap(pair.value) || pair.value.flow || pair.value.items.length === 0) return undefined;
    target = pair.value;
    rest = rest.slice(1);
  }
  if (target.flow || target.items.length === 0) return undefined;
  const firstKey = target.items[0]?.key;
  const last = target.items[target.items.length - 1];
  if (!isScalar(firstKey) || !firstKey.range || !last) return undefined;
  const indent = keyColumn(index, firstKey.range[0]);
  const lastEnd = lastOffset(index.text, last.value, last.key);
  if (lastEnd === undefined) return undefined;
  const unit = indentUnit(index);
  const nested: string[] = [];
  rest.forEach((key, depth) => nested.push(`${' '.repeat(depth * unit)}${key}:`));
  for (const line of lines) nested.push(`${' '.repeat(rest.length * unit)}${line}`);
  const eol = index.eol;
  const endLine = index.positionAt(lastEnd).line;
  const insertAt = index.lineEnd(endLine);
  const text = nested.map((line) => `${eol}${' '.repeat(indent)}${line}`).join('');
  const position = index.positionAt(insertAt);
  return { range: { start: position, end: position }, newText: text };
}

/** The column a block map's key starts at, counting a tag or anchor written before it (`!!str name:`, `&a name:`). */
function keyColumn(index: LineIndex, keyStart: number): number {
  const { line, character } = index.positionAt(keyStart);
  // Properties are short; a bounded look-back keeps a pathological long line linear.
  const before = index.text.slice(Math.max(index.lineStart(line), keyStart - 256), keyStart);
  const properties = /(?:[!&]\S*[ \t]+)*$/.exec(before)?.[0].length ?? 0;
  return character - properties;
}

function lastOffset(text: string, value: unknown, key: unknown): number | undefined {
  const node = (value ?? key) as Node | null;
  if (!node || !node.range) return undefined;
  // A range can run past the node's last line: a block scalar's ends after its final line break,
  // and a collection ending in an empty value (`- data:`) ends in the next line's indentation.
  // Step back over that whitespace onto the last character of the node's own text.
  let end = node.range[1];
  while (end > node.range[0] && /\s/.test(text.charAt(end - 1))) end--;
  return Math.max(node.range[0], end - 1);
}

const indentUnits = new WeakMap<LineIndex, number>();

/** The indentation step the document uses (two spaces when it cannot tell); measured once per text. */
export function indentUnit(index: LineIndex): number {
  let unit = indentUnits.get(index);
  if (unit === undefined) {
    unit = measureIndentUnit(index);
    indentUnits.set(index, unit);
  }
  return unit;
}

function measureIndentUnit(index: LineIndex): number {
  const seen = new Map<number, number>();
  let previous = 0;
  for (let line = 0; line < Math.min(index.lineCount, 200); line++) {
    const text = index.lineText(line);
    if (!text.trim() || text.trimStart().startsWith('#')) continue;
    const indent = text.length - text.trimStart().length;
    const step = indent - previous;
    if (step > 0) seen.set(step, (seen.get(step) ?? 0) + 1);
    previous = indent;
  }
  let best = 2;
  let bestCount = 0;
  for (const [step, count] of seen) {
    if (count > bestCount && step <= 8) [best, bestCount] = [step, count];
  }
  return best;
}
