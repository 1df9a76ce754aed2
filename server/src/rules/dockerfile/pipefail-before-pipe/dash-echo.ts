/**
 * A SHELL of bash put where dash ran changes what `echo` writes: dash's echo reads backslash
 * escapes in every argument (`echo '[mysqld]\nskip-host-cache'` writes two lines), bash's prints
 * them as written. Alpine's fix names /bin/ash, which is the same BusyBox shell as its /bin/sh.
 */
import type { ParsedDockerfile, RunStep } from '../../../engine/dockerfile/context';
import type { ShellCommand } from '../../../engine/dockerfile/shell';
import { hasDashAsSh } from '../dash-shell';
import { rootImageOf, shellInstructionFor } from '../stage-shell';
import { stageChain } from '../stages';

/** What dash 0.5.12's echo reads as an escape and bash's does not: `\n`, `\c`, `\0101`, `\101`, `\\`. */
const DASH_ECHO_ESCAPE = /\\[abcefnrtv0-7\\]/;

/**
 * Whether a SHELL of bash written before `step` would reach a RUN whose echo writes something else
 * there: `step` itself, the stage's later RUNs and those of the stages built FROM it, until a SHELL.
 */
export function bashChangesEcho(file: ParsedDockerfile, step: RunStep): boolean {
  const stage = step.stage;
  const image = stage && rootImageOf(file, stage);
  if (!stage || !image || !hasDashAsSh(image)) return false;
  const line = step.instruction.getRange().start.line;
  return file.runs().some((run) => {
    if (!run.stage || run.onbuild || shellInstructionFor(file, run.instruction)) return false;
    const reached =
      run.stage === stage ? run.instruction.getRange().start.line >= line : stageChain(file, run.stage).includes(stage);
    return reached && (run.commands ?? []).some(echoesEscape);
  });
}

/** The shell's own echo: `/bin/echo` is coreutils' program, the same whichever shell runs it. */
function echoesEscape(command: ShellCommand): boolean {
  return command.name === 'echo' && command.args.some((word) => DASH_ECHO_ESCAPE.test(unquoted(word.raw)));
}

/**
 * The word as the command receives it, expansions left as written: unquoted, a backslash keeps the
 * next character; in double quotes only before `$`, `` ` ``, `"` and `\`; in single quotes never.
 */
function unquoted(raw: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = '';
      else out += ch;
    } else if (ch === '\\') {
      const next = raw[i + 1] ?? '';
      if (quote === '"' && !/[$`"\\\n]/.test(next)) out += ch;
      else {
        // A backslash-newline joins lines and leaves nothing.
        if (next !== '\n') out += next;
        i++;
      }
    } else if (!quote && (ch === '"' || ch === "'")) quote = ch;
    else if (quote === '"' && ch === '"') quote = '';
    else out += ch;
  }
  return out;
}
