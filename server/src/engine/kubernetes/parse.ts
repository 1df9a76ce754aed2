import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import { LineIndex } from '../text';
import { drain, type Steps } from '../steps';
import { parseDocuments, type YamlDocumentCache } from './document-cache';
import { fastPlainValue } from './fast-yaml-value';
import { escapedQuotesAtLineEnd, openingQuoteOf, unclosedDoubleQuotedScalars } from './unclosed-quotes';
import type { Range } from '../types';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** One Kubernetes object: a YAML document (or an item of a `kind: List`) with apiVersion and kind. */
export interface K8sObject {
  /** Index of the YAML document in the file. */
  documentIndex: number;
  document: Document.Parsed;
  root: YAMLMap;
  apiVersion: string;
  kind: string;
  name: string | undefined;
  namespace: string | undefined;
  /** Plain JavaScript value of the object, or undefined when it cannot be built safely (alias bombs). */
  value: Record<string, unknown> | undefined;
}

export interface SyntaxProblem {
  range: Range;
  message: string;
  /**
   * The YAML parser's error code (e.g. `DUPLICATE_KEY`), `ALIAS_LIMIT` for an alias bomb, or
   * `TOO_DEEP` for collections nested deeper than the parser's stack allows.
   */
  code?: string;
}

export interface ParsedYaml {
  text: string;
  index: LineIndex;
  documents: Document.Parsed[];
  objects: K8sObject[];
  problems: SyntaxProblem[];
  /** True when any document looks like a Kubernetes object, so the file is ours to lint. */
  isKubernetes: boolean;
}

/** The parser's own words for a double-quoted scalar that never ends. */
const MISSING_CLOSING_QUOTE = 'Missing closing "quote';

/** Aliases expanded beyond this many nodes are treated as an attack, not a manifest. */
const MAX_ALIAS_COUNT = 1000;

export function parseYaml(text: string, cache?: YamlDocumentCache): ParsedYaml {
  return drain(parseYamlSteps(text, cache));
}

/**
 * The last reading made with each cache, while the cache has read nothing since: the CLI reads a
 * file once to index it and again to lint it, and the language server lints a text again for a
 * code action. Each reading of a 2 MB manifest built its line index, split it into documents and
 * looked every one up in the cache again (~30 ms); nothing in a reading depends on anything but
 * the text and the cache's documents, which stay as they are until the cache reads another text.
 */
const lastReading = new WeakMap<YamlDocumentCache, { parsed: ParsedYaml; reads: number }>();

/** parseYaml in steps; without a cache the whole text is one step (the CLI drains it at once anyway). */
export function* parseYamlSteps(text: string, cache?: YamlDocumentCache): Steps<ParsedYaml> {
  const last = cache && lastReading.get(cache);
  // A reading of its own for each lint, since analyses kept per reading depend on the workspace too.
  if (last && last.reads === cache.reads && last.parsed.text === text) return { ...last.parsed };
  const parsed = yield* readYamlSteps(text, cache);
  if (cache) lastReading.set(cache, { parsed, reads: cache.reads });
  return parsed;
}

function* readYamlSteps(text: string, cache: YamlDocumentCache | undefined): Steps<ParsedYaml> {
  const index = new LineIndex(text);
  const escapedQuotes = escapedQuotesAtLineEnd(text);
  const docs = cache ? yield* cache.parseAllSteps(text) : parseDocuments(text);
  const objects: K8sObject[] = [];
  const problems: SyntaxProblem[] = [];
  for (const [documentIndex, document] of docs.entries()) {
    if (documentIndex % 100 === 99) yield;
    if (escapedQuotes.size > 0) {
      for (const quote of unclosedDoubleQuotedScalars(document, escapedQuotes)) {
        problems.push({ range: index.rangeOf(quote, quote + 1), message: MISSING_CLOSING_QUOTE, code: 'MISSING_CHAR' });
      }
    }
    for (const error of document.errors) {
      // The parser says RESOURCE_EXHAUSTION when deep nesting overflowed its stack: name the cause.
      const tooDeep = error.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(error.message);
      const opening = error.message.startsWith('Missing closing') ? openingQuoteOf(document, error.pos[0]) : undefined;
      problems.push({
        range:
          opening === undefined
            ? index.rangeOf(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1))
            : index.rangeOf(opening, Math.max(opening + 1, index.lineEnd(index.positionAt(opening).line))),
        message: tooDeep ? TOO_DEEP_MESSAGE : tidy(error.message),
        code: tooDeep ? 'TOO_DEEP' : error.code,
      });
    }
    addObjects(objects, document, documentIndex, problems, index);
  }
  // `[ \t]*`, not `\s*`: a leading `\s*` under /m rescans every run of blank lines (quadratic time).
  const looksLikeKubernetes = objects.length > 0 || /^[ \t]*(apiVersion|kind)[ \t]*:/m.test(text);
  return { text, index, documents: docs, objects, problems, isKubernetes: looksLikeKubernetes };
}

/**
 * Lists inside a List are flattened, as kubectl does at any depth (cli-runtime reads a List of
 * Lists as the objects they hold); past this depth the file is a trap, not a manifest.
 */
const MAX_LIST_DEPTH = 16;

const LISTS_TOO_DEEP_MESSAGE = `its Lists nest more than ${MAX_LIST_DEPTH} deep, too deep to be read`;

/** Adds the objects a document holds: its root, or the items of a `kind: List`. */
export function addObjects(
  objects: K8sObject[],
  document: Document.Parsed,
  documentIndex: number,
  problems: SyntaxProblem[],
  index: LineIndex,
): void {
  const root = document.contents;
  if (!isMap(root)) return;
  const object = toObject(document, root, documentIndex, problems, index);
  if (object) addObjectOrItems(objects, object, problems, index, 0);
}

function addObjectOrItems(
  objects: K8sObject[],
  object: K8sObject,
  problems: SyntaxProblem[],
  index: LineIndex,
  depth: number,
): void {
  const items = object.kind === 'List' ? object.root.get('items', true) : undefined;
  if (!isSeq(items)) {
    objects.push(object);
    return;
  }
  if (depth === MAX_LIST_DEPTH) {
    const at = object.root.range?.[0] ?? 0;
    problems.push({ range: index.rangeOf(at, at + 1), message: LISTS_TOO_DEEP_MESSAGE, code: 'LIST_TOO_DEEP' });
    return;
  }
  for (const item of items.items) {
    if (!isMap(item)) continue;
    const child = toObject(object.document, item, object.documentIndex, problems, index);
    if (child) addObjectOrItems(objects, child, problems, index, depth + 1);
  }
}

const TOO_DEEP_MESSAGE = 'its collections are nested too deeply to be read safely';

const CYCLIC_MESSAGE = 'an alias refers to the collection it stands in, so the value never ends';

/** True when the value contains itself (`env: &e [*e]`), which every later walk would follow forever. */
function isCyclic(value: object): boolean {
  const onPath = new Set<object>();
  const walk = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false;
    if (onPath.has(node)) return true;
    onPath.add(node);
    const children = Array.isArray(node) ? node : Object.values(node as Record<string, unknown>);
    const cyclic = children.some(walk);
    onPath.delete(node);
    return cyclic;
  };
  return walk(value);
}

export type Built = { value: Record<string, unknown> | undefined } | { error: string; code: string };
/** Plain values per node, kept while the node lives (the document cache reuses unchanged nodes). */
const builtValues = new WeakMap<YAMLMap, Built>();

/**
 * The plain value of a document's top-level map, built once per map: the workspace index reads
 * CRDs from the same parse the lint then uses, and taking the same value (not a copy) lets the CRD
 * schema conversion, kept per value, run once too.
 */
export function plainValue(document: Document.Parsed, root: YAMLMap): Built {
  let built = builtValues.get(root);
  const fast = built ? undefined : fastPlainValue(root);
  if (fast) {
    built = {
      value: fast.value && typeof fast.value === 'object' ? (fast.value as Record<string, unknown>) : undefined,
    };
    builtValues.set(root, built);
  }
  if (!built) {
    try {
      // Only an anchored node can be aliased, and toJS reports each one it met: without any, the
      // value holds no alias and cannot contain itself, and needs no walk to make sure.
      let anchored = false;
      const js: unknown = root.toJS(document, {
        maxAliasCount: MAX_ALIAS_COUNT,
        onAnchor: () => {
          anchored = true;
        },
      });
      built =
        js && typeof js === 'object' && anchored && isCyclic(js)
          ? { error: CYCLIC_MESSAGE, code: 'ALIAS_CYCLE' }
          : { value: js && typeof js === 'object' ? (js as Record<string, unknown>) : undefined };
    } catch (error) {
      // Building the value recurses once per level: thousands of nested collections overflow the stack.
      built =
        error instanceof RangeError
          ? { error: TOO_DEEP_MESSAGE, code: 'TOO_DEEP' }
          : { error: tidy(error instanceof Error ? error.message : String(error)), code: 'ALIAS_LIMIT' };
    }
    builtValues.set(root, built);
  }
  return built;
}

function toObject(
  document: Document.Parsed,
  root: YAMLMap,
  documentIndex: number,
  problems: SyntaxProblem[],
  index: LineIndex,
): K8sObject | undefined {
  const apiVersion = scalarString(root.get('apiVersion', true));
  const kind = scalarString(root.get('kind', true));
  if (!apiVersion || !kind) return undefined;
  const built = plainValue(document, root);
  const value = 'value' in built ? built.value : undefined;
  if ('error' in built) {
    const range = root.range ? index.rangeOf(root.range[0], root.range[0] + 1) : index.rangeOf(0, 0);
    problems.push({ range, message: built.error, code: built.code });
  }
  const metadata = root.get('metadata', true);
  const name = isMap(metadata) ? scalarString(metadata.get('name', true)) : undefined;
  const namespace = isMap(metadata) ? scalarString(metadata.get('namespace', true)) : undefined;
  return { documentIndex, document, root, apiVersion, kind, name, namespace, value };
}

export function scalarString(node: unknown): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value)
    : undefined;
}

/** Follows a path of map keys and sequence indexes from a node. */
export function nodeAt(from: Node | null | undefined, path: Path): Node | undefined {
  let node: unknown = from;
  for (const segment of path) {
    if (typeof segment === 'string') {
      if (!isMap(node)) return undefined;
      node = entryOf(node, segment)?.value;
    } else {
      if (!isSeq(node)) return undefined;
      node = node.items[segment];
    }
  }
  return (node ?? undefined) as Node | undefined;
}

/**
 * The entry `map.get(key, true)` reads, for a parsed map, whose keys are nodes: the first whose
 * key is the scalar `key`. Rules look paths up all the time (a run over 5,000 objects spent half a
 * second in lookups); testing the key's value before its node type halves the cost of each.
 */
function entryOf(map: YAMLMap, key: string): YAMLMap['items'][number] | undefined {
  for (const item of map.items) {
    const candidate = item.key as unknown;
    if (
      candidate === key ||
      (typeof candidate === 'object' &&
        candidate !== null &&
        (candidate as { value?: unknown }).value === key &&
        isScalar(candidate))
    )
      return item;
  }
  return undefined;
}

/** The key node of the last segment when it names a map entry. */
export function keyNodeAt(from: Node | null | undefined, path: Path): Node | undefined {
  const parent = nodeAt(from, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!isMap(parent) || typeof last !== 'string') return undefined;
  const key = entryOf(parent, last)?.key;
  return isScalar(key) ? key : undefined;
}

function tidy(message: string): string {
  return message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '').trim();
}
