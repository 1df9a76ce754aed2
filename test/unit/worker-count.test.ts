import assert from 'node:assert/strict';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { FileToLint } from '../../server/src/cli/files';
import { workerCount } from '../../server/src/cli/lint-workers';
import { tempFolder } from '../support/temp-folder';

/** `count` files of `bytes` each, named by `name(i)`, in a fresh folder. */
function files(count: number, bytes: number, name: (i: number) => string): FileToLint[] {
  const dir = tempFolder('cntutor-workers-');
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, name(i));
    mkdirSync(path.dirname(file), { recursive: true });
    // Only the size is read: a sparse file of that length is enough.
    writeFileSync(file, '');
    truncateSync(file, bytes);
    return { file, explicit: false };
  });
}

describe('how many threads lint by default', () => {
  const small = files(40, 32 * 1024, (i) => `app-${i}.yaml`);
  const manifests = files(48, 256 * 1024, (i) => `big-${i}.yaml`);
  const dockerfiles = files(48, 256 * 1024, (i) => `svc-${i}/Dockerfile`);

  it('keeps 1.25 MB of manifests in one thread, where starting workers costs more than they gain', () => {
    assert.equal(workerCount(undefined, small, 2), 1);
    assert.equal(workerCount(undefined, small, 8), 1);
  });

  it('starts a worker per core for 12 MB of manifests, at most one per 3 MB', () => {
    assert.equal(workerCount(undefined, manifests, 2), 2);
    assert.equal(workerCount(undefined, manifests, 8), 4);
  });

  it('counts Dockerfiles for a quarter of their size', () => {
    assert.equal(workerCount(undefined, dockerfiles, 2), 1);
    // 12 MB of manifests and a quarter of 12 MB of Dockerfiles: five workers, not eight.
    assert.equal(workerCount(undefined, [...dockerfiles, ...manifests], 8), 5);
  });

  it('gives --jobs what it asks, with at least eight files per worker', () => {
    assert.equal(workerCount(3, small, 2), 3);
    assert.equal(workerCount(3, small.slice(0, 10), 2), 1);
  });
});
