import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NextContent, spaces } from '../../server/src/engine/kubernetes/fast-yaml-lines';

/** The first line at or after `line` holding more than spaces and a comment, line by line. */
function contentLine(text: string, line: number): number {
  const lines = text.slice(line).split('\n');
  let at = line;
  for (const [i, content] of lines.entries()) {
    if (i === lines.length - 1 && content.trim() === '') return text.length;
    if (!/^ *(#.*)?$/.test(content)) return at;
    at += content.length + 1;
  }
  return text.length;
}

const TEXTS = [
  'a: 1\n  b: 2\n\n    # note\n  c:\n      - d\n',
  '\n\n   \n# only comments\n  # and blanks\n',
  'key: value',
  '  \n    x\n#\n  y: |\n    z\n\n',
  '',
];

describe('the next content line after a line', () => {
  it('is the first line holding more than spaces and a comment, with its indentation, asked in any order', () => {
    for (const text of TEXTS) {
      const next = new NextContent(text);
      const starts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
      // Forwards, backwards, and each twice in a row (the second answer is the kept one).
      for (const line of [...starts, ...[...starts].reverse(), ...starts.flatMap((start) => [start, start])]) {
        const start = contentLine(text, line);
        assert.equal(next.after(line), start, JSON.stringify({ text, line }));
        assert.equal(next.indent, start < text.length ? spaces(text, start) : 0, JSON.stringify({ text, line }));
      }
    }
  });
});
