/**
 * The package-manager calls of a RUN, classified once and shared by every rule about them: which
 * manager, which subcommand, which options and which operands (packages, files, URLs). Rules ask
 * this model instead of walking the commands again, and the model of an unchanged RUN is kept
 * between lint runs (the engine hands back the same command list for it).
 */
import type { ShellCommand, ShellWord } from '../../engine/dockerfile/shell';
import type { Range } from '../../engine/types';
import { isOwnKey, ownValue } from '../../engine/own-keys';
import { MANAGERS, VERB_PREFIXES, WRAPPERS } from './package-manager-options';

export type Manager =
  | 'apt-get'
  | 'apt'
  | 'aptitude'
  | 'apt-cache'
  | 'apk'
  | 'yum'
  | 'dnf'
  | 'microdnf'
  | 'zypper'
  | 'pip'
  | 'npm'
  | 'yarn'
  | 'pnpm'
  | 'gem'
  | 'go';

export interface PackageCall {
  manager: Manager;
  /** The shell command it belongs to (for `sudo apt-get install`, the whole sudo command). */
  command: ShellCommand;
  /** The word that names the manager: `apt-get`, or `pip` in `python3 -m pip`. */
  managerWord: ShellWord;
  /** The subcommand as written (`install`, `add`, `in`…), if there is one. */
  action: ShellWord | undefined;
  /** The subcommand with aliases resolved: `in` → install, `yum update` → upgrade, `npm i` → install. */
  verb: string | undefined;
  /** Options anywhere after the manager word; their separate values are left out. */
  options: readonly ShellWord[];
  /** Words after the subcommand that are neither options nor option values: packages, files, URLs. */
  operands: readonly ShellWord[];
  /** Operands come from standard input (`xargs apt-get install`) and cannot be seen. */
  operandsFromInput: boolean;
  /** Every word from the manager word on. */
  words: readonly ShellWord[];
}

/** From the manager word to the end of the command: `apt-get install -y curl` in `sudo apt-get install -y curl`. */
export function callRange(call: PackageCall): Range {
  return { start: call.managerWord.range.start, end: call.command.range.end };
}

/** The value a word stands for when it has no expansion: `curl`, `"curl"` and `'curl'` are all curl. */
export function wordText(word: ShellWord): string | undefined {
  if (word.literal !== undefined) return word.literal;
  if (/[$`\\]/.test(word.raw)) return undefined;
  const unquoted = word.raw.replace(/"([^"]*)"|'([^']*)'/g, '$1$2');
  return /["']/.test(unquoted) ? undefined : unquoted;
}

/**
 * True when one of the options is given: a long option (`--yes`, also as `--yes=…`), or a short
 * letter on its own or inside a cluster (`-y`, `-qy`).
 */
export function hasOption(call: PackageCall, long: readonly string[], shortLetters = ''): boolean {
  return call.options.some((word) => {
    const text = wordText(word);
    if (!text) return false;
    if (text.startsWith('--')) return long.some((name) => text === name || text.startsWith(`${name}=`));
    if (long.includes(text)) return true;
    return /^-[A-Za-z]+$/.test(text) && [...text.slice(1)].some((letter) => shortLetters.includes(letter));
  });
}

/** The value of an option given as `--name=value`, `--name value`, `-x value` or `-xvalue`. */
export function optionValue(call: PackageCall, names: readonly string[]): string | undefined {
  const { words } = call;
  for (let i = 1; i < words.length; i++) {
    const text = wordText(words[i] as ShellWord);
    if (!text?.startsWith('-')) continue;
    for (const name of names) {
      const next = words[i + 1];
      if (text === name) return next ? wordText(next) : undefined;
      if (name.startsWith('--') && text.startsWith(`${name}=`)) return text.slice(name.length + 1);
      if (!name.startsWith('--') && text.startsWith(name) && text.length > name.length) return text.slice(name.length);
    }
  }
  return undefined;
}

const callsByRun = new WeakMap<readonly ShellCommand[], readonly PackageCall[]>();
const callByCommand = new WeakMap<ShellCommand, PackageCall | null>();

/** The package-manager calls among a RUN's commands, classified once per parsed RUN. */
export function packageCalls(commands: readonly ShellCommand[]): readonly PackageCall[] {
  let calls = callsByRun.get(commands);
  if (!calls) {
    calls = commands.flatMap((command) => {
      const call = packageCallOf(command);
      return call ? [call] : [];
    });
    callsByRun.set(commands, calls);
  }
  return calls;
}

/** The package-manager call a command makes, if it makes one. */
export function packageCallOf(command: ShellCommand): PackageCall | undefined {
  let call = callByCommand.get(command);
  if (call === undefined) {
    call = classify(command) ?? null;
    callByCommand.set(command, call);
  }
  return call ?? undefined;
}

function managerOf(name: string): Manager | undefined {
  if (isOwnKey(MANAGERS, name)) return name;
  if (/^pip\d*(\.\d+)?$/.test(name)) return 'pip';
  if (name === 'dnf5' || name === 'dnf-3') return 'dnf';
  return undefined;
}

function classify(command: ShellCommand): PackageCall | undefined {
  const nameWord: ShellWord = { raw: command.name, literal: command.name, range: command.nameRange };
  const words = [nameWord, ...command.args];
  let at = 0;
  let fromInput = false;
  // Skip wrappers (`sudo -E`, `env X=1`, `xargs -r`) down to the command they run.
  // `sudo` or `env` with nothing after them run nothing.
  for (let current = words[at]; current; current = words[at]) {
    const wrapper = ownValue(WRAPPERS, basename(wordText(current) ?? ''));
    if (!wrapper) break;
    fromInput ||= wrapper.input === true;
    at++;
    while (at < words.length) {
      const text = wordText(words[at] as ShellWord) ?? '';
      if (wrapper.withValue.has(text)) at += 2;
      else if (text.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(text)) at++;
      else break;
    }
  }
  const head = words[at];
  if (!head) return undefined;
  const name = basename(wordText(head) ?? '');
  let manager = managerOf(name);
  // `python3 -m pip install …`
  if (!manager && /^python(\d+(\.\d+)?)?$/.test(name)) {
    const flag = words.findIndex((w, i) => i > at && wordText(w) === '-m');
    const module = words[flag + 1];
    if (flag > 0 && module && wordText(module) === 'pip') {
      manager = 'pip';
      at = flag + 1;
    }
  }
  if (!manager) return undefined;
  return splitWords(manager, command, words, at, fromInput);
}

function splitWords(
  manager: Manager,
  command: ShellCommand,
  words: readonly ShellWord[],
  at: number,
  fromInput: boolean,
): PackageCall {
  const spec = MANAGERS[manager];
  const options: ShellWord[] = [];
  const operands: ShellWord[] = [];
  let action: ShellWord | undefined;
  let endOfOptions = false;
  for (let i = at + 1; i < words.length; i++) {
    const word = words[i] as ShellWord;
    const text = wordText(word);
    if (!endOfOptions && text === '--') {
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && text?.startsWith('-') && text.length > 1) {
      options.push(word);
      if (spec.withValue.has(text)) i++;
      continue;
    }
    if (!action && !(text && VERB_PREFIXES[manager]?.has(text))) action = word;
    else if (action) operands.push(word);
  }
  const written = action && wordText(action);
  // A bare `yarn` installs the project's dependencies.
  const verb =
    written === undefined
      ? manager === 'yarn' && !action
        ? 'install'
        : undefined
      : (spec.verbs?.[written] ?? written);
  return {
    manager,
    command,
    managerWord: words[at] as ShellWord,
    action,
    verb,
    options,
    operands,
    operandsFromInput: fromInput,
    words: words.slice(at),
  };
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
