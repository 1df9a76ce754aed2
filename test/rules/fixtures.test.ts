import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, fixAll } from '../../server/src/engine';
import type { Range } from '../../server/src/engine/types';
import { allRules } from '../../server/src/rules';
import type { FireFixture } from '../../server/src/rules/fixtures';
import { lintFixture, loadFixtures, ruleFolder, unmark } from './support';

const show = (r: Range): string => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

for (const rule of allRules()) {
  describe(`rule ${rule.id}`, () => {
    const fixtures = loadFixtures(rule);
    const only = [rule];
    const run = (text: string, fixture: Pick<FireFixture, 'uri' | 'config' | 'files' | 'buildContext'>) =>
      lintFixture(rule, fixture, text, only);

    for (const fixture of fixtures.fire) {
      it(`fires: ${fixture.name}`, () => {
        const { text, ranges } = unmark(fixture.text);
        assert.ok(ranges.length > 0, 'a fire fixture must mark where the rule reports with ⟦ ⟧');
        const result = run(text, fixture);
        assert.deepEqual(result.internalErrors, []);
        const mine = result.findings.filter((f) => f.ruleId === rule.id);
        assert.deepEqual(mine.map((f) => show(f.range)).sort(), ranges.map(show).sort());
        // Each fix to choose between must settle the finding it is offered on.
        for (const finding of mine) {
          for (const choice of finding.choices ?? []) {
            const after = run(applyEdits(text, choice.edits), fixture);
            assert.ok(
              !after.findings.some((f) => f.ruleId === rule.id && show(f.range) === show(finding.range)),
              `"${choice.title}" leaves the finding in place`,
            );
          }
        }
      });
    }
    for (const fixture of fixtures.dontFire) {
      it(`does not fire: ${fixture.name}`, () => {
        const result = run(fixture.text, fixture);
        assert.deepEqual(result.internalErrors, []);
        assert.deepEqual(
          result.findings.filter((f) => f.ruleId === rule.id).map((f) => `${show(f.range)} ${f.message}`),
          [],
        );
      });
    }
    for (const fixture of fixtures.fix ?? []) {
      it(`fixes: ${fixture.name}`, () => {
        const fixed = fixAll(fixture.text, (t) => run(t, fixture).findings).text;
        assert.equal(fixed, fixture.output);
        const again = fixAll(fixed, (t) => run(t, fixture).findings).text;
        assert.equal(again, fixed, 'applying the fix a second time must change nothing');
      });
    }
  });
}

describe('rule fixtures exist', () => {
  it('every rule folder has rule.ts and fixtures.ts', () => {
    for (const rule of allRules()) {
      for (const file of ['rule.ts', 'fixtures.ts']) {
        assert.ok(existsSync(path.join(ruleFolder(rule), file)), `${rule.id} lacks ${file}`);
      }
    }
  });
});
