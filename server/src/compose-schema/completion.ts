/**
 * Completion of the keys a Compose file may hold where the cursor is, and of the values a key
 * takes, from the Compose Specification: the values of an enum (`restart`, `condition`, `pull_policy`…),
 * `true`/`false`, and the file's own service names where a service is named (`depends_on`,
 * `links`). The path to the cursor is read from indentation, not from a parse: the line being
 * typed (`    hea`) is seldom valid YAML yet.
 */
import type { Locale } from '../engine/types';
import { schemaAt, typesOf } from './hover';
import { resolved } from './validator';

export interface ComposeCompletion {
  label: string;
  detail: string;
  documentation?: string;
  /** How the item sorts, when not by its label. */
  sortText?: string;
  /** Offsets of the text the item replaces (the part of the key typed so far). */
  start: number;
  end: number;
  insertText: string;
}

export const TYPING_KEY = /^( *)(- )?([\w.-]*)$/;
const TYPING_VALUE = /^( *)(- )?(["']?)([\w.-]+)\3 *: +([\w.-]*)$/;
const KEY_LINE = /^( *)(- )?(["']?)([\w.-]+)\3 *:(?: |$)/;
/** Keys whose entries (list items, or the keys of their long form) name services of the file. */
const NAMING_SERVICES = new Set(['depends_on', 'links']);

/** A service another file of the project defines (the override, an included file), with that file as a reader knows it. */
export interface ServiceElsewhere {
  name: string;
  file: string;
}

export function composeCompletionsAt(
  text: string,
  offset: number,
  locale: Locale = 'en',
  /** Services of the project's other files, offered after the file's own. */
  elsewhere: readonly ServiceElsewhere[] = [],
): ComposeCompletion[] {
  const { lineStart, before, lines } = lineAt(text, offset);
  const value = TYPING_VALUE.exec(before);
  if (value) return valueCompletions(lines, value, offset);
  const typed = TYPING_KEY.exec(before);
  if (!typed) return [];
  const column = (typed[1] ?? '').length + (typed[2] ? 2 : 0);
  const path = pathAbove(lines, column, typed[2] !== undefined);
  if (!path) return [];
  const start = offset - (typed[3] ?? '').length;
  const parent = path[path.length - (typed[2] ? 2 : 1)];
  if (path[0] === 'services' && path.length >= 3 && parent !== undefined && NAMING_SERVICES.has(parent)) {
    const own = serviceNames(text);
    const named = [
      ...own.map((name) => ({ name, file: undefined as string | undefined })),
      ...elsewhere.filter((service) => !own.includes(service.name)),
    ];
    return named
      .filter(({ name }, at) => name !== path[1] && named.findIndex((other) => other.name === name) === at)
      .map(({ name, file }) => ({
        label: name,
        detail:
          file === undefined
            ? locale === 'ko'
              ? '서비스'
              : 'service'
            : `${locale === 'ko' ? '서비스' : 'service'} · ${file}`,
        start,
        end: offset,
        insertText: typed[2] || parent === 'links' ? name : `${name}:`,
      }));
  }
  const schema = schemaAt(path);
  if (!schema) return [];
  const present = siblingKeys(text, lineStart, column);
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
 * The line the cursor is on, for completion read from indentation: where it starts, its text up
 * to the cursor, and the lines above it.
 */
export function lineAt(text: string, offset: number): { lineStart: number; before: string; lines: string[] } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lines = text.slice(0, lineStart).split('\n');
  lines.pop();
  return { lineStart, before: text.slice(lineStart, offset), lines };
}

/**
 * The keys (and `0` for a list item) from the top of the file down to the map the cursor's
 * column belongs to; undefined when the lines above do not read as block YAML.
 */
export function pathAbove(lines: readonly string[], column: number, startsItem: boolean): string[] | undefined {
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
export function siblingKeys(text: string, lineStart: number, column: number): Set<string> {
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

/** The values a key takes where its schema lists them: an enum's, or `true` and `false`. */
function valueCompletions(lines: readonly string[], typed: RegExpExecArray, offset: number): ComposeCompletion[] {
  const column = (typed[1] ?? '').length + (typed[2] ? 2 : 0);
  const path = pathAbove(lines, column, typed[2] !== undefined);
  const key = typed[4] ?? '';
  const schema = path ? schemaAt([...path, key]) : undefined;
  if (!schema) return [];
  const forms = [schema, ...(Array.isArray(schema.oneOf) ? schema.oneOf : [])].map((form) => resolved(form));
  const values = new Set<string>();
  for (const form of forms) for (const value of valuesOf(form)) values.add(value);
  const start = offset - (typed[5] ?? '').length;
  // `no` is a boolean to YAML 1.1 readers; Compose's documentation quotes it.
  return [...values].map((value) => ({
    label: value,
    detail: key,
    start,
    end: offset,
    insertText: value === 'no' ? '"no"' : value,
  }));
}

/**
 * The values one form of a schema lists: its enum, `true` and `false` for a boolean, the plain
 * words of a pattern that alternates them (`always|never|build|…`), and the quoted options its
 * description names where the schema says no more (`restart`: "Options include: 'no', 'always'…").
 */
function valuesOf(form: Record<string, unknown> | undefined): string[] {
  if (!form) return [];
  if (Array.isArray(form.enum)) return form.enum.filter((value): value is string => typeof value === 'string');
  const types = Array.isArray(form.type) ? form.type : [form.type];
  const values: string[] = types.includes('boolean') ? ['true', 'false'] : [];
  if (!types.includes('string')) return values;
  if (typeof form.pattern === 'string' && /^[\w|()[\]+]+$/.test(form.pattern))
    values.push(...form.pattern.split('|').filter((word) => /^\w+$/.test(word)));
  const description = typeof form.description === 'string' ? form.description : '';
  if (values.length === 0 && /Options include|Values can be/.test(description))
    for (const match of description.matchAll(/'([\w-]+)'/g)) if (match[1]) values.push(match[1]);
  return values;
}

/** The services the file defines: the keys one level under a top-level `services:`. */
function serviceNames(text: string): string[] {
  const names: string[] = [];
  let inServices = false;
  let column: number | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    if (indent === 0) {
      inServices = /^services *:/.test(line);
      column = undefined;
      continue;
    }
    if (!inServices) continue;
    column ??= indent;
    const key = indent === column ? KEY_LINE.exec(line) : null;
    if (key?.[4] && !key[2] && !names.includes(key[4])) names.push(key[4]);
  }
  return names;
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
