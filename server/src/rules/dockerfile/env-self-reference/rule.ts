import type { Env } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import { variableReferences } from '../variables';

export default defineDockerfileRule({
  id: 'env-self-reference',
  title: {
    en: 'Do not use a variable in the same ENV line that sets it',
    ko: '변수를 정하는 ENV 줄 안에서 그 변수를 쓰지 않기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['docker-architecture'],
  description: {
    en: 'An ENV instruction expands all its values with the variables as they were before the line. In `ENV APP_HOME=/app DATA=$APP_HOME/data`, DATA gets the old APP_HOME (usually empty), not `/app`, and the image quietly holds `/data`.',
    ko: 'ENV 명령어는 모든 값을 그 줄 이전의 변수 값으로 펼칩니다. `ENV APP_HOME=/app DATA=$APP_HOME/data`에서 DATA는 `/app`이 아니라 예전 APP_HOME(보통 빈 값)을 받아, 이미지에는 조용히 `/data`가 들어갑니다.',
  },
  remediation: {
    en: 'Set the variable in one ENV line and use it in the next: `ENV APP_HOME=/app` then `ENV DATA=$APP_HOME/data`.',
    ko: '변수를 한 ENV 줄에서 정하고 다음 줄에서 쓰세요: `ENV APP_HOME=/app` 다음 `ENV DATA=$APP_HOME/data`.',
  },
  peers: { hadolint: ['DL3044'] },
  example: {
    bad: 'FROM alpine:3.20\nENV APP_HOME=/app DATA_DIR=$APP_HOME/data\nWORKDIR $APP_HOME\nCOPY app ./app\nUSER 10001\nCMD ["./app"]\n',
    good: 'FROM alpine:3.20\nENV APP_HOME=/app\nENV DATA_DIR=$APP_HOME/data\nWORKDIR $APP_HOME\nCOPY app ./app\nUSER 10001\nCMD ["./app"]\n',
  },
  messages: {
    sameLine: {
      en: '${name} is set earlier on this same ENV line, but here it still has its value from before the line.',
      ko: '${name|은/는} 같은 ENV 줄 앞쪽에서 정해지지만, 여기서는 아직 그 줄 이전의 값을 가집니다.',
    },
  },
  check(ctx) {
    const escape = ctx.file.ast.getEscapeCharacter();
    for (const instruction of ctx.instructions) {
      if (instruction.getKeyword() !== 'ENV') continue;
      const properties = (instruction as Env).getProperties();
      for (const [i, property] of properties.entries()) {
        const valueRange = property.getValueRange();
        if (i === 0 || !valueRange) continue;
        const earlier = new Set(properties.slice(0, i).map((p) => p.getName()));
        const base = ctx.index.offsetAt(valueRange.start);
        const value = ctx.text.slice(base, ctx.index.offsetAt(valueRange.end));
        for (const ref of variableReferences(value, escape)) {
          if (!earlier.has(ref.name)) continue;
          ctx.report({
            range: ctx.index.rangeOf(base + ref.start, base + ref.end),
            message: ctx.t('sameLine', { name: ref.name }),
          });
        }
      }
    }
  },
});
