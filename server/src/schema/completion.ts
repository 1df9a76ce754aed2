/**
 * Completion from the schema: the keys that fit where the cursor is (required ones first, those
 * already written left out) and, after `key: `, the values an enumeration allows.
 */
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { parseYaml } from '../engine/kubernetes/parse';
import type { Position, Range } from '../engine/types';
import { objectSchema } from './analyze';
import { parsedText, spotAt, type SchemaFeatureOptions } from './hover';
import { describeType, propertyNames, requiredNames, resolve, schemaAt, type SchemaNode } from './navigate';
import { apiVersionsServing, builtinApiVersions, builtinKinds } from './store';

export interface SchemaCompletion {
  label: string;
  kind: 'field' | 'value';
  /** The type, as a reader would say it. */
  detail: string;
  /** Markdown description from the schema. */
  documentation?: string;
  required: boolean;
  /** Sorts required fields before the others, each group alphabetically. */
  sortText: string;
  insertText: string;
  /** The partial word the completion replaces. */
  range: Range;
}

const PLACEHOLDER = '__cntutor_completion__';
const VALUE_LINE = /^(\s*(?:-\s+)*)([^\s:#'"][^:#]*?):\s+(\S*)$/;
const KEY_LINE = /^(\s*)((?:-\s+)*)([\w./-]*)$/;

export function schemaCompletionsAt(
  text: string,
  uri: string,
  position: Position,
  options: SchemaFeatureOptions = {},
): SchemaCompletion[] {
  const file = parsedText(text);
  const lineStart = file.index.lineStart(position.line);
  const before = file.index.lineText(position.line).slice(0, position.character);
  const value = VALUE_LINE.exec(before);
  if (value) return valueCompletions(text, uri, position, value, options);
  const key = KEY_LINE.exec(before);
  if (!key) return [];
  const partial = key[3] ?? '';
  const wordStart = lineStart + before.length - partial.length;
  const range = { start: file.index.positionAt(wordStart), end: position };
  // The line as written may not parse; with a placeholder key where the cursor is, it does, and
  // the placeholder's place in the tree tells which object the new key belongs to.
  const lineEnd = file.index.lineEnd(position.line);
  const probe = `${text.slice(0, wordStart)}${PLACEHOLDER}:${text.slice(lineEnd)}`;
  const probed = parseYaml(probe);
  for (const document of probed.documents) {
    const found = findPlaceholder(document.contents as Node | null, []);
    if (!found) continue;
    const root = document.contents as YAMLMap;
    const apiVersion = scalarOf(root, 'apiVersion');
    const kind = scalarOf(root, 'kind');
    const schema = apiVersion && kind ? objectSchema(probed, uri, options.workspace, apiVersion, kind) : undefined;
    const present = new Set(found.map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
    if (!schema) return found.path.length === 0 ? topLevelKeys(present, range) : [];
    const parent = schemaAt(schema, found.path);
    return parent ? fieldCompletions(parent, present, range) : [];
  }
  return [];
}

function scalarOf(map: YAMLMap, key: string): string | undefined {
  const node = map.get(key, true);
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

function findPlaceholder(
  node: Node | null,
  path: (string | number)[],
): { path: (string | number)[]; map: YAMLMap } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (key === PLACEHOLDER) return { path, map: node };
      const inner = findPlaceholder(pair.value as Node | null, [...path, key]);
      if (inner) return inner;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const inner = findPlaceholder(node.items[i] as Node | null, [...path, i]);
      if (inner) return inner;
    }
  }
  return undefined;
}

function fieldCompletions(parent: SchemaNode, present: Set<string>, range: Range): SchemaCompletion[] {
  const required = new Set(requiredNames(parent));
  const { schema } = resolve(parent);
  return propertyNames(parent)
    .filter((name) => !present.has(name))
    .map((name) => {
      const field: SchemaNode = { schema: schema.properties?.[name] ?? {} };
      const resolved = resolve(field).schema;
      const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
      const nested = type === 'object' || type === 'array' || resolved.properties !== undefined;
      const description = field.schema.description ?? resolved.description;
      return {
        label: name,
        kind: 'field' as const,
        detail: describeType(field),
        ...(description ? { documentation: description } : {}),
        required: required.has(name),
        sortText: `${required.has(name) ? '0' : '1'}_${name}`,
        insertText: nested ? `${name}:` : `${name}: `,
        range,
      };
    })
    .sort((a, b) => a.sortText.localeCompare(b.sortText));
}

/** A document without apiVersion and kind yet: the keys every object starts with. */
function topLevelKeys(present: Set<string>, range: Range): SchemaCompletion[] {
  return ['apiVersion', 'kind', 'metadata']
    .filter((name) => !present.has(name))
    .map((name, i) => ({
      label: name,
      kind: 'field' as const,
      detail: name === 'metadata' ? 'object (ObjectMeta)' : 'string',
      required: true,
      sortText: `0_${i}`,
      insertText: name === 'metadata' ? `${name}:` : `${name}: `,
      range,
    }));
}

function valueCompletions(
  text: string,
  uri: string,
  position: Position,
  match: RegExpExecArray,
  options: SchemaFeatureOptions,
): SchemaCompletion[] {
  const file = parsedText(text);
  const lineStart = file.index.lineStart(position.line);
  const partial = match[3] ?? '';
  const range = { start: file.index.positionAt(lineStart + position.character - partial.length), end: position };
  const keyOffset = lineStart + (match[1] ?? '').length;
  const document = file.documents.find(
    (d) => d.contents?.range && d.contents.range[0] <= keyOffset && keyOffset <= d.contents.range[2],
  );
  const root = document?.contents as Node | null | undefined;
  if (!root || !isMap(root)) return [];
  const spot = spotAt(root, keyOffset);
  if (!spot) return [];
  const values = (list: readonly string[], detail: string): SchemaCompletion[] =>
    list.map((label) => ({
      label,
      kind: 'value' as const,
      detail,
      required: false,
      sortText: label,
      insertText: label,
      range,
    }));
  const kind = scalarOf(root, 'kind');
  const apiVersion = scalarOf(root, 'apiVersion');
  if (spot.path.length === 1 && spot.path[0] === 'kind') {
    const custom = (options.workspace?.customResourceDefinitions?.() ?? []).flatMap((c) => {
      const names = (c.definition as { spec?: { names?: { kind?: unknown } } }).spec?.names?.kind;
      return typeof names === 'string' ? [names] : [];
    });
    return values([...new Set([...builtinKinds(), ...custom])].sort(), 'kind');
  }
  if (spot.path.length === 1 && spot.path[0] === 'apiVersion') {
    const served = kind ? apiVersionsServing(kind) : [];
    return values(served.length > 0 ? served : builtinApiVersions(), 'apiVersion');
  }
  if (!kind || !apiVersion) return [];
  const schema = objectSchema(file, uri, options.workspace, apiVersion, kind);
  const field = schema ? schemaAt(schema, spot.path) : undefined;
  if (!field) return [];
  const resolved = resolve(field).schema;
  if (Array.isArray(resolved.enum)) return values(resolved.enum.map(String), describeType(field));
  if (resolved.type === 'boolean') return values(['true', 'false'], 'boolean');
  return [];
}
