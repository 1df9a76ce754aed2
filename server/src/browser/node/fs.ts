/**
 * What the browser bundle has for `node:fs`: a worker has no file system, and the server's file
 * reads are for `file:` documents and workspace folders, which the web editor does not give it
 * (its documents arrive through the protocol). Every file is absent, as Node reports a missing
 * one, so each caller takes the path it takes for a file that is not there.
 */

function missing(syscall: string, file: unknown): Error {
  const error = new Error(`ENOENT: no such file or directory, ${syscall} '${String(file)}'`) as Error & {
    code: string;
    syscall: string;
    path: string;
  };
  error.code = 'ENOENT';
  error.syscall = syscall;
  error.path = String(file);
  return error;
}

export function existsSync(): boolean {
  return false;
}

export function readFileSync(file: unknown): never {
  throw missing('open', file);
}

export function statSync(file: unknown): never {
  throw missing('stat', file);
}

export function readdirSync(file: unknown): never {
  throw missing('scandir', file);
}

export default { existsSync, readFileSync, statSync, readdirSync };
