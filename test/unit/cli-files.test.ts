import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { collectFiles } from '../../server/src/cli/files';
import { tempFolder } from '../support/temp-folder';

describe('the files a folder walk finds', () => {
  it('are the Dockerfiles and YAML files, in code-unit order folder by folder, skipping vendored folders', () => {
    const root = tempFolder('cntutor-walk-');
    try {
      const files = ['b.yaml', 'a_x.yaml', 'a-x.yaml', 'Dockerfile', 'api.Dockerfile', 'README.md', 'Z.yml'];
      for (const name of files) writeFileSync(path.join(root, name), 'x');
      mkdirSync(path.join(root, 'k8s'));
      writeFileSync(path.join(root, 'k8s', 'app.yaml'), 'x');
      mkdirSync(path.join(root, 'node_modules'));
      writeFileSync(path.join(root, 'node_modules', 'dep.yaml'), 'x');
      const found = collectFiles([root]).map((target) => path.relative(root, target.file));
      assert.deepEqual(found, [
        'Dockerfile',
        'Z.yml',
        'a-x.yaml',
        'a_x.yaml',
        'api.Dockerfile',
        'b.yaml',
        'k8s/app.yaml',
      ]);
      assert.ok(collectFiles([root]).every((target) => !target.explicit));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
