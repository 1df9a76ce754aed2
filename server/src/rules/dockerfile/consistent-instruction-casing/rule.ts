import type { Argument, From } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import type { Range } from '../../../engine/types';

const KEYWORDS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

export default defineDockerfileRule({
  id: 'consistent-instruction-casing',
  title: 'Write instructions in one consistent case',
  severity: 'warning',
  concept: 'syntax-and-structure',
  description:
    'Instruction keywords are case-insensitive, but a file that mixes `RUN` and `run`, or writes `From`, is harder to scan. BuildKit expects every keyword in the same case as the majority, and `AS` in the case of its `FROM`; uppercase is the common convention.',
  remediation:
    'Write every instruction keyword in the case the rest of the file uses, usually uppercase: `FROM`, `RUN`, `COPY`.',
  peers: { buildkit: ['ConsistentInstructionCasing', 'FromAsCasing'] },
  example: {
    bad: 'FROM alpine:3.20\nrun apk add curl\nCopy . /app',
    good: 'FROM alpine:3.20\nRUN apk add curl\nCOPY . /app',
  },
  messages: {
    keyword: {
      en: 'Instruction "{written}" should be "{expected}" like the rest of the file.',
      ko: '명령어 "{written}"는 파일의 나머지처럼 "{expected}"로 써야 합니다.',
    },
    as: {
      en: '"{written}" should be "{expected}" to match its FROM.',
      ko: '"{written}"는 FROM에 맞춰 "{expected}"로 써야 합니다.',
    },
    fixTitle: { en: 'Write "{expected}"', ko: '"{expected}"로 쓰기' },
  },
  fixable: true,
  check(ctx) {
    const known = ctx.instructions.filter((i) => KEYWORDS.has(i.getKeyword()));
    const consistent = (word: string) => word === word.toUpperCase() || word === word.toLowerCase();
    let lower = 0;
    let upper = 0;
    for (const instruction of known) {
      const written = instruction.getInstruction();
      if (written === written.toLowerCase()) lower++;
      else if (written === written.toUpperCase()) upper++;
    }
    // As in BuildKit, a tie goes to uppercase.
    const toMajority = (word: string) => (lower > upper ? word.toLowerCase() : word.toUpperCase());
    const report = (id: 'keyword' | 'as', range: Range, written: string, expected: string) =>
      ctx.report({
        range,
        message: ctx.t(id, { written, expected }),
        fix: { title: ctx.t('fixTitle', { expected }), edits: [{ range, newText: expected }] },
      });
    for (const instruction of known) {
      const written = instruction.getInstruction();
      const expected = toMajority(written);
      if (written !== expected) report('keyword', instruction.getInstructionRange(), written, expected);
      if (instruction.getKeyword() !== 'FROM') continue;
      const as = asKeyword(instruction as From);
      if (!as) continue;
      // `AS` follows its own FROM; a FROM in mixed case is compared by what it will become.
      const from = consistent(written) ? written : expected;
      const expectedAs = from === from.toLowerCase() ? 'as' : 'AS';
      if (as.getValue() !== expectedAs) report('as', as.getRange(), as.getValue(), expectedAs);
    }
  },
});

function asKeyword(from: From): Argument | undefined {
  const stage = from.getBuildStageRange();
  if (!stage) return undefined;
  const args = from.getArguments();
  const index = args.findIndex(
    (a) => a.getRange().start.line === stage.start.line && a.getRange().start.character === stage.start.character,
  );
  const candidate = index > 0 ? args[index - 1] : undefined;
  return candidate?.getValue().toLowerCase() === 'as' ? candidate : undefined;
}
