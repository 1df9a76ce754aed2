/**
 * The workspace index's reading of a file it will not lint: the facts of its objects, read from
 * plain values (fast-yaml.ts's plain mode) instead of the nodes a lint needs. Building nodes was
 * most of indexing a repository (50,172 objects in 148 files: the parse took 2.0 of the index
 * round's 3.3 s, and making plain values of the nodes 0.46 s more). The objects come out as
 * objectsOf's full reading makes them, to the last range (unit test: every manifest fixture; the
 * fuzz suite: every manifest case); a document the plain mode leaves alone is parsed as the lint would parse it.
 */
import { LineIndex } from '../text';
import { DIRECTIVE_LINE, parseChunk, splitDocuments, YAML_PARSE_OPTIONS } from './document-cache';
import { factsOfValue, indexObject, type IndexedObject } from './facts';
import { placeFacts } from './indexed-facts';
import { fastPlainDocument, type PlainReading } from './fast-yaml';
import { addObjects, type K8sObject } from './parse';
import { isPlainMap } from './workloads';
import { ownValue } from '../own-keys';

/** The indexed objects of `text`, or undefined when it must be parsed whole (a `%` directive). */
export function readIndexedObjects(uri: string, text: string): IndexedObject[] | undefined {
  if (DIRECTIVE_LINE.test(text)) return undefined;
  const index = new LineIndex(text);
  const indexed: IndexedObject[] = [];
  let documentIndex = 0;
  for (const { chunk, start } of splitDocuments(text)) {
    const reading = fastPlainDocument(chunk, start, YAML_PARSE_OPTIONS);
    const object = reading && objectOf(reading, uri, index);
    if (object !== undefined) {
      if (object !== NO_OBJECT) indexed.push(object);
      documentIndex++;
      continue;
    }
    const objects: K8sObject[] = [];
    for (const document of parseChunk(chunk, start)) addObjects(objects, document, documentIndex++, [], index);
    for (const parsed of objects) indexed.push(indexObject(parsed, uri, index));
  }
  return indexed;
}

/** A document that holds no object (an empty one, a list of strings, a map without a kind). */
const NO_OBJECT = Symbol('no object');

/** The object a plain reading holds; undefined when only a parse can say (a List, a name in a flow map). */
function objectOf(reading: PlainReading, uri: string, index: LineIndex): IndexedObject | typeof NO_OBJECT | undefined {
  const value = reading.value;
  if (!isPlainMap(value)) return NO_OBJECT;
  // As parse.ts's toObject reads them from the nodes.
  const apiVersion = scalarText(ownValue(value, 'apiVersion'));
  const kind = scalarText(ownValue(value, 'kind'));
  if (!apiVersion || !kind) return NO_OBJECT;
  if (kind === 'List') return undefined;
  const metadata = ownValue(value, 'metadata');
  const named = isPlainMap(metadata) && Object.hasOwn(metadata, 'name');
  if (named && !reading.metadataIsBlock) return undefined;
  const place = named ? reading.name : reading.kind;
  if (!place) return undefined;
  const facts = factsOfValue({
    apiVersion,
    kind,
    name: isPlainMap(metadata) ? scalarText(ownValue(metadata, 'name')) : undefined,
    namespace: isPlainMap(metadata) ? scalarText(ownValue(metadata, 'namespace')) : undefined,
    value,
  });
  return placeFacts(facts, uri, index.rangeOf(place[0], place[1]));
}

/** parse.ts's scalarString for a plain value: a scalar's string or number, as text. */
function scalarText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
