import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonTrouble } from '../../server/src/dockerfile-schema/json-trouble';
import { lint, mergeConfig } from '../../server/src/engine';

/** The dockerfile-syntax findings of a one-instruction Dockerfile, as `line:column message`. */
function syntax(instruction: string, locale: 'en' | 'ko' = 'en'): string[] {
  const result = lint(`FROM alpine:3.20\n${instruction}\n`, 'file:///w/Dockerfile', mergeConfig({ locale }));
  return result.findings
    .filter((f) => f.ruleId === 'dockerfile-syntax')
    .map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.character} ${f.message}`);
}

describe('an exec form that is not JSON says why', () => {
  it('reads the first fault as the builder’s JSON reader meets it', () => {
    assert.deepEqual(jsonTrouble(`['a', 'b']`, 0), { reason: 'quotes' });
    assert.deepEqual(jsonTrouble('[“a”]', 0), { reason: 'quotes' });
    assert.deepEqual(jsonTrouble('["a", "\\$b"]', 10), {
      reason: 'escape',
      span: { start: 17, end: 19 },
      escape: '\\$',
    });
    assert.deepEqual(jsonTrouble('["\\u12x"]', 0), { reason: 'escape', span: { start: 2, end: 6 }, escape: '\\u12' });
    assert.deepEqual(jsonTrouble('["a\\"b\\\\", "\\n\\t\\/\\u00e9', 0), {
      reason: 'string',
      span: { start: 11, end: 24 },
    });
    assert.deepEqual(jsonTrouble('["a\tb"]', 0), { reason: 'control', span: { start: 3, end: 4 } });
    assert.deepEqual(jsonTrouble('["a", "b"  ', 0), { reason: 'bracket' });
    assert.deepEqual(jsonTrouble('["a", "b",]', 0), { reason: 'other' });
    assert.deepEqual(jsonTrouble('["a", "b"]  # x ', 4), {
      reason: 'trailing',
      span: { start: 16, end: 19 },
      close: 14,
      text: '# x',
    });
    assert.deepEqual(jsonTrouble('["a", b] # x', 0), { reason: 'other' });
    assert.deepEqual(jsonTrouble('["a", "\\😀"]', 0), {
      reason: 'escape',
      span: { start: 7, end: 10 },
      escape: '\\😀',
    });
  });

  it('names the fault in the message, in English and Korean, on the spot that has it', () => {
    assert.deepEqual(syntax(`CMD ['node', 'app.js']`), [
      '1:4-22 CMD looks like an exec-form array but is not valid JSON (use double quotes), so Docker runs it as a shell command.',
    ]);
    assert.deepEqual(syntax('RUN ["echo", "costs \\$5"]'), [
      '1:20-22 RUN looks like an exec-form array but is not valid JSON: JSON has no escape \\$ (write the character alone, or \\\\ for a backslash), so Docker runs it as a shell command.',
    ]);
    assert.deepEqual(syntax('CMD ["echo", "look, no quote!]'), [
      '1:13-30 CMD looks like an exec-form array but this string is never closed with ", so it is not valid JSON and Docker runs it as a shell command.',
    ]);
    assert.deepEqual(syntax('CMD ["echo", "close it"'), [
      '1:4-23 CMD looks like an exec-form array but it is never closed with ], so it is not valid JSON and Docker runs it as a shell command.',
    ]);
    assert.match(syntax('CMD ["printf", "a\tb"]')[0] ?? '', /^1:17-18 .*raw tab/);
    assert.match(syntax('CMD ["echo", "hi",]')[0] ?? '', /^1:4-19 .*separated by commas, none after the last/);
    assert.deepEqual(syntax('ENTRYPOINT ["echo", "\\$HOME"]', 'ko'), [
      '1:21-23 ENTRYPOINT가 exec 형식 배열처럼 보이지만 올바른 JSON이 아닙니다. JSON에는 \\$ 이스케이프가 없으므로(문자만 쓰거나, 백슬래시는 \\\\로 쓰세요) Docker가 셸 명령으로 실행합니다.',
    ]);
  });

  it('offers the double-quote fix only where quotes are the fault', () => {
    const fixable = (instruction: string) =>
      lint(`FROM alpine:3.20\n${instruction}\n`, 'file:///w/Dockerfile').findings.some(
        (f) => f.ruleId === 'dockerfile-syntax' && f.fix !== undefined,
      );
    assert.equal(fixable(`CMD ['node', 'app.js']`), true);
    assert.equal(fixable('CMD ["echo", "costs \\$5"]'), false);
    assert.equal(fixable('CMD ["echo", "close it"'), false);
  });
});
