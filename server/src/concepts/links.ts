import type { Locale } from '../engine/types';
import { packageFileUri } from './package-files';

/** Every diagnostic of every publish carries one; a handful of distinct answers, each made once. */
const fileUris = new Map<string, string>();

/** The concept note shipped as a file in the package (dist/concepts), for editors and SARIF viewers. */
export function conceptFileUri(id: string, locale: Locale = 'en'): string {
  const name = `${id}.${locale}.md`;
  let uri = fileUris.get(name);
  if (uri === undefined) {
    uri = packageFileUri(`dist/concepts/${name}`);
    fileUris.set(name, uri);
  }
  return uri;
}
