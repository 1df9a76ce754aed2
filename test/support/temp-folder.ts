import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];
// Each test file runs in a process of its own: its folders go when it ends, pass or fail, so
// running the suite again and again does not fill the temporary directory.
process.on('exit', () => {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // A child still writing there (an editor shutting down) must not turn a passing run red.
    }
  }
});

/** A new empty folder under the system's temporary directory, removed when the process exits. */
export function tempFolder(prefix = 'cntutor-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A new folder under the system's temporary directory holding `files` (relative paths → text). */
export function folderWith(files: Record<string, string>, prefix = 'cntutor-'): string {
  const dir = tempFolder(prefix);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
