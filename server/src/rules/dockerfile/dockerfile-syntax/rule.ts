import { validate, ValidationCode, ValidationSeverity, type ValidatorSettings } from 'dockerfile-utils';
import type { Instruction, Run } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import type { DockerfileContext } from '../../../engine/dockerfile/context';
import { sameRange } from '../../../engine/text';
import type { Range } from '../../../engine/types';

/** Style checks of the validator stay off: other rules teach those, and this rule reports only what breaks a build. */
const ERRORS_ONLY: ValidatorSettings = {
  deprecatedMaintainer: ValidationSeverity.IGNORE,
  directiveCasing: ValidationSeverity.IGNORE,
  emptyContinuationLine: ValidationSeverity.IGNORE,
  instructionCasing: ValidationSeverity.IGNORE,
  instructionCmdMultiple: ValidationSeverity.IGNORE,
  instructionEntrypointMultiple: ValidationSeverity.IGNORE,
  instructionHealthcheckMultiple: ValidationSeverity.IGNORE,
  instructionJSONInSingleQuotes: ValidationSeverity.IGNORE,
  instructionWorkdirRelative: ValidationSeverity.IGNORE,
};
/** LSP's DiagnosticSeverity.Error, which the validator uses for problems that fail a build. */
const LSP_ERROR = 1;
/** Flags newer than the validator's list that current BuildKit accepts. */
const NEWER_FLAGS = new Set(['unpack']);
const RESERVED_STAGE_NAMES = new Set(['scratch', 'context']);
const UNKNOWN_FLAG_CODES = new Set<number>([
  ValidationCode.UNKNOWN_ADD_FLAG,
  ValidationCode.UNKNOWN_COPY_FLAG,
  ValidationCode.UNKNOWN_FROM_FLAG,
  ValidationCode.UNKNOWN_HEALTHCHECK_FLAG,
]);

const ARGUMENT_COUNT_CODES = new Set<number>([
  ValidationCode.ARGUMENT_REQUIRES_ONE,
  ValidationCode.ARGUMENT_REQUIRES_AT_LEAST_ONE,
  ValidationCode.ARGUMENT_REQUIRES_TWO,
  ValidationCode.ARGUMENT_REQUIRES_AT_LEAST_TWO,
  ValidationCode.ARGUMENT_REQUIRES_ONE_OR_THREE,
]);

export default defineDockerfileRule({
  id: 'dockerfile-syntax',
  title: {
    en: 'Write a Dockerfile the builder can read',
    ko: '빌더가 읽을 수 있는 Dockerfile 작성하기',
  },
  severity: 'error',
  concept: 'syntax-and-structure',
  topics: ['docker-architecture'],
  description: {
    en: 'Problems that stop `docker build`: a file that does not start with FROM, unknown instructions or flags, missing arguments, duplicate stage names, unterminated quotes, shell commands the shell cannot parse, and exec-form arrays that are not valid JSON (which Docker then silently runs as a shell command).',
    ko: '`docker build`를 멈추게 하는 문제입니다: FROM으로 시작하지 않는 파일, 알 수 없는 명령어나 플래그, 빠진 인자, 중복된 스테이지 이름, 닫히지 않은 따옴표, 셸이 해석할 수 없는 명령, 올바른 JSON이 아닌 exec 형식 배열(이때 Docker는 이를 조용히 셸 명령으로 실행합니다).',
  },
  remediation: {
    en: 'Fix the spot the finding marks. A Dockerfile starts with FROM (only ARG, comments and parser directives may come before it), each instruction is one of the known keywords with its required arguments, and exec-form arrays use double quotes.',
    ko: '표시된 위치를 고치세요. Dockerfile은 FROM으로 시작하고(앞에는 ARG, 주석, 파서 지시자만 올 수 있습니다), 각 명령어는 알려진 키워드와 필요한 인자를 갖추며, exec 형식 배열은 큰따옴표를 씁니다.',
  },
  peers: {
    hadolint: ['DL3061', 'DL3024', 'DL3011'],
    buildkit: ['DuplicateStageName', 'ReservedStageName'],
  },
  example: { bad: 'RUN apk add curl\nFORM alpine:3.20', good: 'FROM alpine:3.20\nRUN apk add --no-cache curl' },
  messages: {
    noFrom: {
      en: 'A Dockerfile must start with FROM (only ARG, comments and parser directives may come first).',
      ko: 'Dockerfile은 FROM으로 시작해야 합니다 (앞에는 ARG, 주석, 파서 지시어만 올 수 있습니다).',
    },
    unknownInstruction: {
      en: 'Unknown instruction "{name}".',
      ko: '알 수 없는 명령어 "{name}"입니다.',
    },
    missingArguments: {
      en: '{keyword} needs arguments.',
      ko: '{keyword}에 인자가 필요합니다.',
    },
    argumentCount: {
      en: '{keyword} has the wrong number of arguments: {detail}.',
      ko: '{keyword}의 인자 개수가 맞지 않습니다: {detail}.',
    },
    unknownFlag: {
      en: 'Unknown flag "{flag}" for {keyword}.',
      ko: '{keyword}에 알 수 없는 플래그 "{flag}"입니다.',
    },
    duplicateStage: {
      en: 'Stage name "{name}" is used twice; stage names must be unique.',
      ko: '스테이지 이름 "{name}"이 두 번 쓰였습니다. 스테이지 이름은 고유해야 합니다.',
    },
    reservedStage: {
      en: 'Stage name "{name}" is reserved by the builder.',
      ko: '스테이지 이름 "{name}"은 빌더가 예약한 이름입니다.',
    },
    unterminatedHeredoc: {
      en: 'The here-document <<{name} is never closed: add a line that holds only {name}.',
      ko: '히어 문서 <<{name}가 닫히지 않았습니다. {name}만 있는 줄을 추가하세요.',
    },
    invalidStage: {
      en: 'Stage name "{name}" is not valid: start with a letter and use only letters, digits, "_", "-" and ".".',
      ko: '스테이지 이름 "{name}"이 올바르지 않습니다. 문자로 시작하고 문자, 숫자, "_", "-", "."만 쓰세요.',
    },
    unterminatedQuote: {
      en: 'This quote is never closed.',
      ko: '이 따옴표가 닫히지 않았습니다.',
    },
    shell: {
      en: 'The shell cannot parse this command: {detail}.',
      ko: '셸이 이 명령을 해석할 수 없습니다: {detail}.',
    },
    notJson: {
      en: '{keyword} looks like an exec-form array but is not valid JSON (use double quotes), so Docker runs it as a shell command.',
      ko: '{keyword}가 exec 형식 배열처럼 보이지만 올바른 JSON이 아니어서(큰따옴표를 쓰세요) Docker가 셸 명령으로 실행합니다.',
    },
    other: {
      en: '{detail}',
      ko: 'Dockerfile 구문 오류: {detail}',
    },
  },
  check(ctx) {
    reportValidatorErrors(ctx);
    reportReservedStageNames(ctx);
    for (const instruction of ctx.instructions) {
      reportUnterminatedHeredocs(ctx, instruction);
      const keyword = instruction.getKeyword();
      if (keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT') {
        if (!reportBrokenJson(ctx, instruction)) reportShellError(ctx, instruction);
      }
    }
  },
});

/** `RUN <<EOF` without a closing `EOF` line swallows the rest of the file into the command. */
function reportUnterminatedHeredocs(ctx: DockerfileContext, instruction: Instruction): void {
  const heredocs = (instruction as unknown as Partial<Pick<Run, 'getHeredocs'>>).getHeredocs?.() ?? [];
  for (const heredoc of heredocs) {
    if (heredoc.getDelimiterRange()) continue;
    ctx.report({ range: heredoc.getNameRange(), message: ctx.t('unterminatedHeredoc', { name: heredoc.getName() }) });
  }
}

/** The stage-name grammar BuildKit accepts, written so that matching stays linear. */
const STAGE_NAME = /^[a-z][a-z0-9_.-]*$/;

/**
 * dockerfile-utils checks stage names with a nested-quantifier pattern that backtracks
 * exponentially on a long invalid name (`a-b-c-…!`). Invalid names are reported here instead and
 * replaced, for the validator only, by a valid name of the same length, so positions still match.
 */
function withValidStageNames(ctx: DockerfileContext): string {
  let text = ctx.text;
  for (const stage of ctx.stages) {
    // The validator checks the third argument of every FROM as a stage name, `AS` or not.
    const third = stage.from.getArguments()[2];
    const written = third?.getValue();
    if (!third || !written || STAGE_NAME.test(written.toLowerCase())) continue;
    const range = third.getRange();
    if (stage.from.getBuildStage()) ctx.report({ range, message: ctx.t('invalidStage', { name: written }) });
    const start = ctx.index.offsetAt(range.start);
    const end = ctx.index.offsetAt(range.end);
    // Line breaks and continuation backslashes stay, so every line keeps its number.
    text = text.slice(0, start) + text.slice(start, end).replace(/[^\\\r\n]/g, 'a') + text.slice(end);
  }
  return text;
}

function reportValidatorErrors(ctx: DockerfileContext): void {
  const errors = validate(withValidStageNames(ctx), ERRORS_ONLY).filter((d) => d.severity === LSP_ERROR);
  for (const diagnostic of errors) {
    // `FRM alpine` is one mistake: say "unknown instruction" rather than also "no FROM" on the same word.
    const sameSpot = (other: (typeof errors)[number]) =>
      other !== diagnostic && sameRange(other.range, diagnostic.range);
    if (Number(diagnostic.code) === ValidationCode.NO_SOURCE_IMAGE && errors.some(sameSpot)) continue;
    const range: Range = diagnostic.range;
    const written = ctx.text.slice(ctx.index.offsetAt(range.start), ctx.index.offsetAt(range.end));
    const code = Number(diagnostic.code);
    const keyword = ctx.index.lineText(range.start.line).trimStart().split(/\s/)[0]?.toUpperCase();
    let message: string;
    if (code === ValidationCode.NO_SOURCE_IMAGE) message = ctx.t('noFrom');
    else if (code === ValidationCode.UNKNOWN_INSTRUCTION) message = ctx.t('unknownInstruction', { name: written });
    else if (code === ValidationCode.ARGUMENT_MISSING)
      message = ctx.t('missingArguments', { keyword: written.toUpperCase() });
    else if (ARGUMENT_COUNT_CODES.has(code))
      message = ctx.t('argumentCount', { keyword: keyword ?? '', detail: plain(diagnostic.message) });
    else if (code === ValidationCode.DUPLICATE_BUILD_STAGE_NAME) message = ctx.t('duplicateStage', { name: written });
    else if (code === ValidationCode.SYNTAX_MISSING_DOUBLE_QUOTE || code === ValidationCode.SYNTAX_MISSING_SINGLE_QUOTE)
      message = ctx.t('unterminatedQuote');
    else if (UNKNOWN_FLAG_CODES.has(code)) {
      const flag = written.replace(/=.*$/, '');
      if (NEWER_FLAGS.has(flag.replace(/^--/, ''))) continue;
      message = ctx.t('unknownFlag', { flag, keyword: keyword ?? '' });
    } else message = ctx.t('other', { detail: plain(diagnostic.message) });
    ctx.report({ range, message });
  }
}

function plain(message: string | { value: string }): string {
  return typeof message === 'string' ? message : message.value;
}

function reportReservedStageNames(ctx: DockerfileContext): void {
  for (const stage of ctx.stages) {
    const range = stage.from.getBuildStageRange();
    if (stage.name && range && RESERVED_STAGE_NAMES.has(stage.name))
      ctx.report({ range, message: ctx.t('reservedStage', { name: stage.from.getBuildStage() ?? stage.name }) });
  }
}

/** `CMD ['node', 'app.js']` or an unclosed `[`: Docker falls back to the shell form without a word. */
function reportBrokenJson(ctx: DockerfileContext, instruction: Instruction): boolean {
  const range = instruction.getArgumentsRange();
  const content = instruction.getRawArgumentsContent()?.trim();
  // `RUN [[ -d /x ]]` and `RUN [ -f x ]` are shell; an attempted array starts with a quoted string.
  if (!range || !content || !/^\[\s*["'\u201c]/.test(content)) return false;
  try {
    const parsed: unknown = JSON.parse(content.replace(/\\\r?\n/g, ''));
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return false;
  } catch {
    // not JSON: reported below
  }
  ctx.report({ range, message: ctx.t('notJson', { keyword: instruction.getKeyword() }) });
  return true;
}

function reportShellError(ctx: DockerfileContext, instruction: Instruction): void {
  const shell = ctx.file.shellOf(instruction);
  const args = instruction.getArgumentsRange();
  if (!shell || shell.ok || !args) return;
  const detail = shell.error.replace(/^RUN:\d+:\d+:\s*/, '');
  let range = args;
  if (shell.offset !== undefined) {
    const start = ctx.index.positionAt(shell.offset);
    const lineEnd = ctx.index.lineEnd(start.line);
    const end = ctx.index.offsetAt(args.end);
    range = ctx.index.rangeOf(shell.offset, Math.max(shell.offset, Math.min(lineEnd, end)));
  }
  ctx.report({ range, message: ctx.t('shell', { detail }) });
}
