import type path from 'node:path';
import { closest } from '../schema/suggest';

/** How the caller sees the file system: through the editor's open documents, or the disk. */
export interface PathReader {
  /** What is at a path: undefined when nothing is, `unknown` when it may not be looked at. */
  kindOf(file: string): 'file' | 'folder' | 'unknown' | undefined;
  read(file: string): string | undefined;
  /** The names in a folder, for suggesting the one a missing path meant; undefined when unknown. */
  list?(folder: string): readonly string[] | undefined;
}

/**
 * The file system around a file whose rules look up the paths it names (a Compose file's build
 * contexts, env files, secrets): read through the editor's documents or the disk, with the path
 * functions of that file system.
 */
export interface FileSurroundings {
  reader: PathReader;
  paths: path.PlatformPath;
}

/** The written path with its last name replaced by the one beside it a typo most likely meant. */
export function closestName(
  written: string,
  target: string,
  reader: PathReader,
  paths: path.PlatformPath,
): string | undefined {
  const name = paths.basename(target);
  const names = reader.list?.(paths.dirname(target));
  const found = names ? closest(name, names) : undefined;
  if (found === undefined) return undefined;
  const cut = Math.max(written.lastIndexOf('/'), written.lastIndexOf('\\'));
  return `${written.slice(0, cut + 1)}${found}`;
}

/**
 * A file system of texts by absolute path, for files held in memory (rule fixtures, the browser
 * build): a path is a folder when some file lies below it.
 */
export function memoryReader(files: ReadonlyMap<string, string>): PathReader {
  return {
    kindOf(file) {
      if (files.has(file)) return 'file';
      const below = file.endsWith('/') ? file : `${file}/`;
      for (const name of files.keys()) if (name.startsWith(below)) return 'folder';
      return undefined;
    },
    read: (file) => files.get(file),
    list(folder) {
      const below = folder.endsWith('/') ? folder : `${folder}/`;
      const names = new Set<string>();
      for (const name of files.keys())
        if (name.startsWith(below)) names.add(name.slice(below.length).split('/')[0] ?? '');
      return [...names];
    },
  };
}
