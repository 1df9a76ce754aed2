/**
 * What a key of a Compose file means, from the Compose Specification's own descriptions: the hover
 * the editor shows on `healthcheck`, `depends_on`, `condition`…, as it shows the Kubernetes
 * schema's on a manifest's fields.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Locale } from '../engine/types';
import { composeSchema, resolved } from './validator';

export interface ComposeHover {
  /** Markdown. */
  contents: string;
  /** The key's offsets in the text. */
  start: number;
  end: number;
  /** The keys and list indexes that lead to the key (`services`, `web`, `build`). */
  path: string[];
}

type Schema = Record<string, unknown>;

export function composeHoverAt(text: string, offset: number, locale: Locale = 'en'): ComposeHover | undefined {
  const document = parseDocument(text, { prettyErrors: false, logLevel: 'silent', merge: true });
  const found = keyAt(document.contents as Node | null, offset, []);
  if (!found) return undefined;
  const schema = schemaAt(found.path);
  const description = typeof schema?.description === 'string' ? schema.description : undefined;
  if (!schema || !description) return undefined;
  const key = found.path[found.path.length - 1] ?? '';
  const service = found.path.length === 2 && found.path[0] === 'services';
  const ko = locale === 'ko';
  const heading = service ? `**${ko ? '서비스' : 'service'} \`${key}\`**` : `**\`${key}\`**`;
  const types = typesOf(schema, ko);
  // The specification's descriptions are written in English only.
  const lines = [heading, description];
  if (types.length > 0) lines.push(ko ? `형식: ${types.join(' 또는 ')}` : `Type: ${types.join(' or ')}`);
  return { contents: lines.join('\n\n'), start: found.start, end: found.end, path: found.path };
}

/** The key under the cursor, with the path of keys and list indexes that leads to it. */
export function keyAt(
  node: Node | null,
  offset: number,
  path: string[],
): { path: string[]; start: number; end: number } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key) || !key.range) continue;
      const name = String(key.value);
      if (offset >= key.range[0] && offset <= key.range[1])
        return { path: [...path, name], start: key.range[0], end: key.range[1] };
      const value = pair.value as Node | null;
      if (value?.range && offset >= value.range[0] && offset <= value.range[1])
        return keyAt(value, offset, [...path, name]);
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const inner = item as Node | null;
      if (inner?.range && offset >= inner.range[0] && offset <= inner.range[1])
        return keyAt(inner, offset, [...path, String(i)]);
    }
  }
  return undefined;
}

/** The schema of the value at `path`: through properties, pattern properties, list items and the forms of a oneOf. */
export function schemaAt(path: readonly string[]): Schema | undefined {
  let schema = resolved(composeSchema());
  for (const segment of path) {
    if (!schema) return undefined;
    schema = step(schema, segment);
  }
  return schema;
}

function step(schema: Schema, segment: string): Schema | undefined {
  const forms = [schema, ...list(schema.oneOf), ...list(schema.anyOf)].map(resolved).filter((s): s is Schema => !!s);
  const index = /^\d+$/.test(segment);
  for (const form of forms) {
    if (index && form.items) return resolved(form.items);
    const properties = form.properties as Schema | undefined;
    if (!index && properties && Object.hasOwn(properties, segment)) return resolved(properties[segment]);
    const patterns = (form.patternProperties ?? {}) as Schema;
    for (const [pattern, inner] of Object.entries(patterns))
      if (!pattern.startsWith('^x-') && new RegExp(pattern, 'u').test(segment)) return resolved(inner);
  }
  return undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

const TYPE_WORDS: Record<string, readonly [string, string]> = {
  string: ['string', '문자열'],
  number: ['number', '숫자'],
  integer: ['integer', '정수'],
  boolean: ['boolean', '불리언'],
  array: ['list', '목록'],
  object: ['map', '매핑'],
  null: ['empty', '빈 값'],
};

export function typesOf(schema: Schema, ko: boolean): string[] {
  const forms = [schema, ...list(schema.oneOf), ...list(schema.anyOf)].map(resolved);
  const types = new Set<string>();
  for (const form of forms) {
    const type = form?.type;
    for (const name of typeof type === 'string' ? [type] : Array.isArray(type) ? type : [])
      types.add(TYPE_WORDS[String(name)]?.[ko ? 1 : 0] ?? String(name));
  }
  return [...types];
}
