/**
 * Small readings of plain shell commands (not package managers) shared by RUN rules: options in
 * short clusters or long form, and the operands left once options are set aside.
 */
import type { ShellCommand, ShellWord } from '../../engine/dockerfile/shell';
import { wordText } from './package-managers';

/** True when the command has one of the long options (also as `--name=…`) or a short letter, alone or in a cluster. */
export function hasFlag(command: ShellCommand, long: readonly string[], shortLetters = ''): boolean {
  return command.args.some((word) => {
    const text = wordText(word);
    if (!text || !text.startsWith('-') || text === '-' || text === '--') return false;
    if (text.startsWith('--')) return long.some((name) => text === name || text.startsWith(`${name}=`));
    return [...text.slice(1)].some((letter) => shortLetters.includes(letter));
  });
}

/** The words that are not options, skipping the value after each option in `withValue`. */
export function operandsOf(command: ShellCommand, withValue: ReadonlySet<string> = new Set()): ShellWord[] {
  const operands: ShellWord[] = [];
  for (let i = 0; i < command.args.length; i++) {
    const word = command.args[i] as ShellWord;
    const text = wordText(word) ?? word.raw;
    if (text.startsWith('-') && text !== '-') {
      if (withValue.has(text)) i++;
      continue;
    }
    operands.push(word);
  }
  return operands;
}

/** The command a wrapper runs: `sudo -E bash` → bash, `env X=1 python3` → python3. */
export function runsProgram(command: ShellCommand): string {
  const name = basename(command.name);
  if (name !== 'sudo' && name !== 'env' && name !== 'exec' && name !== 'command') return name;
  const next = command.args.find((word) => {
    const text = wordText(word) ?? '';
    return !text.startsWith('-') && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(text);
  });
  return next ? basename(wordText(next) ?? '') : name;
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `set -o pipefail`, `set -eo pipefail`, `set -euxo pipefail`. */
export function setsPipefail(command: ShellCommand): boolean {
  if (command.name !== 'set') return false;
  return command.args.some(
    (arg, i) => arg.literal === 'pipefail' && /^[-+][A-Za-z]*o$/.test(command.args[i - 1]?.literal ?? ''),
  );
}

/** `set -e`, `set -eux`, `set -o errexit`: the shell stops at the first failing command. */
export function setsErrexit(command: ShellCommand): boolean {
  return command.name === 'set' && errexitIn(command.args.map((arg) => arg.literal));
}

/**
 * Whether shell options (`-e`, `-eux`, `-o errexit`, as given to `set` or to the shell itself)
 * turn errexit on. `+e` turns it off and is not counted; a later `set +e` is not followed either,
 * so errexit may be taken as on where it is off, never the other way.
 */
export function errexitIn(options: readonly (string | undefined)[]): boolean {
  return options.some(
    (option, i) =>
      /^-[A-Za-z]*e[A-Za-z]*$/.test(option ?? '') ||
      (option === 'errexit' && /^-[A-Za-z]*o$/.test(options[i - 1] ?? '')),
  );
}
