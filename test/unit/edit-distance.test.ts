import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { withinEditDistance } from '../../server/src/engine/edit-distance';

/** The whole table, written the plain way: the reference the banded search must agree with. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe('withinEditDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    assert.equal(withinEditDistance('web', 'wbe', 1), true);
    assert.equal(withinEditDistance('backend', 'backned', 1), true);
    assert.equal(withinEditDistance('web', 'api', 2), false);
    assert.equal(withinEditDistance('frontend', 'frontend-v2', 2), false);
    assert.equal(withinEditDistance('', 'ab', 2), true);
  });

  it('agrees with the whole table for every bound, after longer strings grew its rows', () => {
    withinEditDistance('x'.repeat(300), 'y'.repeat(300), 2);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '1'), maxLength: 12 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '1'), maxLength: 12 }),
        fc.integer({ min: 0, max: 4 }),
        (a, b, max) => withinEditDistance(a, b, max) === distance(a, b) <= max,
      ),
      { numRuns: 5000 },
    );
  });
});
