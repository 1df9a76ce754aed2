import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { costlySubstitutionAt, TOO_DEEP_SUBSTITUTIONS } from '../../server/src/engine/dockerfile/shell-nesting';
import { parseRelative } from '../../server/src/engine/dockerfile/shell';

const DEEP = 10_000;
const nested = (open: string, close: string, depth = DEEP, inner = 'true'): string =>
  `echo ${open.repeat(depth)}${inner}${close.repeat(depth)}`;

describe('substitution nesting the shell parser would take seconds over', () => {
  it('refuses deep substitutions of every kind, pointing at the outermost', () => {
    for (const [open, close, at] of [
      ['$(', ')', 5],
      ['"$(', ')"', 6],
      ['<(', ')', 5],
      ['>(', ')', 5],
      ['${a:-', '}', 5],
      ['$(echo "$(', ')")', 5],
    ] as const) {
      assert.equal(costlySubstitutionAt(nested(open, close)), at, open);
    }
  });

  it('refuses unclosed deep substitutions', () => {
    assert.equal(costlySubstitutionAt(`echo ${'$('.repeat(DEEP)}`), 5);
  });

  it('weighs depth by length: few levels around a megabyte are refused, the same levels around a line are not', () => {
    const megabyte = 'x '.repeat(512 * 1024);
    assert.equal(costlySubstitutionAt(nested('$(', ')', 250, `true ${megabyte}`)), 5);
    assert.equal(costlySubstitutionAt(nested('$(', ')', 250)), undefined);
    assert.equal(costlySubstitutionAt(nested('$(', ')', 2, `true ${megabyte}`)), undefined);
  });

  it('counts only what the shell expands: single quotes, escapes, comments and backquotes are not nesting', () => {
    for (const source of [
      `echo '${'$('.repeat(DEEP)}'`,
      `echo ${'\\$('.repeat(DEEP)}`,
      `true # ${'$('.repeat(DEEP)}\necho done`,
      `echo \`${'$('.repeat(DEEP)}\``,
      `echo "${'('.repeat(DEEP)}"`,
      `echo ${'('.repeat(DEEP)}`,
    ]) {
      assert.equal(costlySubstitutionAt(source), undefined, source.slice(0, 30));
    }
  });

  it('lets ordinary RUN lines through', () => {
    for (const source of [
      'set -eux; arch="$(dpkg --print-architecture)"; case "$arch" in amd64) a=x64 ;; esac; echo "${a:-none}"',
      'VERSION=$(curl -fsSL https://example.com/v | jq -r ".tag_name | ltrimstr(\\"v\\")") && echo $((1 + $(nproc)))',
      'diff <(sort a) <(sort b) || tee >(gzip > out.gz) < in',
      'for f in $(ls); do echo "$(basename "$(dirname "$f")")"; done # ) stray',
    ]) {
      assert.equal(costlySubstitutionAt(source), undefined, source);
      assert.ok(parseRelative(source).ok, source);
    }
  });

  it('makes the parse say so, and the Dockerfile lint report it at the substitution', () => {
    const parse = parseRelative(nested('$(', ')'));
    assert.deepEqual(parse, { ok: false, error: TOO_DEEP_SUBSTITUTIONS, offset: 5, tooDeep: true });
    const text = `FROM alpine:3.20\nRUN ${nested('$(', ')')}\n`;
    const syntax = lint(text, 'Dockerfile').findings.filter((f) => f.ruleId === 'dockerfile-syntax');
    assert.equal(syntax.length, 1);
    assert.match(syntax[0]?.message ?? '', /is nested too deeply to be read/);
    assert.deepEqual(syntax[0]?.range.start, { line: 1, character: 'RUN echo '.length });
    const korean = lint(text, 'Dockerfile', { ...DEFAULT_CONFIG, locale: 'ko' }).findings.find(
      (f) => f.ruleId === 'dockerfile-syntax',
    );
    assert.match(korean?.message ?? '', /너무 깊게 중첩/);
  });
});
