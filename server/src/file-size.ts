import { statSync } from 'node:fs';

/** A file's size in bytes, or 0 when it cannot be read (missing, or a file where a folder should be). */
export function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
