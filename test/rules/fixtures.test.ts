import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fixAll, lint, mergeConfig, type Config } from '../../server/src/engine';
import type { Rule } from '../../server/src/engine/rule';
import type { Range } from '../../server/src/engine/types';
import { ALL_RULES } from '../../server/src/rules';
import { loadFixtures, ruleFolder, unmark } from './support';

function defaultUri(rule: Rule): string {
  return rule.target === 'dockerfile' ? 'file:///fixture/Dockerfile' : 'file:///fixture/manifest.yaml';
}

const show = (r: Range): string => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

for (const rule of ALL_RULES) {
  describe(`rule ${rule.id}`, () => {
    const fixtures = loadFixtures(rule);
    const only = [rule];
    const run = (text: string, uri?: string, config?: Partial<Config>) =>
      lint(text, uri ?? defaultUri(rule), mergeConfig(config), { rules: only });

    for (const fixture of fixtures.fire) {
      it(`fires: ${fixture.name}`, () => {
        const { text, ranges } = unmark(fixture.text);
        assert.ok(ranges.length > 0, 'a fire fixture must mark where the rule reports with ⟦ ⟧');
        const result = run(text, fixture.uri, fixture.config);
        assert.deepEqual(result.internalErrors, []);
        const found = result.findings.filter((f) => f.ruleId === rule.id).map((f) => show(f.range));
        assert.deepEqual(found.sort(), ranges.map(show).sort());
      });
    }
    for (const fixture of fixtures.dontFire) {
      it(`does not fire: ${fixture.name}`, () => {
        const result = run(fixture.text, fixture.uri, fixture.config);
        assert.deepEqual(result.internalErrors, []);
        assert.deepEqual(
          result.findings.filter((f) => f.ruleId === rule.id).map((f) => `${show(f.range)} ${f.message}`),
          [],
        );
      });
    }
    for (const fixture of fixtures.fix ?? []) {
      it(`fixes: ${fixture.name}`, () => {
        const fixed = fixAll(fixture.text, (t) => run(t, fixture.uri, fixture.config).findings).text;
        assert.equal(fixed, fixture.output);
        const again = fixAll(fixed, (t) => run(t, fixture.uri, fixture.config).findings).text;
        assert.equal(again, fixed, 'applying the fix a second time must change nothing');
      });
    }
  });
}

describe('rule fixtures exist', () => {
  it('every rule folder has rule.ts and fixtures.ts', () => {
    for (const rule of ALL_RULES) {
      for (const file of ['rule.ts', 'fixtures.ts']) {
        assert.ok(existsSync(path.join(ruleFolder(rule), file)), `${rule.id} lacks ${file}`);
      }
    }
  });
});
