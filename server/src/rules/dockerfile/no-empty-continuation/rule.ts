import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'no-empty-continuation',
  title: {
    en: 'Do not leave blank lines inside a continued instruction',
    ko: '이어지는 명령어 안에 빈 줄 두지 않기',
  },
  severity: 'warning',
  concept: 'syntax-and-structure',
  topics: ['docker-architecture'],
  description: {
    en: 'A blank line after a line that ends in `\\` does not end the instruction: the builder skips it and joins the next line, so the instruction goes on further than it looks. BuildKit warns about such lines and will reject them in a future release.',
    ko: '`\\`로 끝나는 줄 다음의 빈 줄은 명령어를 끝내지 않습니다. 빌더는 빈 줄을 건너뛰고 다음 줄을 이어 붙이므로, 명령어가 보이는 것보다 더 길게 이어집니다. BuildKit은 이런 줄에 경고하며, 앞으로의 릴리스에서는 거부할 예정입니다.',
  },
  remediation: {
    en: 'Remove the blank line, or put a comment there: comment lines inside an instruction are allowed.',
    ko: '빈 줄을 지우거나 그 자리에 주석을 두세요. 명령어 안의 주석 줄은 허용됩니다.',
  },
  peers: { buildkit: ['NoEmptyContinuation'] },
  example: {
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl=8.12.1-r0\nUSER 10001\n',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl=8.12.1-r0\nUSER 10001\n',
  },
  messages: {
    emptyLine: {
      en: 'Blank line inside a continued instruction: the builder skips it and joins the next line to this instruction.',
      ko: '이어지는 명령어 안의 빈 줄입니다. 빌더는 이 줄을 건너뛰고 다음 줄을 이 명령어에 이어 붙입니다.',
    },
    fixTitle: { en: 'Remove the blank line', ko: '빈 줄 지우기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const blank of ctx.file.buildkit.emptyContinuationLines) {
      const range = ctx.index.rangeOf(blank.start, Math.min(blank.end, ctx.text.length));
      ctx.report({
        range,
        message: ctx.t('emptyLine'),
        fix: { title: ctx.t('fixTitle'), edits: [{ range, newText: '' }] },
      });
    }
  },
});
