/**
 * Reads a Dockerfile the way BuildKit's parser (frontend/dockerfile/parser/parser.go) does: parser
 * directives at the very top, comments, line continuations with the escape character (skipping
 * comment lines and blank lines inside an instruction, which BuildKit warns about), and
 * here-documents after RUN, COPY and ADD. Each instruction becomes one logical line whose
 * characters map back to document offsets, so every later finding lands on the exact characters.
 */
import { parseJsonArray, splitCommand, type Span } from './split';

/** A run of logical characters copied from one place in the document. */
export interface Piece {
  logical: number;
  doc: number;
  length: number;
}

/** An instruction's text with its continuations joined, as BuildKit sees it. */
export class LogicalLine {
  constructor(
    readonly text: string,
    readonly pieces: readonly Piece[],
    /** The document offset just past the last character. */
    readonly docEnd: number,
  ) {}

  /** The document offset of a logical offset (the end of the text maps to just past its last character). */
  docOffset(logical: number): number {
    let piece = this.pieces[0];
    for (const p of this.pieces) {
      if (p.logical > logical) break;
      piece = p;
    }
    if (!piece || logical >= this.text.length) return this.docEnd;
    return piece.doc + Math.min(logical - piece.logical, piece.length);
  }

  /** The logical offset of a document offset, or undefined when the offset is not in this line's text. */
  logicalOffset(doc: number): number | undefined {
    for (const piece of this.pieces) {
      if (doc >= piece.doc && doc <= piece.doc + piece.length) return piece.logical + (doc - piece.doc);
    }
    return undefined;
  }

  /** Document offsets of a logical span; an empty span stays empty. */
  docSpan(span: Span): Span {
    const start = this.docOffset(span.start);
    if (span.end <= span.start) return { start, end: start };
    return { start, end: this.docOffset(span.end - 1) + 1 };
  }
}

export interface Heredoc {
  name: string;
  /** The name after `<<`, in the logical line. */
  span: Span;
  terminated: boolean;
}

export interface ScannedInstruction {
  line: LogicalLine;
  /** Document offsets from the first character to the end of the last line (here-documents included). */
  start: number;
  end: number;
  heredocs: Heredoc[];
}

export interface ScannedDirective {
  /** Lower-case, as BuildKit compares it. */
  name: string;
  name_: Span;
  value: string;
  value_: Span;
  /** The whole comment line. */
  line: Span;
}

export type ScanProblemCode = 'duplicate-directive' | 'misplaced-directive';

export interface ScanProblem {
  code: ScanProblemCode;
  span: Span;
  directive: ScannedDirective;
}

export interface ScannedDockerfile {
  /** The escape character in effect (`\` unless the escape directive says otherwise). */
  escape: string;
  directives: ScannedDirective[];
  instructions: ScannedInstruction[];
  /** Blank lines inside an instruction's continuation, merged into runs; document offsets of whole lines. */
  emptyContinuationLines: Span[];
  problems: ScanProblem[];
}

/** The directives BuildKit knows; any other `# key=value` line ends the directives. */
export const DIRECTIVE_NAMES = ['syntax', 'escape', 'check'] as const;
const DIRECTIVE = /^#[\t\n\f\r ]*([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/d;

/** Go's unicode.IsSpace. */
export const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const BLANK = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

const HEREDOC_KEYWORDS = new Set(['run', 'copy', 'add']);
const HEREDOC_WORD = /^(\d*)<<(-?)([^<]*)$/;

function continuation(escape: string): RegExp {
  const e = escape === '`' ? '`' : '\\\\';
  return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
}

interface PhysicalLine {
  /** Document offsets of the content, without the line break. */
  start: number;
  end: number;
  /** Start of the next line. */
  next: number;
}

function physicalLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length + 1 : newline + 1;
    let end = newline < 0 ? text.length : newline;
    while (end > start && text.charCodeAt(end - 1) === 13) end--;
    lines.push({ start, end, next });
    start = next;
  }
  return lines;
}

export function scanDockerfile(text: string): ScannedDockerfile {
  const lines = physicalLines(text);
  const result: ScannedDockerfile = {
    escape: '\\',
    directives: [],
    instructions: [],
    emptyContinuationLines: [],
    problems: [],
  };
  let directivesDone = false;
  let lineContinuation = continuation('\\');

  const directiveOf = (line: PhysicalLine, token: string, tokenStart: number): ScannedDirective | undefined => {
    const match = DIRECTIVE.exec(token);
    const name = match?.[1]?.toLowerCase();
    const indices = match?.indices;
    if (!match || !name || !indices?.[1] || !indices[2] || !(DIRECTIVE_NAMES as readonly string[]).includes(name))
      return undefined;
    return {
      name,
      name_: { start: tokenStart + indices[1][0], end: tokenStart + indices[1][1] },
      value: match[2] ?? '',
      value_: { start: tokenStart + indices[2][0], end: tokenStart + indices[2][1] },
      line: { start: line.start, end: line.end },
    };
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as PhysicalLine;
    const raw = text.slice(line.start, line.end);
    const lead = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
    const token = raw.slice(lead);
    const directive = directiveOf(line, token, line.start + lead);
    if (!directivesDone && directive) {
      if (result.directives.some((d) => d.name === directive.name)) {
        result.problems.push({ code: 'duplicate-directive', span: directive.line, directive });
      } else {
        result.directives.push(directive);
        if (directive.name === 'escape' && (directive.value === '\\' || directive.value === '`')) {
          result.escape = directive.value;
          lineContinuation = continuation(directive.value);
        }
      }
      i++;
      continue;
    }
    directivesDone = true;
    if (token.startsWith('#')) {
      if (directive) result.problems.push({ code: 'misplaced-directive', span: directive.line, directive });
      i++;
      continue;
    }
    if (token === '') {
      i++;
      continue;
    }
    const pieces: Piece[] = [];
    let logical = '';
    const append = (from: number, content: string): boolean => {
      const match = lineContinuation.exec(content);
      const kept = match ? content.slice(0, match.index + (match[1]?.length ?? 0)) : content;
      if (kept.length > 0) pieces.push({ logical: logical.length, doc: from, length: kept.length });
      logical += kept;
      return !!match;
    };
    let continued = append(line.start + lead, token);
    let last = line;
    i++;
    let blankRun: Span | undefined;
    while (continued && i < lines.length) {
      const next = lines[i] as PhysicalLine;
      const content = text.slice(next.start, next.end);
      i++;
      if (content.replace(LEADING_SPACE, '').startsWith('#')) continue;
      if (BLANK.test(content)) {
        if (blankRun && blankRun.end === next.start) blankRun.end = next.next;
        else {
          blankRun = { start: next.start, end: next.next };
          result.emptyContinuationLines.push(blankRun);
        }
        continue;
      }
      continued = append(next.start, content);
      last = next;
    }
    const lastPiece = pieces[pieces.length - 1];
    if (!lastPiece) continue;
    const logicalLine = new LogicalLine(logical, pieces, lastPiece.doc + lastPiece.length);
    const instruction: ScannedInstruction = {
      line: logicalLine,
      start: line.start + lead,
      end: last.end,
      heredocs: [],
    };
    for (const heredoc of heredocsOf(logical)) {
      let terminated = false;
      while (i < lines.length) {
        const body = lines[i] as PhysicalLine;
        i++;
        let candidate = text.slice(body.start, body.end);
        if (heredoc.chomp) candidate = candidate.replace(/^\t+/, '');
        instruction.end = Math.min(body.end, text.length);
        if (candidate === heredoc.name) {
          terminated = true;
          break;
        }
      }
      instruction.heredocs.push({ name: heredoc.name, span: heredoc.span, terminated });
    }
    result.instructions.push(instruction);
  }
  return result;
}

interface HeredocWord {
  name: string;
  chomp: boolean;
  span: Span;
}

/** The here-documents an instruction opens (BuildKit's heredocsFromLine), if it may have any. */
function heredocsOf(logical: string): HeredocWord[] {
  if (!logical.includes('<<')) return [];
  const command = splitCommand(logical);
  let keyword = command.keyword.text.toLowerCase();
  let args = command.args;
  if (keyword === 'onbuild') {
    const inner = splitCommand(command.args.text, command.args.span.start);
    keyword = inner.keyword.text.toLowerCase();
    args = inner.args;
  }
  if (!HEREDOC_KEYWORDS.has(keyword) || parseJsonArray(args.text)) return [];
  const found: HeredocWord[] = [];
  for (const word of shellWords(logical)) {
    const match = HEREDOC_WORD.exec(word.text);
    if (!match?.[3]) continue;
    const name = unquote(match[3]);
    if (name === undefined || name === '' || GO_SPACE.test(name)) continue;
    // The name as written, after `<<` (and `-`), is what a missing terminator line must repeat.
    const nameStart = word.span.start + (match[1]?.length ?? 0) + 2 + (match[2]?.length ?? 0);
    found.push({ name, chomp: match[2] === '-', span: { start: nameStart, end: word.span.end } });
  }
  return found;
}

/** Words split at unquoted blanks, quotes and backslash escapes kept (the shell lexer with raw quotes). */
export function shellWords(text: string): { text: string; span: Span }[] {
  const words: { text: string; span: Span }[] = [];
  let start = -1;
  let quote = '';
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === undefined || (!quote && GO_SPACE.test(ch))) {
      if (start >= 0) words.push({ text: text.slice(start, i), span: { start, end: i } });
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"') i++;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '\\') i++;
  }
  return words;
}

/** A here-document word without its quotes and escapes; undefined when a quote is left open. */
function unquote(word: string): string | undefined {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    if (ch === "'" || ch === '"') {
      const close = word.indexOf(ch, i + 1);
      if (close < 0) return undefined;
      out += word.slice(i + 1, close);
      i = close;
    } else if (ch === '\\') {
      out += word[i + 1] ?? '';
      i++;
    } else out += ch;
  }
  return out;
}
