import type { Range } from '../types';
import type { LineIndex } from '../text';
import { reparseEditedStatement } from './shell-incremental';
import { settleDiscarded } from './shell-status';
import { parseRelative } from './shell-tree';

export { parseRelative };

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
  /**
   * One object per pipeline, shared by the commands of all its stages. `discarded` is set when
   * setting pipefail cannot make the RUN fail through this pipeline: never (`always`), or not
   * unless errexit is on (`without-errexit`, as in `a | b; c`).
   */
  pipeline: { range: Range; stages: number; discarded?: 'always' | 'without-errexit' };
  stage: number;
}
export interface ShellWord {
  /** The word as written, quotes included. */
  raw: string;
  /** The literal value when the word has no quotes or expansions, otherwise undefined. */
  literal: string | undefined;
  range: Range;
}
/**
 * bash's additions to the POSIX shell, as the parser (a bash parser) reads them: `[[ ]]`, `(( ))`,
 * `&>`, `|&`, `<<<`, `<(…)`, `$'…'`, `${x:0:3}`-style expansions, arrays, `+=`, `declare`.
 */
export type BashOnlyKind =
  | 'double-bracket'
  | 'arithmetic'
  | 'arithmetic-for'
  | 'function-keyword'
  | 'both-outputs'
  | 'pipe-both'
  | 'here-string'
  | 'process-substitution'
  | 'dollar-quote'
  | 'bash-expansion'
  | 'array'
  | 'append'
  | 'declaration';
/** One bash-only construct: the text it is written as, which a finding underlines. */
export interface BashConstruct {
  kind: BashOnlyKind;
  text: string;
  range: Range;
}
export type ShellParse =
  | {
      ok: true;
      commands: readonly ShellCommand[];
      /** The source is one statement of steps joined by `&&` only, so `x && <source>` fails exactly when either would. */
      andChain: boolean;
      /** What of the source is bash's and not POSIX sh's, in source order. */
      bashOnly: readonly BashConstruct[];
    }
  | {
      ok: false;
      error: string;
      /** Document offset the shell parser points at, when its message names a position. */
      offset?: number;
      /** Set when the source was refused for its nesting rather than read (`error` says so in English). */
      tooDeep?: true;
    };

/** A top-level statement; a closing `;` or `&` is included, and then `separator` is where it stands. */
export type StatementSpan = { start: number; end: number; separator?: number };
/** A parse with offsets relative to its own source, so one result serves wherever the text moves. */
export type RelativeWord = { raw: string; literal: string | undefined; start: number; end: number };
export type RelativeCommand = {
  words: RelativeWord[];
  start: number;
  end: number;
  pipe?: {
    start: number;
    end: number;
    stage: number;
    stages: number;
    /**
     * Set when the pipeline's exit status may never reach the RUN's: `always` (`a | b || true`,
     * `a | b &`, `cmd $(a | b)`), `without-errexit` (`{ a | b; c; }` unless `set -e` is on), or
     * `if-followed`: it is the status of its top-level statement, dropped like `without-errexit`
     * when a statement follows, or `always-if-followed`, dropped then whatever errexit says (a
     * top-level `! a | b`). Those are left open so each statement parses on its own.
     */
    discarded?: 'always' | 'without-errexit' | 'if-followed' | 'always-if-followed';
  };
};
export type RelativeConstruct = { kind: BashOnlyKind; text: string; start: number; end: number };
export type RelativeParse =
  | {
      ok: true;
      commands: RelativeCommand[];
      andChain: boolean;
      bashOnly: RelativeConstruct[];
      /** Spans of the top-level statements, so the next edit of this source may parse just one. */
      statements: StatementSpan[];
    }
  | { ok: false; error: string; offset?: number; tooDeep?: true };

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
      ...(relative.tooDeep ? { tooDeep: true as const } : {}),
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
      const discarded = settleDiscarded(pipe.discarded, pipe.start, relative.statements, source);
      if (discarded) pipeline.discarded = discarded;
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
  const bashOnly = relative.bashOnly.map((construct): BashConstruct => ({
    kind: construct.kind,
    text: construct.text,
    range: rangeOf(construct.start, construct.end),
  }));
  const result: ShellParse = {
    ok: true,
    commands: Object.freeze(commands),
    andChain: relative.andChain,
    bashOnly: Object.freeze(bashOnly),
  };
  entry.placed = { at: placedAt, result };
  return result;
}

/**
 * Docker drops comment lines and blank lines inside a continued instruction before the shell sees
 * it. Blanking them (newline included) with spaces does the same while keeping every offset, so
 * ranges still map straight back to the document.
 */
function dropContinuationNoise(source: string): string {
  return source
    .replace(/(?<=\n)[ \t]*(#[^\r\n]*)?\r?\n/g, (line) => ' '.repeat(line.length))
    .replace(BLANKS_AFTER_CONTINUATION, (_, blanks: string, end: string) => `${blanks}\\${end}`);
}

/**
 * `\` then blanks at the end of a line continues it for Docker as `\` alone does, but for the
 * shell it escapes a blank and the line ends there. Moving the blanks before the backslash keeps
 * every offset. An escaped backslash (`\\`) continues nothing (BuildKit's `([^\\])\\[ \t]*$`).
 */
const BLANKS_AFTER_CONTINUATION = /(?<!\\)\\([ \t]+)(\r?\n)/g;
