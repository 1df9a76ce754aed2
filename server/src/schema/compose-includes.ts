/**
 * The files a Compose file brings into its project with the top-level `include:` (Compose 2.20 and
 * later), and the files its services `extends` from: both resolved against the folder of the file
 * that names them, as Compose resolves them.
 */
import path from 'node:path';
import { isRecord } from '../engine/plain-data';

/** One entry of `include:`. */
export interface ComposeInclude {
  /**
   * The entry's files by file key, in the order Compose merges them (a `path:` list is a base and
   * its overrides); empty when the entry cannot be followed: a remote source (`oci://`, a Git
   * address), a variable in the path, or a form Compose would refuse.
   */
  files: string[];
  /** The entry as written, for messages. */
  written: string;
  /** `project_directory`, resolved: the folder the included files' relative paths (builds) start from. */
  projectDirectory?: string;
  /**
   * `env_file`, resolved: the files whose variables the included files read (after the including
   * project's); empty when a path cannot be followed. Without it, the project directory's `.env`.
   */
  envFiles?: string[];
}

/** Sources Compose fetches rather than reads from disk. */
const REMOTE = /^(oci|https?|git|ssh):\/\/|^git@|\.git(#|$)/i;

/** The entries of a Compose file's `include:`, read from its plain value; undefined when it has none. */
export function includesOf(plain: unknown, key: string): ComposeInclude[] | undefined {
  if (!isRecord(plain) || plain.include === undefined) return undefined;
  const entries = Array.isArray(plain.include) ? plain.include : [plain.include];
  const folder = path.dirname(key);
  return entries.map((entry): ComposeInclude => {
    const written = isRecord(entry) ? entry.path : entry;
    const paths = Array.isArray(written) ? written : [written];
    const shown = paths.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ');
    const directory = isRecord(entry) ? entry.project_directory : undefined;
    const envFile = isRecord(entry) ? entry.env_file : undefined;
    const envFiles = Array.isArray(envFile)
      ? envFile
      : envFile === undefined || envFile === null
        ? undefined
        : [envFile];
    return {
      files: followed(paths, folder),
      written: shown,
      ...(typeof directory === 'string' && followable(directory)
        ? { projectDirectory: path.resolve(folder, directory) }
        : {}),
      ...(envFiles ? { envFiles: followed(envFiles, folder) } : {}),
    };
  });
}

/** Paths written in an include, resolved from `folder`; none when one of them cannot be followed. */
function followed(written: readonly unknown[], folder: string): string[] {
  const paths = written.filter((item): item is string => typeof item === 'string' && followable(item));
  return paths.length === written.length ? paths.map((item) => path.resolve(folder, item)) : [];
}

/** The files the services of a Compose file `extends` from, by file key, in the order they appear. */
export function extendedFilesOf(plain: unknown, key: string): string[] {
  if (!isRecord(plain) || !isRecord(plain.services)) return [];
  const found = new Set<string>();
  for (const service of Object.values(plain.services)) {
    const extended = isRecord(service) ? service.extends : undefined;
    const file = isRecord(extended) ? extended.file : undefined;
    if (typeof file === 'string' && followable(file)) found.add(path.resolve(path.dirname(key), file));
  }
  return [...found];
}

function followable(written: string): boolean {
  return written.trim() !== '' && !written.includes('$') && !REMOTE.test(written);
}
