import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const DIST = path.join(__dirname, '..', '..', 'dist');

/**
 * `cntutor` and `cntutor-language-server` start with a small launcher that picks the code cache
 * and loads the bundle through it. Whatever the launcher imports runs on every start, before the
 * cache helps: a library pulled in by an import (the YAML parser came in once through the file-name
 * check) cost 10 ms of linting one Dockerfile.
 */
describe('the launchers', () => {
  for (const name of ['cli.js', 'server.js']) {
    it(`${name} holds no library and stays small`, () => {
      const text = readFileSync(path.join(DIST, name), 'utf8');
      assert.doesNotMatch(text, /node_modules\//, 'a library is bundled into the launcher');
      assert.ok(text.length < 32 * 1024, `${name} is ${Math.round(text.length / 1024)} KB`);
    });
  }
});
