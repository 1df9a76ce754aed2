import * as sh from 'mvdan-sh';
import type { Range } from '../types';
import type { LineIndex } from '../text';

/** One simple command of a RUN instruction, e.g. `apt-get install -y curl`. */
export interface ShellCommand {
  name: string;
  /** Where the command name itself is written, e.g. `sudo` in `sudo make install`. */
  nameRange: Range;
  args: ShellWord[];
  range: Range;
}
export interface ShellWord {
  /** The word as written, quotes included. */
  raw: string;
  /** The literal value when the word has no quotes or expansions, otherwise undefined. */
  literal: string | undefined;
  range: Range;
}
export type ShellParse =
  | { ok: true; commands: ShellCommand[] }
  | {
      ok: false;
      error: string;
      /** Document offset the shell parser points at, when its message names a position. */
      offset?: number;
    };

const parser = sh.syntax.NewParser();

/**
 * Parses shell source that starts at `startOffset` of the document. Backslash-newline continuations
 * are left in place: the shell parser understands them, so offsets map straight back to the document.
 */
export function parseShell(source: string, startOffset: number, index: LineIndex): ShellParse {
  // mvdan-sh reports byte offsets; map them to UTF-16 offsets for non-ASCII sources.
  const toUtf16 = byteToUtf16Mapper(source);
  let file: sh.ShNode;
  try {
    file = parser.Parse(source, 'RUN');
  } catch (error) {
    const message = describeShellError(error);
    const at = errorByteOffset(source, message);
    return { ok: false, error: message, ...(at === undefined ? {} : { offset: startOffset + toUtf16(at) }) };
  }
  const commands: ShellCommand[] = [];
  const rangeOf = (node: sh.ShNode): Range =>
    index.rangeOf(startOffset + toUtf16(node.Pos().Offset()), startOffset + toUtf16(node.End().Offset()));
  sh.syntax.Walk(file, (node) => {
    if (node && sh.syntax.NodeType(node) === 'CallExpr') {
      const args = ((node as sh.CallExpr).Args ?? []).map((word): ShellWord => {
        const raw = source.slice(toUtf16(word.Pos().Offset()), toUtf16(word.End().Offset()));
        const lit = word.Lit();
        return { raw, literal: lit === raw ? lit : undefined, range: rangeOf(word) };
      });
      const first = args[0];
      if (first)
        commands.push({
          name: first.literal ?? first.raw,
          nameRange: first.range,
          args: args.slice(1),
          range: rangeOf(node),
        });
    }
    return true;
  });
  return { ok: true, commands };
}

function byteToUtf16Mapper(source: string): (byteOffset: number) => number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(source)) return (offset) => offset;
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const code = source.codePointAt(i) ?? 0;
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let b = 0; b < bytes; b++) map.push(i);
    if (code >= 0x10000) i++;
  }
  return (offset) => (offset >= map.length ? source.length : (map[offset] ?? source.length));
}

/** mvdan-sh messages start with `name:line:column:` (one-based, columns in bytes). */
function errorByteOffset(source: string, message: string): number | undefined {
  const match = /^RUN:(\d+):(\d+):/.exec(message);
  if (!match) return undefined;
  const line = Number(match[1]);
  const column = Number(match[2]);
  let byte = 0;
  let current = 1;
  for (const char of source) {
    if (current >= line) break;
    const code = char.codePointAt(0) ?? 0;
    byte += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (char === '\n') current++;
  }
  return byte + column - 1;
}

function describeShellError(error: unknown): string {
  if (error && typeof error === 'object') {
    const text = (error as { Error?: () => string }).Error?.();
    if (typeof text === 'string') return text;
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return 'the shell command could not be parsed';
}
