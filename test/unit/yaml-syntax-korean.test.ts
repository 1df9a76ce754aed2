import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, mergeConfig } from '../../server/src/engine';
import { KUBERNETES_RULES } from '../../server/src/rules/kubernetes';
import { parserWords } from '../../server/src/engine/parser-words';
import { SHELL_KOREAN } from '../../server/src/rules/dockerfile/dockerfile-syntax/shell-words';
import { YAML_KOREAN } from '../../server/src/rules/kubernetes/yaml-syntax/parser-words';

const URI = 'file:///project/manifest.yaml';
const syntaxMessages = (text: string, locale: 'en' | 'ko'): string[] =>
  lint(text, URI, mergeConfig({ locale }), { rules: KUBERNETES_RULES })
    .findings.filter((f) => f.ruleId === 'yaml-syntax')
    .map((f) => f.message);

/** Hangul syllables, and Latin letters outside the characters a message names. */
const HANGUL = /[\uac00-\ud7a3]/;

describe("yaml-syntax in Korean: the parser's words translated", () => {
  const BROKEN: [string, string][] = [
    ['a pasted markdown fence', '```yaml\napiVersion: v1\nkind: ConfigMap\n'],
    ['an unclosed quote', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: "open\n'],
    ['a key without a value', 'apiVersion: v1\nkind: ConfigMap\nmetadata\n  name: x\n'],
    ['a flow map without a comma', 'apiVersion: v1\nkind: ConfigMap\ndata: { a: 1 b: 2 }\n'],
    ['items at different columns', 'apiVersion: v1\nkind: List\nitems:\n  - a: 1\n   - b: 2\n'],
  ];
  for (const [name, text] of BROKEN) {
    it(`${name}: Korean words, and the English ones in English`, () => {
      const korean = syntaxMessages(text, 'ko');
      const english = syntaxMessages(text, 'en');
      assert.ok(korean.length > 0, 'the YAML is reported');
      assert.equal(korean.length, english.length);
      for (const message of korean) {
        const detail = message.slice(message.indexOf(':') + 1);
        assert.match(detail, HANGUL, `"${message}" explains the problem in Korean`);
        assert.doesNotMatch(detail, /\b(cannot|must|need|Missing|Unexpected|Implicit)\b/, message);
      }
      for (const message of english) assert.doesNotMatch(message, HANGUL);
    });
  }

  it('says a pasted Markdown fence is one, not what the parser makes of it', () => {
    const text = '```yaml\napiVersion: v1\nkind: ConfigMap\n```\n';
    assert.deepEqual(syntaxMessages(text, 'en'), [
      'This line is a Markdown code fence (```), pasted along with the YAML; delete the line.',
      'This line is a Markdown code fence (```), pasted along with the YAML; delete the line.',
    ]);
    assert.match(syntaxMessages(text, 'ko')[0] ?? '', /마크다운 코드 펜스/);
  });

  it('names what the parser names, with the particle its sound takes', () => {
    assert.equal(
      parserWords(YAML_KOREAN, 'Plain value cannot start with reserved character `', 'ko'),
      '따옴표 없는 값은 예약 문자 `로 시작할 수 없습니다. 값을 따옴표로 감싸세요',
    );
    assert.equal(
      parserWords(YAML_KOREAN, 'Missing , between flow map items', 'ko'),
      '흐름 맵({}) 항목 사이에 쉼표(,)가 없습니다',
    );
    assert.equal(parserWords(YAML_KOREAN, 'Unresolved tag: !vault', 'ko'), '알 수 없는 태그입니다: !vault');
  });

  it("translates the shell parser's sentences too", () => {
    assert.equal(parserWords(SHELL_KOREAN, "unexpected token '&&'", 'ko'), "예상하지 못한 토큰 '&&'가 있습니다");
    assert.equal(parserWords(SHELL_KOREAN, 'unterminated double quote', 'ko'), '큰따옴표(")가 닫히지 않았습니다');
    assert.equal(
      parserWords(SHELL_KOREAN, "expected 'done' to close 'for'", 'ko'),
      "'for'를 닫는 'done' 키워드가 없습니다",
    );
    const korean = lint(
      'FROM alpine:3.20\nRUN echo "open\nUSER 1000\n',
      'file:///p/Dockerfile',
      mergeConfig({ locale: 'ko' }),
    )
      .findings.filter((f) => f.ruleId === 'dockerfile-syntax')
      .map((f) => f.message);
    assert.deepEqual(korean, ['셸이 이 명령을 해석할 수 없습니다: 큰따옴표(")가 닫히지 않았습니다.']);
  });

  it('keeps a sentence it does not know as the parser wrote it', () => {
    assert.equal(parserWords(YAML_KOREAN, 'Some future problem', 'ko'), 'Some future problem');
    assert.equal(parserWords(YAML_KOREAN, 'Map keys must be unique', 'en'), 'Map keys must be unique');
  });
});
