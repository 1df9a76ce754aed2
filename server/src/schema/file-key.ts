/**
 * How the index names files: the editor names them by URI, the CLI by path, and both must find the
 * same file under one key.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A comparable key for a file named by URI (the editor) or by path (the CLI). */
export function fileKey(uriOrPath: string): string {
  let key = fileKeys.get(uriOrPath);
  if (key === undefined) {
    key = computeFileKey(uriOrPath);
    // Rules ask once per object whether the file is a kustomize patch: a few distinct answers.
    if (fileKeys.size >= FILE_KEYS_KEPT) fileKeys.clear();
    fileKeys.set(uriOrPath, key);
  }
  return key;
}

const FILE_KEYS_KEPT = 4096;
const fileKeys = new Map<string, string>();

function computeFileKey(uriOrPath: string): string {
  if (uriOrPath.startsWith('file:')) {
    try {
      return path.resolve(fileURLToPath(uriOrPath));
    } catch {
      return uriOrPath;
    }
  }
  return /^[a-z][a-z0-9+.-]*:/i.test(uriOrPath) && !/^[a-z]:[\\/]/i.test(uriOrPath)
    ? uriOrPath
    : path.resolve(uriOrPath);
}

/** The file URI of a path, for callers that index by URI. */
export function toFileUri(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}

/**
 * Another file as a message about the file at `from` names it: its path from that file's folder
 * (`db/compose.yaml`, `../compose.yaml`), with `/`; its name when either is no file on a disk.
 */
export function pathFrom(from: string, other: string): string {
  const here = fileKey(from);
  const there = fileKey(other);
  const relative = path.isAbsolute(here) && path.isAbsolute(there) ? path.relative(path.dirname(here), there) : '';
  return relative === '' || path.isAbsolute(relative) ? path.basename(there) : relative.split(path.sep).join('/');
}
