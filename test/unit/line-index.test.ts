import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../server/src/engine/text';

/** Line starts found character by character: LF, CRLF and a lone CR each end a line. */
function referenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') starts.push(i + 1);
    else if (c === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function startsOf(index: LineIndex): number[] {
  return Array.from({ length: index.lineCount }, (_, line) => index.lineStart(line));
}

describe('the line index', () => {
  it('finds the lines of LF, CRLF, lone-CR and mixed texts as a character-by-character scan does', () => {
    const fixed = ['', 'a', 'a\n', 'a\r\nb', 'a\rb\r', '\r\r\n\n\r', 'x\n\r\ny\r\r\nz', '\n\n'];
    // Every text of up to six characters from `a`, CR and LF, plus longer random ones.
    const alphabet = ['a', '\r', '\n'];
    const all: string[] = [...fixed];
    const grow = (prefix: string): void => {
      all.push(prefix);
      if (prefix.length < 6) for (const c of alphabet) grow(prefix + c);
    };
    grow('');
    let seed = 7;
    for (let n = 0; n < 200; n++) {
      let text = '';
      for (let i = 0; i < 60; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += alphabet[seed % 3] ?? '';
      }
      all.push(text);
    }
    for (const text of all)
      assert.deepEqual(startsOf(new LineIndex(text)), referenceStarts(text), JSON.stringify(text));
  });
});
