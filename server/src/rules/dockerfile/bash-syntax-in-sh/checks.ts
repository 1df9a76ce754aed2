/** What of a RUN is bash's and not dash's: the commands' names and words, and the parsed constructs. */
import type { BashConstruct, ShellCommand } from '../../../engine/dockerfile/shell';
import type { DockerfileContext } from '../../../engine/dockerfile/context';
import type { Range } from '../../../engine/types';
import { setsPipefail } from '../run-words';
import { matchingBrace } from '../variables';

/** bash builtins dash does not have: the RUN stops with "<name>: not found". */
const BASH_BUILTINS = new Set(['shopt', 'pushd', 'popd', 'mapfile', 'readarray']);

/** The message of each construct the parse records, by kind. */
const CONSTRUCT_MESSAGES = {
  'double-bracket': 'doubleBracket',
  arithmetic: 'arithmetic',
  'arithmetic-for': 'arithmeticFor',
  'function-keyword': 'functionKeyword',
  'both-outputs': 'bothOutputs',
  'pipe-both': 'pipeBoth',
  'here-string': 'hereString',
  'process-substitution': 'processSubstitution',
  'dollar-quote': 'dollarQuote',
  'bash-expansion': 'bashExpansion',
  array: 'array',
  append: 'append',
  declaration: 'builtin',
} as const satisfies Record<BashConstruct['kind'], string>;

export function checkConstruct(ctx: DockerfileContext, construct: BashConstruct): void {
  const { kind, text, range } = construct;
  if (kind === 'both-outputs') {
    // `&> f` and `>& f` are `> f 2>&1`, `&>> f` is `>> f 2>&1`, in bash as in POSIX sh.
    const [operator = '', target = ''] = /^(&>>|&>|>&)([\s\S]*)$/.exec(text)?.slice(1) ?? [];
    const fixed = `${operator === '&>>' ? '>>' : '>'}${target} 2>&1`;
    ctx.report({
      range,
      message: ctx.t(operator === '>&' ? 'descriptorTarget' : 'bothOutputs', { text, fixed }),
      fix: { title: ctx.t('fixBothOutputs', { fixed }), edits: [{ range, newText: fixed }] },
    });
  } else if (kind === 'pipe-both') {
    ctx.report({
      range,
      message: ctx.t('pipeBoth'),
      fix: { title: ctx.t('fixPipeBoth'), edits: [{ range, newText: '2>&1 |' }] },
    });
  } else {
    const name = kind === 'append' ? text.slice(0, text.indexOf('+=')) : text;
    ctx.report({ range, message: ctx.t(CONSTRUCT_MESSAGES[kind], { text, name }) });
  }
}

export function checkCommand(ctx: DockerfileContext, command: ShellCommand): void {
  const name = command.name;
  if (name === 'source') {
    // `. file` looks a name without a slash up in PATH only, where bash's source also tries the folder.
    const path = command.args[0]?.literal;
    ctx.report({
      range: command.nameRange,
      message: ctx.t('source'),
      ...(path?.includes('/')
        ? { fix: { title: ctx.t('fixSource'), edits: [{ range: command.nameRange, newText: '.' }] } }
        : {}),
    });
  } else if (BASH_BUILTINS.has(name)) {
    ctx.report({ range: command.nameRange, message: ctx.t('builtin', { name }) });
  } else if (name === '[' || name === 'test') {
    for (const arg of command.args) {
      if (arg.raw !== '==') continue;
      ctx.report({
        range: arg.range,
        message: ctx.t('doubleEquals'),
        fix: { title: ctx.t('fixEquals'), edits: [{ range: arg.range, newText: '=' }] },
      });
    }
  } else if (name === 'echo') {
    // dash's echo takes `-n` alone; any other option word is printed as text.
    const flag = command.args.find((arg, i) => i < 2 && /^-[neE]*[eE][neE]*$/.test(arg.literal ?? ''));
    if (flag) ctx.report({ range: flag.range, message: ctx.t('echoFlag', { flag: flag.raw }) });
  } else if (name === 'set' && setsPipefail(command)) {
    ctx.report({ range: command.range, message: ctx.t('pipefail') });
  }
  reportBraces(ctx, name, command.nameRange);
  for (const word of command.args) reportBraces(ctx, word.raw, word.range);
}

function reportBraces(ctx: DockerfileContext, raw: string, range: Range): void {
  // Most words have no brace at all, and the RUNs of a file hold thousands of words.
  const braces = raw.includes('{') ? braceExpansion(raw) : undefined;
  if (braces) ctx.report({ range, message: ctx.t('braces', { braces, word: raw }) });
}

/** The first `{a,b}` or `{1..3}` bash would expand in a word as written, outside quotes and `${…}`. */
export function braceExpansion(raw: string): string | undefined {
  let quote: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"') i++;
      continue;
    }
    if (ch === '\\') i++;
    else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '$' && raw[i + 1] === '{') i = closingBrace(raw, i + 1);
    else if (ch === '{') {
      const end = closingBrace(raw, i);
      const inner = raw.slice(i + 1, end);
      if (end < raw.length && /^[^\s'"{}$]*$/.test(inner) && (inner.includes(',') || /^-?\w+\.\.-?\w+$/.test(inner)))
        return raw.slice(i, end + 1);
    }
  }
  return undefined;
}

/** The index of the `}` closing the `{` at `open`, or the end of the word. */
function closingBrace(raw: string, open: number): number {
  const close = matchingBrace(raw, open);
  return close < 0 ? raw.length : close;
}
