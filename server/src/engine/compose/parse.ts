import { isMap, isScalar, parseDocument, visit, type Document, type Node, type YAMLMap } from 'yaml';
import { LineIndex } from '../text';
import { plainMapping } from '../plain-data';

/**
 * A Compose file as its rules read it: the YAML document with its nodes (for ranges and edits) and
 * the plain value Docker Compose works from (merge keys applied), parsed once for every rule.
 */
export interface ParsedCompose {
  index: LineIndex;
  document: Document.Parsed;
  /** The top-level mapping; undefined when the file is empty or holds something else. */
  root: YAMLMap | undefined;
  /** The plain value with `<<` merge keys applied; undefined when it could not be built (an alias bomb). */
  value: Record<string, unknown> | undefined;
  services: ComposeService[];
  problems: ComposeProblem[];
}

export interface ComposeService {
  name: string;
  /** The service's key under `services:`, where findings about the service as a whole go. */
  key: Node;
  /** The service's mapping as written; keys merged in from an anchor are not in it. */
  node: YAMLMap | undefined;
  /** The service as Compose reads it, merge keys applied. */
  value: Record<string, unknown>;
}

/** A YAML problem: a syntax error, a second document, or an alias expanding past the limit. */
export interface ComposeProblem {
  message: string;
  start: number;
  end: number;
}

/** The most nodes alias expansion may produce before the file is taken as an alias bomb. */
const MAX_ALIAS_COUNT = 1000;

export function parseCompose(text: string): ParsedCompose {
  const index = new LineIndex(text);
  // Compose reads YAML 1.2 with merge keys (compose-go's yaml.v3), so `<<: *defaults` is a merge.
  // Key uniqueness is checked below: the library compares every key of a map with every other,
  // which took 4 s of a file of 20,000 services.
  const document = parseDocument(text, { merge: true, prettyErrors: false, uniqueKeys: false });
  const problems: ComposeProblem[] = document.errors.map((error) => ({
    message: readable(error.message.split('\n')[0] ?? error.message),
    start: error.pos[0],
    end: Math.max(error.pos[1], error.pos[0]),
  }));
  if (document.errors.length === 0) problems.push(...repeatedKeys(document));
  const root = isMap(document.contents) ? document.contents : undefined;
  let value: Record<string, unknown> | undefined;
  if (root && problems.length === 0) {
    const plain = plainMapping(document, root, MAX_ALIAS_COUNT);
    value = plain.value;
    if (plain.failure) problems.push({ ...plain.failure, message: readable(plain.failure.message) });
  }
  return { index, document, root, value, services: servicesOf(root, value), problems };
}

/**
 * Keys written twice in one map, which Docker Compose refuses, as the YAML library words it. Merge
 * keys (`<<`) may repeat.
 */
function repeatedKeys(document: Document.Parsed): ComposeProblem[] {
  const problems: ComposeProblem[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        // A merge key (read as a symbol) may repeat: `<<: *a` then `<<: *b` merges both.
        if (!isScalar(key) || typeof key.value === 'symbol' || key.value === '<<' || !key.range) continue;
        const name = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(name))
          problems.push({ message: 'Map keys must be unique', start: key.range[0], end: key.range[0] + 1 });
        seen.add(name);
      }
    },
  });
  return problems;
}

/** A stack overflow is a structure nested thousands deep: said so, rather than by the engine's limit. */
function readable(message: string): string {
  return /call stack/i.test(message) ? 'it nests too deeply to be read' : message;
}

function servicesOf(root: YAMLMap | undefined, value: Record<string, unknown> | undefined): ComposeService[] {
  const node = root?.get('services', true);
  const plain = value?.services;
  if (!isMap(node) || !plain || typeof plain !== 'object') return [];
  const services: ComposeService[] = [];
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    const service = Object.hasOwn(plain, name) ? (plain as Record<string, unknown>)[name] : undefined;
    if (!service || typeof service !== 'object' || Array.isArray(service)) continue;
    services.push({
      name,
      key: pair.key,
      node: isMap(pair.value) ? pair.value : undefined,
      value: service as Record<string, unknown>,
    });
  }
  return services;
}
