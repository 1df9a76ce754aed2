import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

let packageRoot: string | undefined;

/** The package folder, found from the running bundle or source file, so links work from either. */
function findPackageRoot(): string {
  if (packageRoot) return packageRoot;
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  packageRoot = dir;
  return dir;
}

/**
 * The URI of a file the package ships, by its path from the package folder (`dist/concepts/…`).
 * The browser bundle has its own copy of this module (browser/package-files.ts).
 */
export function packageFileUri(relative: string): string {
  return pathToFileURL(path.join(findPackageRoot(), relative)).href;
}
