/**
 * The objects a file holds, as the workspace index keeps them: read from a file's text, and
 * compared with what was indexed before so that unchanged files change nothing.
 */
import { isHelmTemplate } from '../engine/detect';
import { isOverSizeLimit } from '../engine/lint';
import { kustomizationGenerates, indexObject, type IndexedObject } from '../engine/kubernetes/facts';
import { factsSignature, placeFacts } from '../engine/kubernetes/indexed-facts';
import { readIndexedObjects } from '../engine/kubernetes/index-reading';
import { parseYaml } from '../engine/kubernetes/parse';
import type { YamlDocumentCache } from '../engine/kubernetes/document-cache';
import { isKustomizationFile } from './kustomize';

/** Cheap test before parsing: a file without these words holds no Kubernetes object. */
const MAY_HOLD_OBJECTS = /^[ \t]*(apiVersion|kind)[ \t]*:/m;

/** The facts of every object in a file read from disk; a kustomization without apiVersion still names its generators. */
export function objectsOf(uriOrPath: string, text: string, cache?: YamlDocumentCache): IndexedObject[] {
  if (isOverSizeLimit(text)) return [];
  if (isHelmTemplate(uriOrPath, text)) return [];
  const kustomization = isKustomizationFile(uriOrPath);
  if (!kustomization && !MAY_HOLD_OBJECTS.test(text)) return [];
  // A file no lint will read again needs no nodes: its objects' facts are read from plain values.
  const read = cache || kustomization ? undefined : readIndexedObjects(uriOrPath, text);
  if (read) return read;
  const file = parseYaml(text, cache);
  const objects = file.objects.map((object) => indexObject(object, uriOrPath, file.index));
  if (kustomization && objects.length === 0) {
    let value: unknown;
    try {
      value = file.documents[0]?.toJS({ maxAliasCount: 100 });
    } catch {
      return objects;
    }
    const generates = kustomizationGenerates(value);
    if (generates.length > 0) {
      const facts = {
        kind: 'Kustomization',
        apiVersion: '',
        labels: {},
        references: [],
        generates,
        name: undefined,
        namespace: undefined,
      };
      objects.push(placeFacts(facts, uriOrPath, file.index.rangeOf(0, 0)));
    }
  }
  return objects;
}

export function sameObjects(a: readonly IndexedObject[], b: readonly IndexedObject[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return (
      y !== undefined &&
      factsSignature(x) === factsSignature(y) &&
      x.uri === y.uri &&
      x.range.start.line === y.range.start.line &&
      x.range.start.character === y.range.start.character &&
      x.range.end.line === y.range.end.line &&
      x.range.end.character === y.range.end.character
    );
  });
}
