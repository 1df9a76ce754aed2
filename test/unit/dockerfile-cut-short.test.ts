import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { ParsedDockerfile } from '../../server/src/engine/dockerfile/context';
import { cutShortLines } from '../../server/src/engine/dockerfile/cut-short';

const lines = (text: string): number[] => [...cutShortLines(new ParsedDockerfile(text))];

describe('instructions the Dockerfile parser cuts short', () => {
  it('are those whose arguments stop before their last line does', () => {
    assert.deepEqual(lines('FROM a\nRUN a; \\\n\t\\x# c\nRUN b\n'), [1, 2]);
    assert.deepEqual(lines('FROM a\nCOPY x y \\\n\t\\`#//// https://x\nRUN b\n'), [1, 2]);
  });

  it('leave out comment lines, trailing spaces and a `#` the shell reads', () => {
    assert.deepEqual(lines('FROM a\nRUN a \\\n  # comment\n  b\n'), []);
    assert.deepEqual(lines('FROM a\nRUN a # c   \nRUN b\t\n'), []);
    assert.deepEqual(lines('FROM a\nRUN echo "#x" \\\n  && b\n'), []);
  });

  it('keep their findings and lose their fixes; other instructions keep theirs', () => {
    const text =
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl; \\\n\t\\x# c\nRUN apt-get install -y git\n';
    const findings = lint(text, 'Dockerfile').findings.filter((f) => f.ruleId === 'apt-no-install-recommends');
    assert.deepEqual(
      findings.map((f) => [f.range.start.line, f.fix !== undefined]),
      [
        [1, false],
        [3, true],
      ],
    );
  });
});
