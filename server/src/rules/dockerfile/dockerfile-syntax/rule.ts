import type { Instruction } from 'dockerfile-ast';
import type { FileIssue, FileIssueCode } from '../../../dockerfile-schema/file';
import type { DockerfileContext } from '../../../engine/dockerfile/context';
import { parserWords } from '../../../engine/parser-words';
import { defineDockerfileRule } from '../../../engine/rule';
import type { Fix, Range } from '../../../engine/types';
import { EXPECTATIONS, MESSAGES } from './messages';
import { SHELL_KOREAN } from './shell-words';

/** Messages whose id is not the issue code in camelCase. */
const MESSAGE_OF: Partial<Record<FileIssueCode, string>> = { 'invalid-stage-name': 'invalidStage' };

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
    en: 'Problems that stop `docker build`, checked against a schema of the Dockerfile instruction set (BuildKit’s current frontend): unknown instructions, flags and mount options, a flag on the wrong instruction or given twice, missing or extra arguments, bad durations, ports and signals, a file that does not start with FROM, duplicate stage names, unterminated quotes and here-documents, misplaced parser directives, shell commands the shell cannot parse, and exec-form arrays that are not valid JSON, a comment after the `]` included (which Docker then silently runs as a shell command).',
    ko: '`docker build`를 멈추게 하는 문제로, Dockerfile 명령어 집합의 스키마(BuildKit의 현재 프런트엔드)로 검사합니다: 알 수 없는 명령어, 플래그, 마운트 옵션, 다른 명령어에 붙었거나 두 번 쓴 플래그, 빠지거나 남는 인자, 잘못된 기간, 포트, 신호, FROM으로 시작하지 않는 파일, 중복된 스테이지 이름, 닫히지 않은 따옴표와 히어 문서, 잘못된 위치의 파서 지시자, 셸이 해석할 수 없는 명령, `]` 뒤에 주석이 붙은 것을 포함해 올바른 JSON이 아닌 exec 형식 배열(이때 Docker는 이를 조용히 셸 명령으로 실행합니다).',
  },
  remediation: {
    en: 'Fix the spot the finding marks; where a name is misspelt, the quick fix writes the nearest valid one. A Dockerfile starts with FROM (only ARG, comments and parser directives may come before it), each instruction takes the flags and arguments its reference lists, and exec-form arrays use double quotes, with any comment on a line of its own.',
    ko: '표시된 위치를 고치세요. 이름의 철자가 틀렸다면 빠른 수정이 가장 가까운 올바른 이름을 씁니다. Dockerfile은 FROM으로 시작하고(앞에는 ARG, 주석, 파서 지시자만 올 수 있습니다), 각 명령어는 레퍼런스에 나온 플래그와 인자를 받으며, exec 형식 배열은 큰따옴표를 쓰고 주석은 따로 한 줄에 씁니다.',
  },
  peers: {
    hadolint: ['DL3061', 'DL3024', 'DL3011', 'DL3043', 'DL3063'],
    buildkit: ['DuplicateStageName', 'ReservedStageName'],
  },
  example: {
    bad: 'FROM node:22-alpine\nRUN --mount=type=cache,traget=/root/.npm npm ci\nUSER node\n',
    good: 'FROM node:22-alpine\nRUN --mount=type=cache,target=/root/.npm npm ci\nUSER node\n',
  },
  messages: MESSAGES,
  // The fixes guess the intended name, or turn a shell-form command into the exec form it meant.
  fix: 'unsafe',
  check(ctx) {
    for (const issue of ctx.file.syntaxIssues) report(ctx, issue);
    for (const instruction of ctx.instructions) {
      const keyword = instruction.getKeyword();
      if (keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT') reportShellError(ctx, instruction);
    }
  },
});

function camel(code: string): string {
  return code.replace(/-(\w)/g, (_whole, letter: string) => letter.toUpperCase());
}

function report(ctx: DockerfileContext, issue: FileIssue): void {
  const data = { ...issue.data };
  let message = ctx.t(MESSAGE_OF[issue.code] ?? camel(issue.code), data);
  if (data.allowed) message += ctx.t('oneOf', data);
  const expectation = EXPECTATIONS[data.expects ?? ''];
  if (expectation) message += ctx.t(expectation);
  if (data.suggestion) message += ctx.t('suggest', data);
  const range = ctx.index.rangeOf(issue.span.start, issue.span.end);
  const fix = issue.fix?.above ? moveAbove(ctx, issue.fix) : issue.fix && replace(ctx, issue.code, issue.fix);
  ctx.report({ range, message, ...(fix ? { fix } : {}), ...(issue.warning ? { severity: 'warning' as const } : {}) });
}

function replace(ctx: DockerfileContext, code: FileIssueCode, { span, text }: NonNullable<FileIssue['fix']>): Fix {
  return {
    title: code === 'not-json' ? ctx.t('fixQuotes') : ctx.t('fixTitle', { text }),
    edits: [{ range: ctx.index.rangeOf(span.start, span.end), newText: text }],
  };
}

/**
 * Text moved from the end of an instruction to a line above it, indented alike. Only from its
 * last line: what a line continuation carries on is left to the author.
 */
function moveAbove(ctx: DockerfileContext, fix: NonNullable<FileIssue['fix']>): Fix | undefined {
  const above = fix.above;
  const removed = ctx.index.rangeOf(fix.span.start, fix.span.end);
  if (!above || removed.start.line !== removed.end.line) return undefined;
  const start = ctx.index.positionAt(above.at);
  const lineStart = ctx.index.offsetAt({ line: start.line, character: 0 });
  const indent = ctx.text.slice(lineStart, above.at);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  const at = { line: start.line, character: 0 };
  return {
    title: ctx.t('fixMoveComment'),
    edits: [
      { range: { start: at, end: at }, newText: `${indent}${above.text}\n` },
      { range: removed, newText: fix.text },
    ],
  };
}

/** A shell-form RUN, CMD or ENTRYPOINT that the POSIX shell of the image would refuse. */
function reportShellError(ctx: DockerfileContext, instruction: Instruction): void {
  const shell = ctx.file.shellOf(instruction);
  const args = instruction.getArgumentsRange();
  if (!shell || shell.ok || !args) return;
  const detail = shell.error.replace(/^RUN:\d+:\d+:\s*/, '');
  let range = args;
  if (shell.offset !== undefined) {
    const start = ctx.index.positionAt(shell.offset);
    const end = Math.min(ctx.index.lineEnd(start.line), ctx.index.offsetAt(args.end));
    range =
      shell.offset < end
        ? ctx.index.rangeOf(shell.offset, end)
        : lastWordBefore(ctx, ctx.index.offsetAt(args.start), shell.offset);
  }
  // A refusal for nesting is ours to word; the parser's words are translated where known.
  const words = parserWords(SHELL_KOREAN, detail, ctx.locale);
  ctx.report({ range, message: shell.tooDeep ? ctx.t('shellTooDeep') : ctx.t('shell', { detail: words }) });
}

/**
 * An error at the very end (`RUN a &&` expects a command after the `&&`) has nothing after it to
 * underline: the word before it is what the user has to complete or remove.
 */
function lastWordBefore(ctx: DockerfileContext, from: number, offset: number): Range {
  const text = ctx.text;
  let end = Math.min(offset, text.length);
  while (end > from && /\s|\\/.test(text[end - 1] ?? '')) end--;
  let start = end;
  while (start > from && !/\s/.test(text[start - 1] ?? '')) start--;
  return ctx.index.rangeOf(start, end);
}
