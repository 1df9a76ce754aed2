import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempFolder } from '../support/temp-folder';

const ROOT = path.join(__dirname, '../..');

describe('npm run package', () => {
  it('builds a .vsix that carries the bundles, the notes and no sources', () => {
    const out = path.join(tempFolder('cntutor-vsix-'), 'cntutor.vsix');
    const vsce = path.join(ROOT, 'node_modules', '.bin', 'vsce');
    const result = spawnSync(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '-o', out], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 300_000,
    });
    assert.equal(result.status, 0, result.stderr + result.stdout);
    // `vsce ls` lists exactly what `vsce package` put in the archive.
    const listing = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 })
      .split('\n')
      .map((file) => `extension/${file.trim()}`);
    for (const file of [
      'extension/package.json',
      'extension/dist/client.js',
      'extension/dist/browser/client.js',
      'extension/dist/browser/server.js',
      'extension/dist/browser/kubernetes-validators.js',
      'extension/dist/browser/kubernetes-definitions.js',
      'extension/dist/server.js',
      'extension/dist/cli.js',
      'extension/dist/server-bundle.js',
      'extension/dist/server-yaml-rules.js',
      'extension/dist/server-ajv.js',
      'extension/dist/cli-bundle.js',
      'extension/dist/cli-yaml-rules.js',
      'extension/dist/cli-ajv.js',
      'extension/dist/kubernetes/definitions.json',
      'extension/dist/kubernetes/validators.js',
      'extension/dist/kubernetes/validators-more.js',
      'extension/dist/concepts/immutable-images.ko.md',
      'extension/schemas/cntutor-config.schema.json',
      'extension/snippets/kubernetes.json',
    ]) {
      assert.ok(listing.includes(file), `${file} is packaged`);
    }
    assert.ok(!listing.some((f) => f.startsWith('extension/server/src/')), 'sources stay out');
    assert.ok(!listing.some((f) => f.startsWith('extension/node_modules/')), 'dependencies are bundled, not shipped');
    assert.ok(!listing.some((f) => f.endsWith('.map')), 'source maps stay out');
  });
});
