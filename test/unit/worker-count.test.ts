import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { FileToLint } from '../../server/src/cli/files';
import { workerCount } from '../../server/src/cli/lint-workers';

/** `count` files of `bytes` each, named by `name(i)`, in a fresh folder. */
function files(count: number, bytes: number, name: (i: number) => string): FileToLint[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cntutor-workers-'));
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, name(i));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'x'.repeat(bytes));
    return { file, explicit: false };
  });
}

describe('how many threads lint by default', () => {
  const manifests = files(40, 32 * 1024, (i) => `app-${i}.yaml`);
  const dockerfiles = files(40, 32 * 1024, (i) => `svc-${i}/Dockerfile`);

  it('starts a worker per core for 1.25 MB of manifests', () => {
    assert.equal(workerCount(undefined, manifests, 2), 2);
    assert.equal(workerCount(undefined, manifests, 8), 2, 'at most one per 512 KB');
  });

  it('keeps 1.25 MB of Dockerfiles in one thread, where they lint faster', () => {
    assert.equal(workerCount(undefined, dockerfiles, 2), 1);
    // 1.25 MB of manifests and a quarter of 1.25 MB of Dockerfiles: three workers, not five.
    assert.equal(workerCount(undefined, [...dockerfiles, ...manifests], 8), 3);
  });

  it('gives --jobs what it asks, with at least eight files per worker', () => {
    assert.equal(workerCount(3, dockerfiles, 2), 3);
    assert.equal(workerCount(3, dockerfiles.slice(0, 10), 2), 1);
  });
});
