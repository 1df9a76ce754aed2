/**
 * The CustomResourceDefinitions a file defines, read as the lint reads the file, for the index:
 * custom resources elsewhere are validated against them.
 */
import { isMap } from 'yaml';
import { parseDocuments, type YamlDocumentCache } from '../engine/kubernetes/document-cache';
import { plainValue, scalarString } from '../engine/kubernetes/parse';
import type { CustomResourceDefinitionSource } from '../engine/workspace';
import { isCrdObject } from './crd';

/** The file's definitions, and whether one of them could not be read (a YAML error, an alias bomb). */
export function definitionsIn(
  uriOrPath: string,
  text: string,
  cache?: YamlDocumentCache,
): { found: CustomResourceDefinitionSource[]; unreadable: boolean } {
  const found: CustomResourceDefinitionSource[] = [];
  let unreadable = false;
  // Read as the lint reads the file (split at `---` lines as kubectl splits it), so the index knows
  // the CRDs the file's own lint sees: given the whole text, a quoted scalar left open in one
  // document would take the documents after it in.
  for (const document of cache ? cache.parseAll(text) : parseDocuments(text)) {
    const contents = document.contents;
    if (!isMap(contents)) continue;
    const built = plainValue(document, contents);
    if ('error' in built) {
      // An alias bomb or cycle: the lint reports it; here it matters only in a CRD.
      const apiVersion = scalarString(contents.get('apiVersion', true));
      const kind = scalarString(contents.get('kind', true));
      if (apiVersion && kind && isCrdObject(apiVersion, kind)) unreadable = true;
      continue;
    }
    const value = built.value;
    if (!value) continue;
    const { apiVersion, kind } = value as { apiVersion?: unknown; kind?: unknown };
    if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !isCrdObject(apiVersion, kind)) continue;
    if (document.errors.length > 0) {
      unreadable = true;
      continue;
    }
    found.push({ uri: uriOrPath, definition: value });
  }
  return { found, unreadable };
}
