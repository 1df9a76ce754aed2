import type path from 'node:path';
import ignore from 'ignore';
import type { PathReader } from './path-reader';

/** How many folders up a `.gitignore` is looked for when no `.git` marks the repository's top. */
const MAX_DEPTH = 24;

/**
 * Whether git leaves `file` out of the repository: a `.gitignore` in its folder or a folder above
 * it, up to the repository's top (the folder holding `.git`), ignores it, as git reads them (a
 * deeper file's patterns, `!` ones included, decide over a higher one's). A file every clone must
 * create for itself (an `.env`, a secret) is such a file. `.git/info/exclude` and the user's global
 * excludes are personal, and not read.
 */
export function isGitIgnored(file: string, reader: PathReader, paths: path.PlatformPath): boolean {
  const folders: string[] = [];
  let folder = paths.dirname(file);
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    folders.push(folder);
    if (reader.kindOf(paths.join(folder, '.git')) !== undefined) break;
    const parent = paths.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  let ignored = false;
  // From the top down: a deeper `.gitignore` overrides what a higher one says.
  for (const at of folders.reverse()) {
    const text =
      reader.kindOf(paths.join(at, '.gitignore')) === 'file' ? reader.read(paths.join(at, '.gitignore')) : undefined;
    if (text === undefined) continue;
    const relative = paths.relative(at, file).split(paths.sep).join('/');
    if (relative === '' || relative.startsWith('..')) continue;
    const verdict = ignore().add(text).test(relative);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}
