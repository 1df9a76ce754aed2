import type * as Sh from 'mvdan-sh';
import { requireWithCodeCache } from '../../code-cache';
import type { Range } from '../types';
import type { LineIndex } from '../text';
import { reparseEditedStatement } from './shell-incremental';
import { commandsOf, isAndChain, statementSpansOf } from './shell-tree';

/** One simple command of a RUN instruction, e.g. `apt-get install -y curl`. */
export interface ShellCommand {
  name: string;
  /** Where the command name itself is written, e.g. `sudo` in `sudo make install`. */
  nameRange: Range;
  args: readonly ShellWord[];
  range: Range;
  /** The innermost pipeline the command is a stage of: `curl … | sh` puts curl at stage 0, sh at 1. */
  pipe?: ShellPipeStage;
}
export interface ShellPipeStage {
  /** One object per pipeline, shared by the commands of all its stages. */
  pipeline: { range: Range; stages: number };
  stage: number;
}
export interface ShellWord {
  /** The word as written, quotes included. */
  raw: string;
  /** The literal value when the word has no quotes or expansions, otherwise undefined. */
  literal: string | undefined;
  range: Range;
}
export type ShellParse =
  | {
      ok: true;
      commands: readonly ShellCommand[];
      /** The source is one statement of steps joined by `&&` only, so `x && <source>` fails exactly when either would. */
      andChain: boolean;
    }
  | {
      ok: false;
      error: string;
      /** Document offset the shell parser points at, when its message names a position. */
      offset?: number;
    };

/**
 * The shell parser is a large compiled module whose set-up costs tens of milliseconds, so it is
 * loaded the first time a RUN needs parsing rather than when the server starts.
 */
let shell: { sh: typeof Sh; parser: Sh.Parser } | undefined;
function shellParser(): { sh: typeof Sh; parser: Sh.Parser } {
  if (!shell) {
    // Loading the compiled Go runtime sets Error.stackTraceLimit to Infinity for the whole process;
    // then every stack overflow (deeply nested YAML) records its full stack: seconds and gigabytes.
    const stackTraceLimit = Error.stackTraceLimit;
    const sh = requireWithCodeCache(require.resolve('mvdan-sh')) as typeof Sh;
    Error.stackTraceLimit = stackTraceLimit;
    shell = { sh, parser: sh.syntax.NewParser() };
  }
  return shell;
}

/** A parse with offsets relative to its own source, so one result serves wherever the text moves. */
export type RelativeWord = { raw: string; literal: string | undefined; start: number; end: number };
export type RelativeCommand = {
  words: RelativeWord[];
  start: number;
  end: number;
  pipe?: { start: number; end: number; stage: number; stages: number };
};
export type RelativeParse =
  | {
      ok: true;
      commands: RelativeCommand[];
      andChain: boolean;
      /** Spans of the top-level statements, so the next edit of this source may parse just one. */
      statements?: { start: number; end: number; separator?: number }[];
    }
  | { ok: false; error: string; offset?: number };

/**
 * Parsed RUN bodies by their text. Parsing is the costliest part of RUN analysis, and an edit
 * changes at most one instruction, so every other RUN of the file is served from here.
 */
const parsed = new Map<string, { relative: RelativeParse; placed?: { at: string; result: ShellParse } }>();
const CACHE_LIMIT = 2000;
/** The source parsed last: an edit of it (the next keystroke in the same RUN) may reparse one statement. */
let lastParsed: { source: string; parse: RelativeParse } | undefined;

/**
 * Parses the shell source of a RUN that starts at `startOffset` of the document. Backslash-newline
 * continuations are left in place: the shell parser understands them, so offsets map straight
 * back to the document. `verbatim` sources (here-documents) are read as written: Docker drops no
 * comment or blank lines from them.
 */
export function parseShell(
  source: string,
  startOffset: number,
  index: LineIndex,
  options: { verbatim?: boolean } = {},
): ShellParse {
  const key = options.verbatim ? `\u0000${source}` : source;
  let entry = parsed.get(key);
  if (entry) {
    // Refresh its place in the insertion order, which is the eviction order.
    parsed.delete(key);
  } else {
    const cleaned = options.verbatim ? source : dropContinuationNoise(source);
    const relative =
      (lastParsed && reparseEditedStatement(lastParsed, cleaned, parseRelative)) ?? parseRelative(cleaned);
    lastParsed = { source: cleaned, parse: relative };
    entry = { relative };
    if (parsed.size >= CACHE_LIMIT) parsed.delete(parsed.keys().next().value as string);
  }
  parsed.set(key, entry);
  const relative = entry.relative;
  if (!relative.ok) {
    return {
      ok: false,
      error: relative.error,
      ...(relative.offset === undefined ? {} : { offset: startOffset + relative.offset }),
    };
  }
  // The same source starting at the same line and column has the same ranges: typing on one line
  // leaves every other RUN of the file there, so their commands are handed back as they were.
  const start = index.positionAt(startOffset);
  const placedAt = `${start.line}:${start.character}`;
  if (entry.placed?.at === placedAt) return entry.placed.result;
  const rangeOf = (from: number, to: number): Range => index.rangeOf(startOffset + from, startOffset + to);
  const pipelines = new Map<string, ShellPipeStage['pipeline']>();
  const pipeOf = (pipe: NonNullable<RelativeCommand['pipe']>): ShellPipeStage => {
    const key = `${pipe.start}:${pipe.end}`;
    let pipeline = pipelines.get(key);
    if (!pipeline) {
      pipeline = { range: rangeOf(pipe.start, pipe.end), stages: pipe.stages };
      pipelines.set(key, pipeline);
    }
    return { pipeline, stage: pipe.stage };
  };
  const commands = relative.commands.flatMap((command): ShellCommand[] => {
    const words = command.words.map((word): ShellWord => ({
      raw: word.raw,
      literal: word.literal,
      range: rangeOf(word.start, word.end),
    }));
    const first = words[0];
    if (!first) return [];
    return [
      {
        name: first.literal ?? first.raw,
        nameRange: first.range,
        args: Object.freeze(words.slice(1)),
        range: rangeOf(command.start, command.end),
        ...(command.pipe ? { pipe: pipeOf(command.pipe) } : {}),
      },
    ];
  });
  const result: ShellParse = { ok: true, commands: Object.freeze(commands), andChain: relative.andChain };
  entry.placed = { at: placedAt, result };
  return result;
}

/**
 * Docker drops comment lines and blank lines inside a continued instruction before the shell sees
 * it. Blanking them (newline included) with spaces does the same while keeping every offset, so
 * ranges still map straight back to the document.
 */
function dropContinuationNoise(source: string): string {
  return source.replace(/(?<=\n)[ \t]*(#[^\r\n]*)?\r?\n/g, (line) => ' '.repeat(line.length));
}

/** The whole-source parse, offsets relative to the source. */
export function parseRelative(source: string): RelativeParse {
  // mvdan-sh reports byte offsets; map them to UTF-16 offsets for non-ASCII sources.
  const toUtf16 = byteToUtf16Mapper(source);
  const { sh, parser } = shellParser();
  let file: Sh.ShNode;
  try {
    file = parser.Parse(source, 'RUN');
  } catch (error) {
    const message = describeShellError(error);
    const at = errorByteOffset(source, message);
    return { ok: false, error: message, ...(at === undefined ? {} : { offset: toUtf16(at) }) };
  }
  const commands = commandsOf(sh, file).map((command): RelativeCommand => {
    const relative: RelativeCommand = {
      words: command.words.map((word): RelativeWord => {
        const start = toUtf16(word.start);
        const end = toUtf16(word.end);
        const raw = source.slice(start, end);
        return { raw, literal: word.literal === raw ? word.literal : undefined, start, end };
      }),
      start: toUtf16(command.start),
      end: toUtf16(command.end),
    };
    const pipe = command.pipe;
    if (pipe) relative.pipe = { ...pipe, start: toUtf16(pipe.start), end: toUtf16(pipe.end) };
    return relative;
  });
  const statements = statementSpansOf(file)?.map(({ start, end, separator }) =>
    separator === undefined
      ? { start: toUtf16(start), end: toUtf16(end) }
      : { start: toUtf16(start), end: toUtf16(end), separator: toUtf16(separator) },
  );
  const andChain = isAndChain(file);
  return statements ? { ok: true, commands, andChain, statements } : { ok: true, commands, andChain };
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
  // The parser recurses once per nesting level; thousands of nested `(` or `$(` overflow the stack.
  if (error instanceof RangeError) return 'it is nested too deeply to be read';
  if (error && typeof error === 'object') {
    const text = (error as { Error?: () => string }).Error?.();
    if (typeof text === 'string') return text;
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return 'the shell command could not be parsed';
}
