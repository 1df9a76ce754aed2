import type { Env, Label, Property } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'env-label-key-value',
  title: {
    en: 'Write ENV and LABEL as key=value',
    ko: 'ENV와 LABEL은 key=value로 쓰기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['docker-architecture'],
  description: {
    en: 'The old form `ENV KEY value` takes everything after the first space as the value, so `ENV PATH /app/bin /usr/bin` sets one odd value rather than failing, and a line cannot set two variables. BuildKit reports the form as deprecated. `ENV KEY=value` says exactly where the value starts and ends.',
    ko: '예전 형식 `ENV KEY value`는 첫 공백 뒤의 모든 것을 값으로 받아서, `ENV PATH /app/bin /usr/bin`은 실패하지 않고 이상한 값 하나를 설정하며, 한 줄에 변수 둘을 정할 수도 없습니다. BuildKit은 이 형식을 더 이상 쓰지 않을 것으로 보고합니다. `ENV KEY=value`는 값이 어디서 시작하고 끝나는지 정확히 말해 줍니다.',
  },
  remediation: {
    en: 'Put `=` between the key and the value, and quote a value with spaces: `ENV APP_HOME=/app`, `LABEL description="An example"`.',
    ko: '키와 값 사이에 `=`를 넣고, 공백이 있는 값은 따옴표로 감싸세요: `ENV APP_HOME=/app`, `LABEL description="An example"`.',
  },
  peers: { buildkit: ['LegacyKeyValueFormat'] },
  example: {
    bad: 'FROM python:3.13-slim\nENV PYTHONUNBUFFERED 1\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nENV PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n',
  },
  messages: {
    legacy: {
      en: '{keyword} uses the old "key value" form; write {name}=… instead.',
      ko: '{keyword|이/가} 예전 "key value" 형식을 씁니다. 대신 {name}=…로 쓰세요.',
    },
    fixTitle: { en: 'Write {name}=…', ko: '{name}=…로 쓰기' },
  },
  fix: 'safe',
  check(ctx) {
    const escape = ctx.file.ast.getEscapeCharacter();
    for (const instruction of ctx.instructions) {
      const keyword = instruction.getKeyword();
      if (keyword !== 'ENV' && keyword !== 'LABEL') continue;
      for (const property of (instruction as Env | Label).getProperties()) {
        if (property.getAssignmentOperator() !== null) continue;
        const valueRange = property.getValueRange();
        if (!valueRange) continue;
        const name = property.getName();
        const replacement = keyValueText(
          property,
          ctx.text.slice(ctx.index.offsetAt(valueRange.start), ctx.index.offsetAt(valueRange.end)),
          escape,
        );
        const range = { start: property.getNameRange().start, end: valueRange.end };
        ctx.report({
          range: property.getNameRange(),
          message: ctx.t('legacy', { keyword, name }),
          ...(replacement
            ? { fix: { title: ctx.t('fixTitle', { name }), edits: [{ range, newText: replacement }] } }
            : {}),
        });
      }
    }
  },
});

/**
 * `name=value` meaning what the old form meant: the value as written when it is one word (quoted
 * or not), or wrapped in double quotes when its words have nothing a quote would change.
 */
function keyValueText(property: Property, raw: string, escape: string): string | undefined {
  if (/[\r\n]/.test(raw)) return undefined;
  const name = property.getName();
  if (!hasUnquotedSpace(raw, escape)) return `${name}=${raw}`;
  if (/["'`\\]/.test(raw) || raw.includes(escape)) return undefined;
  return `${name}="${raw}"`;
}

function hasUnquotedSpace(text: string, escape: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === escape) i++;
    else if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ' ' || char === '\t') return true;
  }
  return false;
}
