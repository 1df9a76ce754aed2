import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { compareCodeUnits } from '../../server/src/engine/order';
import { scanFolder } from '../../server/src/schema/file-workspace';
import { apiVersionsServing } from '../../server/src/schema/store';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { tempFolder } from '../support/temp-folder';

// The first `localeCompare` loads ICU's collation data: 2.4 MB more for the language server, which
// a Dockerfile's edit session otherwise never needs.
describe('the language server paths that never collate', () => {
  const original = Object.getOwnPropertyDescriptor(String.prototype, 'localeCompare') as PropertyDescriptor;
  let calls = 0;
  beforeEach(() => {
    calls = 0;
    Object.defineProperty(String.prototype, 'localeCompare', {
      ...original,
      value(this: string, ...args: Parameters<string['localeCompare']>) {
        calls++;
        return (original.value as string['localeCompare']).apply(this, args);
      },
    });
  });
  afterEach(() => Object.defineProperty(String.prototype, 'localeCompare', original));

  it('scans a workspace folder and lists its objects by file', () => {
    const dir = tempFolder('cntutor-collation-');
    for (const name of ['b.yaml', 'A.yaml', 'a-1.yaml', 'notes.txt']) {
      writeFileSync(
        path.join(dir, name),
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name.replace(/\W/g, '').toLowerCase()}\n`,
      );
    }
    const workspace = new ManifestWorkspace();
    scanFolder(workspace, dir);
    const files = workspace.objectEntries().map((entry) => path.basename(entry.key));
    assert.deepEqual(files, ['A.yaml', 'a-1.yaml', 'b.yaml'], 'code-unit order: capitals first');
    assert.equal(calls, 0);
  });

  it('lints a Dockerfile and sorts its findings', () => {
    const dockerfile = readFileSync(path.join(__dirname, '..', '..', 'examples', 'web', 'Dockerfile'), 'utf8');
    assert.ok(lint(dockerfile, 'file:///w/Dockerfile').findings.length > 1);
    assert.equal(calls, 0);
  });

  it('ranks the apiVersions serving a kind', () => {
    // Newest first; between two of one rank, by name.
    assert.deepEqual(apiVersionsServing('Ingress'), [
      'networking.k8s.io/v1',
      'extensions/v1beta1',
      'networking.k8s.io/v1beta1',
    ]);
    assert.equal(calls, 0);
  });

  it('orders by code units', () => {
    assert.deepEqual(['b', 'a-b', 'B', 'a.b', 'a'].sort(compareCodeUnits), ['B', 'a', 'a-b', 'a.b', 'b']);
  });
});
