import { isMap, isScalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { indentUnit, insertIntoMap } from '../../engine/kubernetes/yaml-edit';
import type { LineIndex } from '../../engine/text';
import type { TextEdit } from '../../engine/types';
import { setOwn } from '../../engine/own-keys';

/**
 * Fixes that add a few settings to a block map, written the way a person would: into the
 * sections that already exist, creating only the missing ones, indented like the rest of the
 * file. A value is YAML source (`100m`, `"8080"`), a nested block, or the raw lines of a
 * sequence written one level below its key.
 */
export interface Block {
  readonly [key: string]: string | Block | SequenceLines;
}

export class SequenceLines {
  constructor(readonly lines: readonly string[]) {}
}

/**
 * The edits that add `block` under `map`, or undefined when some section on the way is laid out
 * in a way only a reformat could extend (a flow map with entries, a scalar where a map belongs).
 */
export function addBlock(index: LineIndex, map: YAMLMap, block: Block): TextEdit[] | undefined {
  const edits = blockEdits(index, map, block);
  return edits && mergeSamePosition(index, edits);
}

function blockEdits(index: LineIndex, map: YAMLMap, block: Block): TextEdit[] | undefined {
  if (map.flow) return undefined;
  const missing: Record<string, Block[string]> = {};
  const edits: TextEdit[] = [];
  for (const [key, value] of Object.entries(block)) {
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (!pair) {
      setOwn(missing, key, value);
      continue;
    }
    if (typeof value === 'string' || value instanceof SequenceLines) return undefined;
    const child = pair.value;
    if (isMap(child) && child.items.length > 0) {
      const inner = blockEdits(index, child, value);
      if (!inner) return undefined;
      edits.push(...inner);
      continue;
    }
    const opened = openEmptyValue(index, pair.key, child, value);
    if (!opened) return undefined;
    edits.push(opened);
  }
  if (Object.keys(missing).length > 0) {
    const edit = insertIntoMap(index, map, [], blockLines(index, missing));
    if (!edit) return undefined;
    edits.push(edit);
  }
  return edits;
}

/** `key: {}` or `key:` with nothing after it gets the block on the lines below the key. */
function openEmptyValue(index: LineIndex, key: unknown, value: unknown, block: Block): TextEdit | undefined {
  if (!isScalar(key) || !key.range) return undefined;
  const column = index.positionAt(key.range[0]).character;
  const lines = blockLines(index, block).map((line) => index.eol + ' '.repeat(column + indentUnit(index)) + line);
  const keyLine = index.positionAt(key.range[0]).line;
  if (isMap(value) && value.flow && value.items.length === 0 && value.range) {
    const after = index.text.slice(value.range[1], index.lineEnd(index.positionAt(value.range[1]).line));
    // A comment after `{}` would end up after the inserted block: leave such a line to a person.
    if (after.trim() !== '' || index.positionAt(value.range[0]).line !== keyLine) return undefined;
    let start = value.range[0];
    while (start > 0 && /[ \t]/.test(index.text.charAt(start - 1))) start--;
    return { range: index.rangeOf(start, value.range[1]), newText: lines.join('') };
  }
  const empty = value === null || value === undefined || (isScalar(value) && value.value === null && !value.source);
  if (!empty) return undefined;
  // Only `key:` (and perhaps a comment) on one line: an explicit key (`? key` then `:`) is left to a person.
  const rest = index.text.slice(key.range[1], index.lineEnd(keyLine));
  if (!/^[ \t]*:[ \t]*(#.*)?$/.test(rest)) return undefined;
  const end = index.positionAt(index.lineEnd(keyLine));
  return { range: { start: end, end }, newText: lines.join('') };
}

/** The block as lines at indentation zero, nested by the file's indentation step. */
export function blockLines(index: LineIndex, block: Block, depth = 0): string[] {
  const pad = ' '.repeat(depth * indentUnit(index));
  const lines: string[] = [];
  for (const [key, value] of Object.entries(block)) {
    if (typeof value === 'string') lines.push(`${pad}${key}: ${value}`);
    else if (value instanceof SequenceLines) {
      lines.push(`${pad}${key}:`);
      const inner = ' '.repeat((depth + 1) * indentUnit(index));
      for (const line of value.lines) lines.push(inner + line);
    } else {
      lines.push(`${pad}${key}:`);
      lines.push(...blockLines(index, value, depth + 1));
    }
  }
  return lines;
}

/**
 * Insertions that land on one spot (a section that ends where its parent ends) become one edit,
 * in the order they were made: the deeper section's lines first, then its parent's new keys.
 */
function mergeSamePosition(index: LineIndex, edits: TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const same = merged.find(
      (other) =>
        index.offsetAt(other.range.start) === index.offsetAt(edit.range.start) &&
        index.offsetAt(other.range.end) === index.offsetAt(other.range.start) &&
        index.offsetAt(edit.range.end) === index.offsetAt(edit.range.start),
    );
    if (same) same.newText += edit.newText;
    else merged.push({ ...edit });
  }
  return merged;
}

/**
 * New items after the last one of a block sequence, their dashes in the column of the list's
 * dashes: each item is its lines at indentation zero without the dash (`containerPort: 53`,
 * `protocol: UDP`). Undefined when the list gives no such place (an empty or flow list, an item
 * that runs on into the enclosing map).
 */
export function appendToBlockSequence(
  index: LineIndex,
  seq: YAMLSeq,
  items: readonly (readonly string[])[],
): TextEdit | undefined {
  const first = seq.items[0] as { range?: number[] } | undefined;
  const last = seq.items[seq.items.length - 1] as { range?: number[] } | undefined;
  const firstStart = first?.range?.[0];
  const lastStart = last?.range?.[0];
  let lastEnd = last?.range?.[1];
  if (seq.flow || firstStart === undefined || lastStart === undefined || lastEnd === undefined) return undefined;
  // A block map item's range takes in the line break after it.
  while (lastEnd > lastStart && /\s/.test(index.text.charAt(lastEnd - 1))) lastEnd--;
  const { line, character } = index.positionAt(firstStart);
  const dash = index.lineText(line).lastIndexOf('-', character);
  if (dash < 0) return undefined;
  const lastLine = index.positionAt(lastEnd).line;
  // The last item must end on its own dash's line or on lines indented under it; a range that runs
  // on into the enclosing map (a broken or oddly anchored item) gives no place to add one.
  const lastIndent = /^ */.exec(index.lineText(lastLine))?.[0].length ?? 0;
  if (lastLine !== index.positionAt(lastStart).line && lastIndent <= dash) return undefined;
  // The new item's keys line up with the first item's, however far from its dash that one writes them.
  const gap = Math.max(1, character - dash - 1);
  const text = items
    .flatMap((lines) =>
      lines.map((line, i) => (i === 0 ? `${' '.repeat(dash)}-${' '.repeat(gap)}` : ' '.repeat(dash + 1 + gap)) + line),
    )
    .map((line) => index.eol + line);
  const at = index.positionAt(index.lineEnd(lastLine));
  return { range: { start: at, end: at }, newText: text.join('') };
}

const YAML_SPECIAL_PLAIN =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** A string as a YAML scalar that reads back as the same string: plain where that is safe, else quoted. */
export function yamlString(value: string): string {
  const plain =
    /^[A-Za-z_/][A-Za-z0-9._/-]*$/.test(value) && !YAML_SPECIAL_PLAIN.test(value) && !/^[0-9.+-]/.test(value);
  return plain ? value : JSON.stringify(value);
}
