/**
 * Completion of the keys a Compose file may hold where the cursor is, from the Compose
 * Specification. The path to the cursor is read from indentation, not from a parse: the line being
 * typed (`    hea`) is seldom valid YAML yet.
 */
import type { Locale } from '../engine/types';
import { schemaAt, typesOf } from './hover';
import { resolved } from './validator';

export interface ComposeCompletion {
  label: string;
  detail: string;
  documentation?: string;
  /** Offsets of the text the item replaces (the part of the key typed so far). */
  start: number;
  end: number;
  insertText: string;
}

const TYPING_KEY = /^( *)(- )?([\w.-]*)$/;
const KEY_LINE = /^( *)(- )?(["']?)([\w.-]+)\3 *:(?: |$)/;

export function composeCompletionsAt(text: string, offset: number, locale: Locale = 'en'): ComposeCompletion[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const typed = TYPING_KEY.exec(text.slice(lineStart, offset));
  if (!typed) return [];
  const column = (typed[1] ?? '').length + (typed[2] ? 2 : 0);
  const lines = text.slice(0, lineStart).split('\n');
  lines.pop();
  const path = pathAbove(lines, column, typed[2] !== undefined);
  if (!path) return [];
  const schema = schemaAt(path);
  if (!schema) return [];
  const present = siblingKeys(text, lineStart, column);
  const start = offset - (typed[3] ?? '').length;
  const items: ComposeCompletion[] = [];
  for (const name of propertyNames(schema)) {
    if (present.has(name) || name.startsWith('x-')) continue;
    const described = schemaAt([...path, name]);
    const types = described ? typesOf(described, locale === 'ko') : [];
    const description = typeof described?.description === 'string' ? described.description : undefined;
    items.push({
      label: name,
      detail: types.join(locale === 'ko' ? ' 또는 ' : ' or '),
      ...(description ? { documentation: description } : {}),
      start,
      end: offset,
      insertText: `${name}: `,
    });
  }
  return items;
}

/**
 * The keys (and `0` for a list item) from the top of the file down to the map the cursor's
 * column belongs to; undefined when the lines above do not read as block YAML.
 */
function pathAbove(lines: readonly string[], column: number, startsItem: boolean): string[] | undefined {
  // A `- ` being typed starts an item of the list that the key above it holds.
  const path: string[] = startsItem ? ['0'] : [];
  let target = startsItem ? column - 2 : column;
  for (let i = lines.length - 1; i >= 0 && target > 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    const dash = line.trimStart().startsWith('- ');
    if (dash && indent + 2 === target) {
      // Inside the map of a list item: the item is the parent, the list's key is further up.
      path.unshift('0');
      target = indent;
      continue;
    }
    if (indent >= target) continue;
    const key = KEY_LINE.exec(line);
    if (!key || key[2]) return undefined;
    path.unshift(key[4] ?? '');
    target = indent;
  }
  return target === 0 ? path : undefined;
}

/** Keys already written at the cursor's column in the same map, above and below it. */
function siblingKeys(text: string, lineStart: number, column: number): Set<string> {
  const keys = new Set<string>();
  const lines = text.split('\n');
  const here = text.slice(0, lineStart).split('\n').length - 1;
  for (const direction of [-1, 1]) {
    for (let i = here + direction; i >= 0 && i < lines.length; i += direction) {
      const line = lines[i] ?? '';
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      const indent = line.length - line.trimStart().length;
      // `- target: 80` starts the item whose map the cursor is in: its key is a sibling, and the item's first.
      const itemStart = line.trimStart().startsWith('- ') && indent + 2 === column;
      if (indent < column && !itemStart) break;
      const key = indent === column || itemStart ? KEY_LINE.exec(itemStart ? line.replace('- ', '  ') : line) : null;
      if (key?.[4]) keys.add(key[4]);
      if (itemStart) break;
    }
  }
  return keys;
}

/** The keys a map of this schema may hold, from each of its forms that is a map. */
function propertyNames(schema: Record<string, unknown>): string[] {
  const forms = [schema, ...(Array.isArray(schema.oneOf) ? schema.oneOf : [])].map((form) => resolved(form));
  const names = new Set<string>();
  for (const form of forms) {
    const properties = form?.properties;
    if (properties && typeof properties === 'object') for (const name of Object.keys(properties)) names.add(name);
  }
  return [...names];
}
