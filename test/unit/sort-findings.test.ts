import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sortFindings } from '../../server/src/engine/collector';
import type { Finding } from '../../server/src/engine/types';

/** What sortFindings promises: the first of each (rule, range, message), then a stable sort by start and rule. */
function reference(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const key = (f: Finding): string =>
    `${f.ruleId}|${f.range.start.line}:${f.range.start.character}|${f.range.end.line}:${f.range.end.character}|${f.message}`;
  return findings
    .filter((f) => !seen.has(key(f)) && seen.add(key(f)))
    .sort(
      (a, b) =>
        a.range.start.line - b.range.start.line ||
        a.range.start.character - b.range.start.character ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
    );
}

/** A small pool of rules, places and messages, so that duplicates and near-duplicates are frequent. */
function randomFindings(seed: number, count: number): Finding[] {
  let state = seed;
  const pick = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  return Array.from({ length: count }, (_, id) => {
    const line = pick(3);
    return {
      ruleId: ['b-rule', 'a-rule', 'c-rule'][pick(3)] as string,
      severity: 'warning',
      message: ['one', 'two'][pick(2)] as string,
      range: { start: { line, character: pick(2) }, end: { line: line + pick(2), character: pick(2) } },
      // Tells apart findings that are equal in everything compared, to check which of them is kept.
      concept: `finding-${id}`,
    };
  });
}

describe('findings in document order, each once', () => {
  it('keeps the first of each rule, range and message, in the order of a stable sort', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const findings = randomFindings(seed, 1 + (seed % 40));
      assert.deepEqual(sortFindings(findings), reference(findings), `seed ${seed}`);
    }
  });

  it('leaves the list it is given as it was', () => {
    const findings = randomFindings(7, 20);
    const before = [...findings];
    sortFindings(findings);
    assert.deepEqual(findings, before);
  });
});
