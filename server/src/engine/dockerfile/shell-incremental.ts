import type { RelativeCommand, RelativeConstruct, RelativeParse, StatementSpan } from './shell';

/**
 * Typing in a long RUN changes one of its top-level statements (`set -eux; apt-get update; …`),
 * yet the shell parser would read all of them again on every keystroke. When the edit lies inside
 * one statement, only that statement is parsed; the others keep their commands, moved by the
 * length the edit added or removed.
 *
 * Only edits that cannot change how the rest of the source reads qualify: the statement's closing
 * `;` or `&` stays untouched, the statement must still parse alone as exactly one complete
 * statement, ending where it ended before, and neither text may hold a here-document (its body lies
 * outside the statement), a comment (it can swallow what follows) or a trailing line continuation.
 * Anything else is parsed whole. A differential test
 * checks this against whole parses over random edit sequences.
 */
export function reparseEditedStatement(
  base: { source: string; parse: RelativeParse },
  next: string,
  parseWhole: (source: string) => RelativeParse,
): RelativeParse | undefined {
  const { source, parse } = base;
  if (!parse.ok || parse.statements.length < 2) return undefined;
  if (next.includes('<<') || source.includes('<<')) return undefined;
  const prefix = commonPrefix(source, next);
  const suffix = commonSuffix(source, next, prefix);
  const editEnd = source.length - suffix;
  const index = parse.statements.findIndex((s) => s.start <= prefix && editEnd <= s.end);
  const edited = parse.statements[index];
  if (!edited) return undefined;
  // The `;` or `&` that closes the statement is where the next one begins: it must stay untouched,
  // and still close the statement after the edit (a `\` typed before it would make it a letter).
  if (edited.separator !== undefined && editEnd > edited.separator) return undefined;
  const delta = next.length - source.length;
  const text = next.slice(edited.start, edited.end + delta);
  if (text.includes('#') || /\\\s*$/.test(text)) return undefined;
  const alone = parseWhole(text);
  const only = alone.ok ? alone.statements : undefined;
  const statement = only?.length === 1 ? only[0] : undefined;
  if (!alone.ok || statement?.start !== 0 || statement.end !== text.length) return undefined;
  if ((edited.separator === undefined) !== (statement.separator === undefined)) return undefined;
  if (edited.separator !== undefined && statement.separator !== edited.separator - edited.start + delta)
    return undefined;
  const splice = <T extends { start: number; end: number }>(
    whole: readonly T[],
    edit: readonly T[],
    move: (item: T, by: number) => T,
  ): T[] => [
    ...whole.filter((item) => item.end <= edited.start),
    ...edit.map((item) => move(item, edited.start)),
    ...whole.filter((item) => item.start >= edited.end).map((item) => move(item, delta)),
  ];
  const commands = splice(parse.commands, alone.commands, moved);
  const bashOnly = splice(parse.bashOnly, alone.bashOnly, shifted);
  const statements = parse.statements.map((span, i) =>
    i < index ? span : i === index ? shift(span, 0, delta) : shift(span, delta, delta),
  );
  // Two or more statements before and after: never a single `&&` chain.
  return { ok: true, commands, andChain: false, statements, bashOnly };
}

/** A span with its start moved by `startBy` and its end (and separator, which sits at the end) by `endBy`. */
function shift(span: StatementSpan, startBy: number, endBy: number): StatementSpan {
  const start = span.start + startBy;
  const end = span.end + endBy;
  return span.separator === undefined ? { start, end } : { start, end, separator: span.separator + endBy };
}

function moved(command: RelativeCommand, by: number): RelativeCommand {
  if (by === 0) return command;
  const result: RelativeCommand = {
    words: command.words.map((word) => ({ ...word, start: word.start + by, end: word.end + by })),
    start: command.start + by,
    end: command.end + by,
  };
  if (command.pipe) result.pipe = { ...command.pipe, start: command.pipe.start + by, end: command.pipe.end + by };
  return result;
}

function shifted(construct: RelativeConstruct, by: number): RelativeConstruct {
  return by === 0 ? construct : { ...construct, start: construct.start + by, end: construct.end + by };
}

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Common suffix that does not reach back into the common prefix of either text. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
