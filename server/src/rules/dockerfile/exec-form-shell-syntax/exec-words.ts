/**
 * Reading an exec-form array as Docker runs it: each string is one argument, no shell in between.
 * What in those strings only a shell would act on — a variable, an operator, a space splitting a
 * program's name from its arguments — reaches the program as written.
 */
import type { Instruction } from 'dockerfile-ast';
import type { LineIndex } from '../../../engine/text';
import { ownValue } from '../../../engine/own-keys';
import type { Range } from '../../../engine/types';

export interface ExecWord {
  value: string;
  range: Range;
}

export type ShellSyntax =
  | { kind: 'space'; word: ExecWord }
  | { kind: 'operator'; word: ExecWord }
  | { kind: 'variable'; word: ExecWord; name: string };

/** A keyword, then (for HEALTHCHECK) options and CMD, then `[`: the start of an exec form. */
const EXEC_FORM_START = /^\s*\w+[ \t]+(?:(?:--\S+[ \t]+)*CMD[ \t]+)?\[/i;

/**
 * The array's words, when the arguments are a JSON array of strings (else Docker runs them as
 * shell form). HEALTHCHECK's array follows its options and CMD, on one line here.
 */
export function execFormWords(instruction: Instruction, index: LineIndex): ExecWord[] | undefined {
  // Most RUNs are shell form: a look at the text after the keyword spares reading their arguments.
  const from = index.offsetAt(instruction.getRange().start);
  if (!EXEC_FORM_START.test(index.text.slice(from, from + 300))) return undefined;
  const args = instruction.getArgumentsRange();
  if (!args) return undefined;
  const start = index.offsetAt(args.start);
  const raw = index.text.slice(start, index.offsetAt(args.end));
  let open = raw.startsWith('[') ? 0 : -1;
  if (instruction.getKeyword() === 'HEALTHCHECK') {
    const cmd = /^(?:--\S+\s+)*CMD\s+\[/i.exec(raw);
    if (!cmd || raw.includes('\n')) return undefined;
    open = cmd[0].length - 1;
  }
  if (open < 0 || /\\\r?\n/.test(raw)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.slice(open));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) return undefined;
  const words: ExecWord[] = [];
  for (const match of raw.slice(open).matchAll(/"(?:[^"\\]|\\.)*"/g)) {
    const at = start + open + (match.index ?? 0);
    words.push({ value: parsed[words.length] as string, range: index.rangeOf(at, at + match[0].length) });
  }
  return words.length === parsed.length ? words : undefined;
}

/** Where the array starts and ends: what a rewrite of the whole command replaces. */
export function arrayRange(words: readonly ExecWord[], index: LineIndex): Range | undefined {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return undefined;
  const text = index.text;
  const open = text.lastIndexOf('[', index.offsetAt(first.range.start));
  const close = text.indexOf(']', index.offsetAt(last.range.end));
  return open < 0 || close < 0 ? undefined : index.rangeOf(open, close + 1);
}

/** Programs that read `$` themselves: a shell given its script, awk, jq, envsubst, PowerShell. */
const READS_DOLLARS = /^(sh|bash|ash|dash|zsh|ksh|mksh|busybox|awk|gawk|mawk|jq|envsubst|pwsh|powershell)$/;
/** Interpreters and the options after which a word is a program in their own language (`$x` in PHP). */
const INLINE_CODE: Record<string, RegExp> = {
  python: /^-c$/,
  node: /^(-e|-p|--eval|--print)$/,
  php: /^-r$/,
  perl: /^-[eE]$/,
  ruby: /^-e$/,
};
/**
 * A Spring Boot property set as a JVM option: Spring resolves `${PORT}` in a property's value from
 * the environment itself, so `-Dserver.port=${PORT}` works without a shell (`$PORT` would not).
 */
const SPRING_PROPERTY_OPTION = /^-D(?:spring|server|management|logging)\.[\w.-]+=/;

function resolvedBySpring(words: readonly ExecWord[], i: number, program: string): boolean {
  const value = words[i]?.value ?? '';
  return program === 'java' && isJvmOption(words, i) && SPRING_PROPERTY_OPTION.test(value) && !/\$(?!\{)/.test(value);
}

/** Options of java that take the next word as their value. */
const JAVA_OPTION_VALUES = /^(-cp|-classpath|--class-path|-p|--module-path)$/;

/** Whether java reads the word as its own option: before the jar or main class (`java -jar -Dx=1 app.jar` too). */
function isJvmOption(words: readonly ExecWord[], i: number): boolean {
  for (let j = 1; j < i; j++) {
    const word = words[j]?.value ?? '';
    if (!word.startsWith('-') && !JAVA_OPTION_VALUES.test(words[j - 1]?.value ?? '')) return false;
  }
  return true;
}

const OPERATORS = new Set(['&&', '||', '|', ';', '&', '>', '>>', '<', '2>', '2>&1', '>/dev/null', '2>/dev/null']);
/** `$NAME` or `${NAME…}` with an environment variable's usual name: `$1`, `$x` and `$$` are left alone. */
const VARIABLE = /\$(?:\{([A-Z_][A-Z0-9_]*)[^}]*\}|([A-Z_][A-Z0-9_]*))/;

/** The shell syntax in the words that no shell will act on, at most one finding per word. */
export function shellSyntaxIn(words: readonly ExecWord[]): ShellSyntax[] {
  const [program] = words;
  if (!program) return [];
  const name = baseName(program.value);
  const found: ShellSyntax[] = [];
  // `C:\Program Files\app.exe` is one path; `dotnet restore` is a program and its argument.
  if (/\S\s+\S/.test(program.value.trim()) && !/^[A-Za-z]:\\|\\/.test(program.value))
    found.push({ kind: 'space', word: program });
  if (READS_DOLLARS.test(name)) return found;
  const inline = ownValue(INLINE_CODE, name.replace(/[\d.]+$/, ''));
  words.forEach((word, i) => {
    if (i === 0 && found.length > 0) return;
    if (inline && i > 0 && inline.test(words[i - 1]?.value ?? '')) return;
    if (resolvedBySpring(words, i, name)) return;
    if (OPERATORS.has(word.value)) {
      found.push({ kind: 'operator', word });
      return;
    }
    const variable = VARIABLE.exec(word.value);
    if (variable) found.push({ kind: 'variable', word, name: variable[1] ?? variable[2] ?? '' });
  });
  return found;
}

export function baseName(program: string): string {
  return program.trim().split(/\s+/)[0]?.split('/').pop() ?? '';
}

/** The words as one shell command line: plain words bare, `$VAR` left to split, the rest quoted. */
export function asShellLine(words: readonly string[]): string {
  return words
    .map((word) => {
      if (/^[\w@%+=:,./-]+$/.test(word) || OPERATORS.has(word)) return word;
      if (/^\$(\{[A-Z_][A-Z0-9_]*\}|[A-Z_][A-Z0-9_]*)$/.test(word)) return word;
      if (!/[`"\\]/.test(word)) return `"${word}"`;
      return `'${word.replace(/'/g, `'\\''`)}'`;
    })
    .join(' ');
}
