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

  it('are those whose flags or arguments start after a word the parser skipped', () => {
    assert.deepEqual(lines('FROM a\nRUN a-- --no-cache\nRUN b\n'), [1]);
    assert.deepEqual(lines('FROM a\nRUN --mount=type=cache,target=/x \\\n  # c\n  --network=none b\n'), []);
    assert.deepEqual(lines('FROM a\nCOPY --chown=1:1 \\\n  x y\nRUN \\\n# c\n  b --c\n'), []);
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

  it('lose a merge that would move a word the parser misplaced into the flags', () => {
    const text = 'FROM alpine:3.20\nRUN a-- --no-cache\nRUN --no-cache -y\n';
    const merge = lint(text, 'Dockerfile').findings.filter((f) => f.ruleId === 'merge-consecutive-runs');
    assert.deepEqual(
      merge.map((f) => [f.range.start.line, f.fix !== undefined]),
      [[2, false]],
    );
  });
});
