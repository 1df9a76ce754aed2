import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { candidateKind } from '../engine/detect';
import { compareCodeUnits } from '../engine/order';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.cache', 'vendor']);

export class UsageError extends Error {}

export interface FileToLint {
  file: string;
  /** Named on the command line rather than found in a folder: it is linted or refused, never passed over. */
  explicit: boolean;
  /** Its text, when it was not read from a file (standard input). */
  text?: string;
  /** The editor language it is linted as, when settled before the lint (standard input). */
  language?: string;
}

/**
 * Expands the given paths into the files to lint. Folders are walked and only files the editor
 * would recognise by name (Dockerfiles and YAML) are kept; a file named explicitly is always kept,
 * and the lint decides from its content whether it can be read.
 */
export function collectFiles(paths: readonly string[]): FileToLint[] {
  const files = new Map<string, FileToLint>();
  for (const given of paths) {
    let stat;
    try {
      stat = statSync(given);
    } catch {
      throw new UsageError(`path not found: ${given}`);
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(given, found);
      for (const file of found) if (!files.has(file)) files.set(file, { file, explicit: false });
    } else files.set(given, { file: given, explicit: true });
  }
  return [...files.values()];
}

function walk(dir: string, files: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    throw new UsageError(`cannot read folder: ${dir}`);
  }
  // In code-unit order, as `git ls-files` and `LC_ALL=C ls` list them: `localeCompare` spent ~9 ms
  // of each folder walk loading ICU's collation data (see order.ts).
  for (const entry of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, files);
    } else if (entry.isFile() && candidateKind(full) !== undefined) {
      files.push(full);
    }
  }
}
