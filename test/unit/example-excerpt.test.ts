import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exampleExcerpt } from '../../server/src/teaching/explain';

const lines = (n: number): string[] => Array.from({ length: n }, (_, i) => `line${i + 1}: x`);

describe('example excerpts', () => {
  it('shows the ❌ around the place where the ✅ adds lines', () => {
    const bad = lines(30);
    const good = [...bad.slice(0, 20), 'added: true', ...bad.slice(20)];
    const shown = exampleExcerpt(bad.join('\n'), good.join('\n'));
    assert.equal(shown.good, ['…', 'line19: x', 'line20: x', 'added: true', 'line21: x', 'line22: x', '…'].join('\n'));
    assert.equal(shown.bad, ['…', 'line18: x', 'line19: x', 'line20: x', 'line21: x', 'line22: x', '…'].join('\n'));
  });

  it('shows short examples whole', () => {
    assert.deepEqual(exampleExcerpt('a: 1\nb: 2\n', 'a: 1\n'), { bad: 'a: 1\nb: 2', good: 'a: 1' });
  });
});
