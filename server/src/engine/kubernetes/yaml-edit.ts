import { isCollection, isMap, isPair, isScalar, visit, type Node, type YAMLMap } from 'yaml';
import type { LineIndex } from '../text';
import type { Position, TextEdit } from '../types';

/**
 * Text edits that change a manifest while keeping its layout: the engine never re-serialises a
 * document, so comments, quoting and key order survive a fix.
 */

/** Replaces a scalar's source text. */
export function replaceNode(index: LineIndex, node: Node, newText: string): TextEdit | undefined {
  if (!node.range) return undefined;
  const [start, end] = node.range;
  // An empty value (`cpu:` at the end of a file) starts right after its colon: `cpu:250m` would be
  // one plain scalar, not a key and its value.
  const glued = start === end && /[:-]/.test(index.text.charAt(start - 1));
  return { range: index.rangeOf(start, end), newText: glued ? ` ${newText}` : newText };
}

/** True when the node or anything inside it carries an anchor: deleting it would strand the aliases to it. */
export function holdsAnchor(node: Node): boolean {
  let found = false;
  visit(node, {
    Node: (_, inner) => {
      if (!inner.anchor) return undefined;
      found = true;
      return visit.BREAK;
    },
  });
  return found;
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
  // A key the map has already (perhaps through an alias the rule could not read) must not be added twice.
  if (rest.length === 0 && lines.some((line) => hasKey(target, /^([^\s#'"-][^:]*):(\s|$)/.exec(line)?.[1]))) {
    return undefined;
  }
  const end = mapEnd(index, target);
  if (!end) return undefined;
  const unit = indentUnit(index);
  const nested: string[] = [];
  rest.forEach((key, depth) => nested.push(`${' '.repeat(depth * unit)}${key}:`));
  for (const line of lines) nested.push(`${' '.repeat(rest.length * unit)}${line}`);
  const eol = index.eol;
  const text = nested.map((line) => `${eol}${' '.repeat(end.indent)}${line}`).join('');
  // A position of its own: edits are merged and moved by their consumers.
  const position = { ...end.position };
  return { range: { start: position, end: position }, newText: text };
}

/** Where entries added at the end of a block map go, and at what indentation. */
interface MapEnd {
  indent: number;
  position: Position;
}

/**
 * Per text and map: a container's map takes fixes from five rules or more (seccomp, capabilities,
 * privilege escalation, resources, probes…), and each worked out the same place again.
 */
const mapEnds = new WeakMap<LineIndex, WeakMap<YAMLMap, MapEnd | null>>();

function mapEnd(index: LineIndex, map: YAMLMap): MapEnd | undefined {
  let ends = mapEnds.get(index);
  if (!ends) mapEnds.set(index, (ends = new WeakMap()));
  let end = ends.get(map);
  if (end === undefined) ends.set(map, (end = findMapEnd(index, map) ?? null));
  return end ?? undefined;
}

function findMapEnd(index: LineIndex, map: YAMLMap): MapEnd | undefined {
  const last = map.items[map.items.length - 1];
  const indent = mapIndentation(index, map);
  if (indent === undefined || !last) return undefined;
  const lastEnd = lastOffset(index.text, last.value, last.key);
  if (lastEnd === undefined) return undefined;
  const endLine = index.positionAt(lastEnd).line;
  // The next line with content must belong to an enclosing node: one indented deeper, or a sequence
  // entry at the map's own indentation (which can only be the last entry's value), means the last
  // entry goes on past its parsed range (cut short, or dropped, after an explicit complex key such
  // as `?  :`), so there is no safe place.
  if (continuesBelow(index, endLine, indent) || plainAfterShallowComment(index, last.value ?? last.key, indent))
    return undefined;
  return { indent, position: index.positionAt(index.lineEnd(endLine)) };
}

function continuesBelow(index: LineIndex, line: number, indent: number): boolean {
  for (let next = line + 1; next < index.lineCount; next++) {
    const text = index.lineText(next);
    const content = text.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const column = text.length - content.length;
    return column > indent || (column === indent && /^-(\s|$)/.test(content));
  }
  return false;
}

/**
 * The YAML parser reads a plain scalar that starts below a comment line (`c:`, then `#…` at column
 * 0, then `x y`) as going on through every later line indented deeper than that comment, whatever
 * the indentation of the key holding it: a `key: value` line at or above the comment's column
 * would join the scalar and make it a multi-line key. So the entry must not go after such a scalar.
 */
function plainAfterShallowComment(index: LineIndex, node: unknown, indent: number): boolean {
  let last = node;
  while (isCollection(last) && last.items.length > 0) {
    const item: unknown = last.items[last.items.length - 1];
    last = isPair(item) ? (item.value ?? item.key) : item;
  }
  if (!isScalar(last) || last.type !== 'PLAIN' || !last.range) return false;
  const start = index.positionAt(last.range[0]);
  // Only a scalar that begins its own line: after its key on the key's line it is read as usual.
  if (!/^[ \t]*$/.test(index.lineText(start.line).slice(0, start.character))) return false;
  for (let line = start.line - 1; line >= 0; line--) {
    const text = index.lineText(line);
    const content = text.trimStart();
    if (content === '') continue;
    if (!content.startsWith('#')) return false;
    if (text.length - content.length <= indent) return true;
  }
  return false;
}

function hasKey(map: YAMLMap, key: string | undefined): boolean {
  return key !== undefined && map.items.some((item) => isScalar(item.key) && String(item.key.value) === key);
}

/**
 * The indentation of a block map's entries, which new entries must share. A key that begins its
 * own line tells it directly; otherwise the first key, stepping back over what may stand before a
 * key on the line of a sequence dash: an explicit-key indicator (`? name`) and a tag or anchor
 * (`!!str name:`, `&a name:`). Undefined when anything else precedes it (a tab, a flow collection),
 * where no column can be trusted.
 */
function mapIndentation(index: LineIndex, map: YAMLMap): number | undefined {
  let first: number | undefined;
  for (const item of map.items) {
    // An empty implicit key (a line that is only `:`) has an empty range placed at no key's column.
    if (!isScalar(item.key) || !item.key.range || item.key.range[0] === item.key.range[1]) continue;
    const keyStart = item.key.range[0];
    const lineStart = index.lineStart(index.positionAt(keyStart).line);
    // Properties are short; a bounded look-back keeps a pathological long line linear.
    const before = index.text.slice(Math.max(lineStart, keyStart - 256), keyStart);
    const prefix = before.slice(0, before.length - (KEY_PREFIX.exec(before)?.[0].length ?? 0));
    const whole = keyStart - 256 <= lineStart;
    if (whole && /^ *$/.test(prefix)) return prefix.length;
    if (first === undefined) first = whole && /^[ -]*$/.test(prefix) ? prefix.length : -1;
  }
  return first === undefined || first < 0 ? undefined : first;
}

/** What may stand between a block map's indentation and its key: `? `, then tags and anchors. */
const KEY_PREFIX = /(?:\? +)?(?:[!&]\S* +)*$/;

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

/**
 * Deletes the `key: value` entry of a block map, whole lines and all, when the entry has its lines
 * to itself (a block-map key at the start of its line, nothing after the value but a comment).
 * Returns undefined otherwise: flow maps, `- key:` as a sequence item's first entry, the map's only entry.
 */
export function removeMapEntry(index: LineIndex, map: YAMLMap, key: string): TextEdit | undefined {
  if (map.flow || map.items.length < 2) return undefined;
  const position = map.items.findIndex((item) => isScalar(item.key) && item.key.value === key);
  const pair = map.items[position];
  const keyNode = pair?.key as Node | null | undefined;
  if (!pair || !keyNode?.range) return undefined;
  const start = index.positionAt(keyNode.range[0]);
  if (index.lineText(start.line).slice(0, start.character).trim() !== '') return undefined;
  const end = lastOffset(index.text, pair.value, pair.key);
  if (end === undefined) return undefined;
  const endLine = index.positionAt(end).line;
  const next = map.items[position + 1]?.key as Node | null | undefined;
  // The next entry must start on a later line, or deleting these lines would take it along.
  if (next?.range && index.positionAt(next.range[0]).line <= endLine) return undefined;
  if (endLine + 1 < index.lineCount)
    return {
      range: { start: { line: start.line, character: 0 }, end: { line: endLine + 1, character: 0 } },
      newText: '',
    };
  // The entry ends the file with no line break after it: the break before it goes instead.
  const before = start.line > 0 ? index.positionAt(index.lineEnd(start.line - 1)) : { line: 0, character: 0 };
  return { range: { start: before, end: index.positionAt(index.text.length) }, newText: '' };
}
