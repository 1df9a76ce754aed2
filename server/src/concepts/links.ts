import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../engine/types';

let packageRoot: string | undefined;

/** The package folder, found from the running bundle or source file, so links work from either. */
export function findPackageRoot(): string {
  if (packageRoot) return packageRoot;
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  packageRoot = dir;
  return dir;
}

/** Every diagnostic of every publish carries one; a handful of distinct answers, each made once. */
const fileUris = new Map<string, string>();

/** The concept note shipped as a file in the package (dist/concepts), for editors and SARIF viewers. */
export function conceptFileUri(id: string, locale: Locale = 'en'): string {
  const name = `${id}.${locale}.md`;
  let uri = fileUris.get(name);
  if (uri === undefined) {
    uri = pathToFileURL(path.join(findPackageRoot(), 'dist', 'concepts', name)).href;
    fileUris.set(name, uri);
  }
  return uri;
}
