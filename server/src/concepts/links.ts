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

/** The concept note shipped as a file in the package (dist/concepts), for editors and SARIF viewers. */
export function conceptFileUri(id: string, locale: Locale = 'en'): string {
  return pathToFileURL(path.join(findPackageRoot(), 'dist', 'concepts', `${id}.${locale}.md`)).href;
}
