import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NextContent, skipToContent, spaces } from '../../server/src/engine/kubernetes/fast-yaml-lines';

const TEXTS = [
  'a: 1\n  b: 2\n\n    # note\n  c:\n      - d\n',
  '\n\n   \n# only comments\n  # and blanks\n',
  'key: value',
  '  \n    x\n#\n  y: |\n    z\n\n',
  '',
];

describe('the next content line after a line', () => {
  it('is where skipToContent finds it, with the indentation spaces counts, asked in any order', () => {
    for (const text of TEXTS) {
      const next = new NextContent(text);
      const starts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
      // Forwards, backwards, and each twice in a row (the second answer is the kept one).
      for (const line of [...starts, ...[...starts].reverse(), ...starts.flatMap((start) => [start, start])]) {
        const start = skipToContent(text, line);
        assert.equal(next.after(line), start, JSON.stringify({ text, line }));
        assert.equal(next.indent, start < text.length ? spaces(text, start) : 0, JSON.stringify({ text, line }));
      }
    }
  });
});
