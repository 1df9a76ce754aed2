import type { DockerfileContext, RunStep, Stage } from '../../../engine/dockerfile/context';
import type { ShellCommand, ShellPipeStage } from '../../../engine/dockerfile/shell';
import { defineDockerfileRule } from '../../../engine/rule';
import { comparePositions } from '../../../engine/text';
import type { Fix } from '../../../engine/types';
import { pipefailShellOf, shellArray, shellInstructionFor } from '../stage-shell';
import { commandName, inKeywordCase } from '../support';
import { errexitIn, setsErrexit, setsPipefail } from '../run-words';
import { bashChangesEcho } from './dash-echo';

/** Commands before a `|` whose failure there is nothing to lose: they only print what they were given. */
const CANNOT_FAIL = new Set(['echo', 'printf', 'yes', 'true', ':']);
/** Shells that understand `-o pipefail` given on their command line. */
const PIPEFAIL_SHELLS = /(^|\/)(bash|ash|zsh|ksh|mksh)$/;

export default defineDockerfileRule({
  id: 'pipefail-before-pipe',
  title: {
    en: 'Set pipefail before piping in RUN',
    ko: 'RUN에서 파이프 앞에 pipefail 설정하기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['docker-operations', 'linux-filesystem'],
  description: {
    en: "A pipeline succeeds when its last command does. In `curl -fsSL https://example.com/x.tar.gz | tar -xz`, a failed download hands tar an empty stream, and with `| sha256sum` or `| tee log` at the end the RUN succeeds and the build goes on with a missing or broken file. `set -o pipefail` (or a SHELL that sets it) makes the pipeline fail when any command in it fails. Pipelines fed only by echo or printf are left alone: those cannot fail in a way that matters. So are pipelines whose status is thrown away, where pipefail could not fail the RUN: `… || true`, a `$(…)` among a command's arguments, a pipeline run in the background, a statement followed by another while `set -e` is off, or a `! …` statement followed by another, which `set -e` ignores. Pipelines that end in a reader that may stop before its input ends are left alone as well: `head`, `grep -q` (`--quiet`, `--silent`) and `grep -m N`. With pipefail the command feeding such a reader may die of SIGPIPE and turn success into a failed build (`tr -dc a-z0-9 </dev/urandom | head -c 16` always would).",
    ko: '파이프라인은 마지막 명령이 성공하면 성공합니다. `curl -fsSL https://example.com/x.tar.gz | tar -xz`에서 다운로드가 실패하면 tar는 빈 입력을 받고, 끝이 `| sha256sum`이나 `| tee log`라면 RUN이 성공해 파일이 없거나 깨진 채로 빌드가 계속됩니다. `set -o pipefail`(또는 이를 설정하는 SHELL)을 쓰면 파이프라인의 어느 명령이 실패해도 파이프라인이 실패합니다. echo나 printf만 앞에 있는 파이프라인은 문제 삼지 않습니다: 의미 있게 실패할 일이 없기 때문입니다. 상태가 버려져 pipefail로도 RUN을 실패시킬 수 없는 파이프라인도 마찬가지입니다: `… || true`, 명령 인자 속의 `$(…)`, 백그라운드로 실행한 파이프라인, `set -e`가 꺼진 채 뒤에 다른 문장이 이어지는 문장, 뒤에 다른 문장이 이어지는 `! …` 문장(`set -e`는 이를 무시합니다)이 그렇습니다. 입력이 끝나기 전에 읽기를 멈출 수 있는 명령으로 끝나는 파이프라인도 문제 삼지 않습니다: `head`, `grep -q`(`--quiet`, `--silent`), `grep -m N`이 그렇습니다. pipefail이 있으면 이런 명령에 출력을 넘기던 앞의 명령이 SIGPIPE로 죽어 성공한 빌드를 실패로 바꿀 수 있습니다(`tr -dc a-z0-9 </dev/urandom | head -c 16`은 항상 그렇습니다).',
  },
  remediation: {
    en: 'Where bash exists (Debian, Ubuntu, Red Hat families), add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN; on Alpine and BusyBox, whose sh is ash, `SHELL ["/bin/ash", "-o", "pipefail", "-c"]`. Or start the RUN with `set -o pipefail &&` when its shell supports it (dash, the /bin/sh of Debian and Ubuntu, does not). The fix is offered, not applied on save: later RUNs then run in that shell. No bash fix is offered when one of those RUNs, now run by dash, has echo print a backslash escape (`echo \'a\\nb\'` writes two lines in dash and `a\\nb` in bash): write it with `printf` first.',
    ko: 'bash가 있는 이미지(Debian, Ubuntu, Red Hat 계열)에서는 RUN 앞에 `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`를 추가하고, sh가 ash인 Alpine과 BusyBox에서는 `SHELL ["/bin/ash", "-o", "pipefail", "-c"]`를 추가하세요. 셸이 지원한다면 RUN을 `set -o pipefail &&`로 시작해도 됩니다(Debian과 Ubuntu의 /bin/sh인 dash는 지원하지 않습니다). 이후의 RUN도 그 셸에서 실행되므로 이 수정은 제안만 하고 저장할 때 자동으로 적용하지 않습니다. 그중 지금 dash가 실행하는 RUN에 백슬래시 이스케이프를 출력하는 echo가 있으면(`echo \'a\\nb\'`는 dash에서 두 줄을, bash에서는 `a\\nb`를 씁니다) bash 수정을 제안하지 않습니다: 먼저 `printf`로 바꿔 쓰세요.',
  },
  peers: { hadolint: ['DL4006'] },
  example: {
    bad: 'FROM debian:12\nRUN curl -fsSL https://example.com/app.tar.gz | tar -xz -C /opt\nUSER nobody\nCMD ["/opt/app/run"]\n',
    good: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/app.tar.gz | tar -xz -C /opt\nUSER nobody\nCMD ["/opt/app/run"]\n',
  },
  messages: {
    pipe: {
      en: '"{first} | … | {last}" succeeds when {last} does, even if {first} failed; set pipefail.',
      ko: '"{first} | … | {last}"{은/는} {first}{이/가} 실패해도 {last}{이/가} 성공하면 성공합니다. pipefail을 설정하세요.',
    },
    pipeOfTwo: {
      en: '"{first} | {last}" succeeds when {last} does, even if {first} failed; set pipefail.',
      ko: '"{first} | {last}"{은/는} {first}{이/가} 실패해도 {last}{이/가} 성공하면 성공합니다. pipefail을 설정하세요.',
    },
    fixTitle: { en: 'Run RUN with {shell} -o pipefail', ko: 'RUN을 {shell} -o pipefail로 실행하기' },
  },
  fix: 'unsafe',
  check(ctx) {
    const fixes = new Map<Stage | undefined, Fix | undefined>();
    for (const step of ctx.file.runs()) {
      if (!step.commands) continue;
      const pipelines = pipelinesOf(step.commands);
      if (pipelines.size === 0 || shellSetsPipefail(ctx, step)) continue;
      const setAt = step.commands.find(setsPipefail)?.range.start;
      let errexit: boolean | undefined;
      for (const [pipeline, commands] of pipelines) {
        if (setAt && comparePositions(setAt, pipeline.range.start) < 0) continue;
        // Where the pipeline's status is dropped, pipefail cannot fail the RUN: `a | b || true`,
        // `cmd $(a | b)`, or `a | b; c` unless errexit stops the shell at `a | b`.
        if (pipeline.discarded === 'always') continue;
        if (pipeline.discarded === 'without-errexit' && !(errexit ??= errexitOn(ctx, step))) continue;
        const feeding = commands.filter((c) => (c.pipe?.stage ?? 0) < pipeline.stages - 1);
        if (feeding.every((c) => CANNOT_FAIL.has(commandName(c)))) continue;
        const ending = commands.filter((c) => c.pipe?.stage === pipeline.stages - 1);
        if (ending.length === 1 && stopsReadingEarly(ending[0] as ShellCommand)) continue;
        const first = commands[0] as ShellCommand;
        const last = ending[0] ?? first;
        if (!fixes.has(step.stage)) fixes.set(step.stage, step.onbuild ? undefined : pipefailFix(ctx, step));
        const fix = fixes.get(step.stage);
        ctx.report({
          range: first.range,
          // "curl | … | php" would promise a command between the two that a two-stage pipeline lacks.
          message: ctx.t(pipeline.stages === 2 ? 'pipeOfTwo' : 'pipe', {
            first: commandName(first),
            last: commandName(last),
          }),
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});

/** GNU and BusyBox grep options that take a value, which may be written in the same word (`-m1`). */
const GREP_VALUE_OPTIONS = 'efABCdD';

/**
 * A reader that may exit before its input ends: `head`, `grep -q` (`--quiet`, `--silent`) at the
 * first match, `grep -m N` after N. With pipefail a command still writing to it dies of SIGPIPE
 * (`yes | grep -q y` and `tr -dc a-z </dev/urandom | head -c 16` give 141 in bash), turning
 * success into a failed build. A feeder that fails without output leaves grep nothing to match.
 */
function stopsReadingEarly(command: ShellCommand): boolean {
  const name = commandName(command);
  if (name === 'head') return true;
  if (!['grep', 'egrep', 'fgrep'].includes(name)) return false;
  let value = false;
  for (const { literal } of command.args) {
    if (value || literal === undefined || !literal.startsWith('-')) {
      value = false;
      continue;
    }
    if (literal === '--') return false;
    if (literal === '--quiet' || literal === '--silent' || literal.startsWith('--max-count')) return true;
    if (literal.startsWith('--')) continue;
    for (const [at, option] of [...literal.slice(1)].entries()) {
      if (option === 'q' || option === 'm') return true;
      // `-e -q` searches for "-q"; `-A1` holds its value.
      if (GREP_VALUE_OPTIONS.includes(option)) {
        value = at === literal.length - 2;
        break;
      }
    }
  }
  return false;
}

function pipelinesOf(commands: readonly ShellCommand[]): Map<ShellPipeStage['pipeline'], ShellCommand[]> {
  const pipelines = new Map<ShellPipeStage['pipeline'], ShellCommand[]>();
  for (const command of commands) {
    if (!command.pipe) continue;
    const members = pipelines.get(command.pipe.pipeline) ?? [];
    members.push(command);
    pipelines.set(command.pipe.pipeline, members);
  }
  return pipelines;
}

/**
 * Errexit from the SHELL in effect, a `set -e` anywhere in the RUN (a loop may reach a pipeline
 * written before it), or a here-document's command line or shebang (`<<EOF bash -e`, `#!/bin/sh -e`).
 */
function errexitOn(ctx: DockerfileContext, step: RunStep): boolean {
  const shell = shellInstructionFor(ctx.file, step.instruction);
  if (shell && errexitIn((shellArray(shell) ?? []).slice(1))) return true;
  if (step.commands?.some(setsErrexit)) return true;
  if (!step.heredoc) return false;
  const { start, end } = step.run.getRange();
  const lines = ctx.file.text.slice(ctx.file.index.offsetAt(start), ctx.file.index.offsetAt(end)).split('\n');
  return lines.some((line, i) => (i === 0 || line.startsWith('#!')) && errexitIn(line.trim().split(/\s+/)));
}

function shellSetsPipefail(ctx: DockerfileContext, step: RunStep): boolean {
  const shell = shellInstructionFor(ctx.file, step.instruction);
  return shell !== undefined && (shellArray(shell) ?? []).includes('pipefail');
}

/**
 * A SHELL that sets pipefail: the stage's own SHELL gains `-o pipefail` when its shell knows it;
 * otherwise a new SHELL for the base image's shell goes before this RUN. Unknown images get none,
 * nor do RUNs a move from dash to bash would change (an echo of `\n`).
 */
function pipefailFix(ctx: DockerfileContext, step: RunStep): Fix | undefined {
  const shell = pipefailShellOf(ctx.file, step.instruction);
  if (shell.kind === 'unknown') return undefined;
  if (shell.kind === 'set') {
    const array = shellArray(shell.instruction);
    const args = shell.instruction.getArgumentsRange();
    const program = array?.[0];
    if (!array || !args || !program || !PIPEFAIL_SHELLS.test(program)) return undefined;
    const written = [program, '-o', 'pipefail', ...array.slice(1)].map((part) => JSON.stringify(part)).join(', ');
    return {
      title: ctx.t('fixTitle', { shell: program }),
      edits: [{ range: args, newText: `[${written}]` }],
    };
  }
  if (shell.shell === 'bash' && bashChangesEcho(ctx.file, step)) return undefined;
  const program = shell.shell === 'bash' ? '/bin/bash' : '/bin/ash';
  const line = step.instruction.getRange().start.line;
  const at = { line, character: 0 };
  return {
    title: ctx.t('fixTitle', { shell: program }),
    edits: [
      {
        range: { start: at, end: at },
        newText: `${inKeywordCase(ctx.file, 'SHELL')} ["${program}", "-o", "pipefail", "-c"]\n`,
      },
    ],
  };
}
