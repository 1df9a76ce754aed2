import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine';
import type { Finding } from '../../server/src/engine/types';
import { allRules } from '../../server/src/rules';
import { lintFixture, loadFixtures, unmark } from './support';

/**
 * Fixes that make an unreadable object readable (a misspelt kind, broken syntax) rightly let the
 * other rules see it for the first time; every other fix must leave nothing new for them to find.
 */
const REVEALING_RULES = new Set(['dockerfile-syntax', 'yaml-syntax', 'kubernetes-schema']);

/**
 * Advice about what a workload has around it (a budget, a network policy) rightly appears when a
 * fix makes the workload qualify: an autoscaler now aimed at it, pods taken off the host network.
 * Such advice at information level is revealed by the fix, not made by it.
 */
const COVERAGE_ADVICE = new Set(['workload-has-disruption-budget', 'workload-has-network-policy']);

const key = (f: Finding): string => `${f.ruleId}: ${f.message}`;
const revealedAdvice = (f: Finding): boolean => COVERAGE_ADVICE.has(f.ruleId) && f.severity === 'info';

/** Findings after the fix that were not there before, counted per rule and message. */
function newFindings(before: readonly Finding[], after: readonly Finding[]): string[] {
  const left = new Map<string, number>();
  for (const f of before) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  const added: string[] = [];
  for (const f of after) {
    const count = left.get(key(f)) ?? 0;
    if (count > 0) left.set(key(f), count - 1);
    else added.push(`${key(f)} (line ${f.range.start.line + 1})`);
  }
  return added;
}

describe('no fix makes another rule fire', () => {
  for (const rule of allRules()) {
    const fixtures = loadFixtures(rule);
    const cases = [...fixtures.fire, ...(fixtures.fix ?? [])];
    if (REVEALING_RULES.has(rule.id)) continue;
    it(rule.id, () => {
      for (const fixture of cases) {
        const text = unmark(fixture.text).text;
        // Cross-file fixtures are linted with their other files, as the editor and the CLI would.
        const before = lintFixture(rule, fixture, text).findings;
        for (const finding of before.filter((f) => f.ruleId === rule.id)) {
          for (const fix of [...(finding.fix ? [finding.fix] : []), ...(finding.choices ?? [])]) {
            const fixed = applyEdits(text, fix.edits);
            const after = lintFixture(rule, fixture, fixed).findings.filter((f) => !revealedAdvice(f));
            assert.deepEqual(
              newFindings(before, after).filter((f) => !f.startsWith(`${rule.id}:`)),
              [],
              `fixture "${fixture.name}": "${fix.title}" made other rules fire:\n${fixed}`,
            );
          }
        }
      }
    });
  }
});
