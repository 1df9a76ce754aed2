/**
 * What the browser bundle has for `node:fs`: the calls the server makes, answered from the files
 * the client sent (browser/memory-files.ts). A missing file, or one whose text was not sent (a
 * file the server never reads, listed so that build contexts are whole), fails as Node fails.
 */
import { utf8ByteLength } from '../../engine/byte-length';
import { entryAt } from '../memory-files';

function failure(code: 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EACCES', syscall: string, file: unknown): Error {
  const what = {
    ENOENT: 'no such file or directory',
    EISDIR: 'illegal operation on a directory',
    ENOTDIR: 'not a directory',
    EACCES: 'permission denied (the editor did not send this file)',
  }[code];
  const error = new Error(`${code}: ${what}, ${syscall} '${String(file)}'`) as Error & {
    code: string;
    syscall: string;
    path: string;
  };
  error.code = code;
  error.syscall = syscall;
  error.path = String(file);
  return error;
}

export function existsSync(file: unknown): boolean {
  return typeof file === 'string' && entryAt(file) !== undefined;
}

export function readFileSync(file: unknown): string {
  const entry = typeof file === 'string' ? entryAt(file) : undefined;
  if (!entry) throw failure('ENOENT', 'open', file);
  if (entry.kind === 'folder') throw failure('EISDIR', 'read', file);
  if (entry.text === undefined) throw failure('EACCES', 'open', file);
  return entry.text;
}

interface Stats {
  size: number;
  mtimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export function statSync(file: unknown): Stats {
  const entry = typeof file === 'string' ? entryAt(file) : undefined;
  if (!entry) throw failure('ENOENT', 'stat', file);
  const isFile = entry.kind === 'file';
  return {
    size: isFile ? utf8ByteLength(entry.text ?? '') : 0,
    mtimeMs: 0,
    isFile: () => isFile,
    isDirectory: () => !isFile,
  };
}

interface Dirent {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
}

export function readdirSync(file: unknown, options?: { withFileTypes?: boolean }): string[] | Dirent[] {
  const entry = typeof file === 'string' ? entryAt(file) : undefined;
  if (!entry) throw failure('ENOENT', 'scandir', file);
  if (entry.kind === 'file') throw failure('ENOTDIR', 'scandir', file);
  const names = [...entry.names.keys()].sort();
  if (!options?.withFileTypes) return names;
  return names.map((name) => {
    const isFolder = entry.names.get(name) === true;
    return { name, isFile: () => !isFolder, isDirectory: () => isFolder };
  });
}

export default { existsSync, readFileSync, statSync, readdirSync };

/**
 * Files are opened only for their bytes (a packed Helm subchart), which the client never sends as
 * text: opening fails as Node fails for a file it may not read, so those charts keep their note.
 */
export function openSync(file: unknown): number {
  const entry = typeof file === 'string' ? entryAt(file) : undefined;
  throw failure(entry ? 'EACCES' : 'ENOENT', 'open', file);
}

export function fstatSync(): Stats {
  throw failure('ENOENT', 'fstat', '');
}

export function readSync(): number {
  throw failure('ENOENT', 'read', '');
}

export function closeSync(): void {
  // Nothing is ever opened here.
}
