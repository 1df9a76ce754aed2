import type { Argument, From } from 'dockerfile-ast';
import { INSTRUCTION_KEYWORDS, inKeywordCase } from '../support';
import { defineDockerfileRule } from '../../../engine/rule';
import type { Range } from '../../../engine/types';

export default defineDockerfileRule({
  id: 'consistent-instruction-casing',
  title: {
    en: 'Write instructions in one consistent case',
    ko: '명령어는 한 가지 대소문자로 쓰기',
  },
  severity: 'warning',
  concept: 'syntax-and-structure',
  topics: ['docker-architecture'],
  description: {
    en: 'Instruction keywords are case-insensitive, but a file that mixes `RUN` and `run`, or writes `From`, is harder to scan. BuildKit expects every keyword in the same case as the majority, and `AS` in the case of its `FROM`; uppercase is the common convention.',
    ko: '명령어 키워드는 대소문자를 가리지 않지만 `RUN`과 `run`이 섞이거나 `From`처럼 쓴 파일은 훑어보기 어렵습니다. BuildKit은 모든 키워드가 다수와 같은 대소문자이기를, `AS`는 그 `FROM`과 같은 대소문자이기를 기대합니다. 대문자가 흔한 관례입니다.',
  },
  remediation: {
    en: 'Write every instruction keyword in the case the rest of the file uses, usually uppercase: `FROM`, `RUN`, `COPY`.',
    ko: '모든 명령어 키워드를 파일의 나머지와 같은 대소문자(보통 대문자)로 쓰세요: `FROM`, `RUN`, `COPY`.',
  },
  peers: { buildkit: ['ConsistentInstructionCasing', 'FromAsCasing'] },
  example: {
    bad: 'FROM alpine:3.20\nworkdir /app\nCopy app /app/app\nUSER 10001\nCMD ["/app/app"]\n',
    good: 'FROM alpine:3.20\nWORKDIR /app\nCOPY app /app/app\nUSER 10001\nCMD ["/app/app"]\n',
  },
  messages: {
    keyword: {
      en: 'Instruction "{written}" should be "{expected}" like the rest of the file.',
      ko: '명령어 "{written}"{은/는} 파일의 나머지처럼 "{expected}"{으로/로} 써야 합니다.',
    },
    as: {
      en: '"{written}" should be "{expected}" to match its FROM.',
      ko: '"{written}"{은/는} FROM에 맞춰 "{expected}"{으로/로} 써야 합니다.',
    },
    fixTitle: { en: 'Write "{expected}"', ko: '"{expected}"{으로/로} 쓰기' },
  },
  fix: 'safe',
  check(ctx) {
    const known = ctx.instructions.filter((i) => INSTRUCTION_KEYWORDS.has(i.getKeyword()));
    const toMajority = (word: string) => inKeywordCase(ctx.file, word);
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
      // `AS` follows its FROM as the FROM will be once it matches the file: judged as written, an
      // uppercase FROM in a lowercase file would ask for `AS` while the FROM itself turns to `from`.
      const expectedAs = expected === expected.toLowerCase() ? 'as' : 'AS';
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
