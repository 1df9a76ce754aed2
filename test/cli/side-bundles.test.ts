import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const DIST = path.join(__dirname, '..', '..', 'dist');

/** The repository files a built script holds, from its source map (the build's stubs left out). */
function sourcesOf(name: string): Set<string> {
  const map = JSON.parse(readFileSync(path.join(DIST, `${name}.map`), 'utf8')) as { sources: string[] };
  return new Set(
    map.sources
      .filter((source) => !source.includes('cntutor-'))
      .map((source) =>
        path
          .relative(path.join(__dirname, '..', '..'), path.resolve(DIST, source))
          .split(path.sep)
          .join('/'),
      ),
  );
}

for (const bundle of ['server', 'cli']) {
  describe(`the ${bundle}'s side bundles`, () => {
    const main = sourcesOf(`${bundle}-bundle.js`);
    const yamlRules = sourcesOf(`${bundle}-yaml-rules.js`);
    const ajv = sourcesOf(`${bundle}-ajv.js`);

    it('hold the rules of YAML files and Ajv, which the main bundle leaves out', () => {
      for (const file of ['server/src/rules/kubernetes/index.ts', 'server/src/rules/compose/index.ts']) {
        assert.ok(yamlRules.has(file), file);
        assert.ok(!main.has(file), file);
      }
      assert.ok([...ajv].some((file) => file.endsWith('node_modules/ajv/lib/core.ts')));
      // (The generated validators' one helper of Ajv's, counting a string's characters, stays.)
      assert.ok(![...main].some((file) => file.endsWith('node_modules/ajv/lib/core.ts')));
      // What every run calls stays in the main bundle.
      for (const file of [
        'server/src/engine/lint.ts',
        'server/src/rules/dockerfile/index.ts',
        'server/src/side-bundles.ts',
      ]) {
        assert.ok(main.has(file), file);
      }
    });

    it('take every module they share with the main bundle from it, so each module has one instance', () => {
      const twice = [...yamlRules, ...ajv].filter((file) => main.has(file));
      assert.deepEqual(twice, []);
      assert.deepEqual(
        [...yamlRules].filter((file) => ajv.has(file)),
        [],
      );
      // The engine's rule definitions are among what the rules take from the main bundle.
      assert.ok(main.has('server/src/engine/rule.ts') && !yamlRules.has('server/src/engine/rule.ts'));
    });
  });
}
