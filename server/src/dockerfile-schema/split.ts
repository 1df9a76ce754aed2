/**
 * BuildKit's word splitters, with the position of every piece: the instruction keyword and its
 * `--flags` (splitCommand, extractBuilderFlags), key=value words (parseWords), whitespace lists,
 * exec-form JSON arrays and the comma-separated values of `--mount`. Offsets are in the logical line.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Word {
  text: string;
  span: Span;
}

/** A `--name[=value]` word, its quotes and escapes already removed as BuildKit removes them. */
export interface FlagWord {
  name: string;
  /** `--name` as written. */
  nameSpan: Span;
  /** Null when the flag has no `=`. */
  value: string | null;
  valueSpan: Span;
  span: Span;
  /** Where each character of the value was written, for spans inside it. */
  valueOffsets: number[];
}

export interface Command {
  keyword: Word;
  flags: FlagWord[];
  /** What follows the flags, trimmed. */
  args: Word;
}

const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** BuildKit's tokenWhitespace: what separates the keyword from its arguments and list items. */
const TOKEN_WHITESPACE = /[\t\v\f\r ]+/g;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && GO_SPACE.test(ch);

/** strings.TrimSpace, as a span of `text` shifted by `base`. */
export function trimmed(text: string, base = 0): Word {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { text: text.slice(start, end), span: { start: base + start, end: base + end } };
}

/** The keyword, the leading `--flags` and the arguments of one logical line. */
export function splitCommand(line: string, base = 0): Command {
  const whole = trimmed(line, base);
  TOKEN_WHITESPACE.lastIndex = 0;
  const gap = TOKEN_WHITESPACE.exec(whole.text);
  if (!gap) {
    return { keyword: whole, flags: [], args: { text: '', span: { start: whole.span.end, end: whole.span.end } } };
  }
  const keyword: Word = {
    text: whole.text.slice(0, gap.index),
    span: { start: whole.span.start, end: whole.span.start + gap.index },
  };
  const restStart = whole.span.start + gap.index + gap[0].length;
  const rest = whole.text.slice(gap.index + gap[0].length);
  const { flags, argsAt } = extractBuilderFlags(rest, restStart);
  return { keyword, flags, args: trimmed(rest.slice(argsAt - restStart), argsAt) };
}

/** BuildKit's extractBuilderFlags: leading words that start with `--`, up to the first other word or a lone `--`. */
function extractBuilderFlags(line: string, base: number): { flags: FlagWord[]; argsAt: number } {
  const flags: FlagWord[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let chars: string[] = [];
  let offsets: number[] = [];
  let quote = '';
  let blankOK = false;
  let wordStart = 0;
  const push = (end: number): void => {
    const text = chars.join('');
    if (text !== '--' && (blankOK || text.length > 0))
      flags.push(flagWord(chars, offsets, wordStart + base, end + base));
    chars = [];
    offsets = [];
    blankOK = false;
  };
  for (let pos = 0; pos <= line.length; pos++) {
    let ch = line[pos];
    if (phase === 'spaces') {
      if (ch === undefined) break;
      if (isSpace(ch)) continue;
      if (ch !== '-' || line[pos + 1] !== '-') return { flags, argsAt: base + pos };
      phase = 'word';
      wordStart = pos;
    }
    if (ch === undefined) {
      push(pos);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (chars.join('') === '--') return { flags, argsAt: base + pos };
        push(pos);
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      if (ch === '\\') {
        if (pos + 1 === line.length) continue;
        pos++;
        ch = line[pos] as string;
      }
      chars.push(ch);
      offsets.push(base + pos);
      continue;
    }
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    if (ch === '\\') {
      if (pos + 1 === line.length) {
        phase = 'word';
        continue;
      }
      pos++;
      ch = line[pos] as string;
    }
    chars.push(ch);
    offsets.push(base + pos);
  }
  return { flags, argsAt: base + line.length };
}

function flagWord(chars: string[], offsets: number[], start: number, end: number): FlagWord {
  const equals = chars.indexOf('=');
  const nameEnd = equals < 0 ? end : (offsets[equals - 1] ?? start) + 1;
  const name = chars.slice(2, equals < 0 ? chars.length : equals).join('');
  if (equals < 0) {
    return {
      name,
      nameSpan: { start, end: nameEnd },
      value: null,
      valueSpan: { start: end, end },
      span: { start, end },
      valueOffsets: [],
    };
  }
  const valueOffsets = offsets.slice(equals + 1);
  const afterEquals = (offsets[equals] ?? start) + 1;
  const valueSpan =
    valueOffsets.length > 0
      ? { start: valueOffsets[0] as number, end: (valueOffsets[valueOffsets.length - 1] as number) + 1 }
      : { start: afterEquals, end: afterEquals };
  return {
    name,
    nameSpan: { start, end: nameEnd },
    value: chars.slice(equals + 1).join(''),
    valueSpan,
    span: { start, end },
    valueOffsets,
  };
}

/** BuildKit's parseWords (ENV, LABEL, ARG): blank-separated words, quotes kept and respected. */
export function keyValueWords(rest: Word, escape: string): Word[] {
  const words: Word[] = [];
  const line = rest.text;
  const base = rest.span.start;
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = '';
  let blankOK = false;
  let start = 0;
  const push = (end: number): void => {
    if (blankOK || word.length > 0) words.push({ text: word, span: { start: base + start, end: base + end } });
    word = '';
    blankOK = false;
  };
  for (let pos = 0; pos <= line.length; pos++) {
    let ch = line[pos];
    if (phase === 'spaces') {
      if (ch === undefined) break;
      if (isSpace(ch)) continue;
      phase = 'word';
      start = pos;
    }
    if (ch === undefined) {
      push(pos);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        push(pos);
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === escape) {
        if (pos + 1 === line.length) continue;
        word += ch;
        pos++;
        ch = line[pos] as string;
      }
      word += ch;
      continue;
    }
    if (ch === quote) phase = 'word';
    if (ch === escape && quote !== "'") {
      if (pos + 1 === line.length) {
        phase = 'word';
        continue;
      }
      pos++;
      word += ch;
      ch = line[pos] as string;
    }
    word += ch;
  }
  return words;
}

/** BuildKit's parseStringsWhitespaceDelimited: the arguments split at blanks, quotes not considered. */
export function whitespaceWords(rest: Word): Word[] {
  if (rest.text === '') return [];
  const words: Word[] = [];
  let start = 0;
  TOKEN_WHITESPACE.lastIndex = 0;
  for (let gap = TOKEN_WHITESPACE.exec(rest.text); gap; gap = TOKEN_WHITESPACE.exec(rest.text)) {
    words.push({
      text: rest.text.slice(start, gap.index),
      span: { start: rest.span.start + start, end: rest.span.start + gap.index },
    });
    start = gap.index + gap[0].length;
  }
  words.push({ text: rest.text.slice(start), span: { start: rest.span.start + start, end: rest.span.end } });
  return words;
}

export interface JsonItem {
  value: unknown;
  span: Span;
}

/**
 * The exec form: the JSON array at the start of `text` (after blanks), as Go's json.Decoder reads
 * one value and ignores what follows it. Undefined when it is not a JSON array.
 */
export function parseJsonArray(text: string, base = 0): { items: JsonItem[]; span: Span } | undefined {
  let start = 0;
  while (start < text.length && isSpace(text[start])) start++;
  if (text[start] !== '[') return undefined;
  const bounds: number[] = [];
  let depth = 0;
  let inString = false;
  let end = -1;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) {
        end = i + 1;
        break;
      }
    } else if (ch === ',' && depth === 1) bounds.push(i);
  }
  // The builder reads the whole rest as one JSON value (Go's json.Unmarshal): anything after the
  // `]` but blanks, a `# comment` too, makes it the shell form.
  if (end < 0 || !/^\s*$/.test(text.slice(end))) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(start, end));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const cuts = [start, ...bounds, end - 1];
  const items: JsonItem[] = parsed.map((value: unknown, i) => {
    const piece = trimmed(text.slice((cuts[i] as number) + 1, cuts[i + 1]), base + (cuts[i] as number) + 1);
    return { value, span: piece.span };
  });
  return { items, span: { start: base + start, end: base + end } };
}

/**
 * Looks like an attempt at the exec form: `[`, a quoted word, then `,` or `]` (`['node', 'app.js']`,
 * `["node", "app.js"`). A shell test such as `[ "$A" = b ]` has no comma after its first word.
 */
export function looksLikeJsonArray(text: string): boolean {
  return /^\[\s*(?:"[^"]*"|'[^']*'|[\u2018\u201c][^\u2019\u201d]*[\u2019\u201d])\s*[,\]]/.test(text);
}

export interface CsvField {
  key: string;
  keySpan: Span;
  value: string | null;
  valueSpan: Span;
  span: Span;
}

/** The fields of a `--mount` value (go-csvvalue), each split at its first `=`; undefined when the quoting is broken. */
export function csvFields(value: string, offsets: readonly number[], fallback: Span): CsvField[] | undefined {
  const at = (i: number): number => offsets[i] ?? (offsets[offsets.length - 1] ?? fallback.start - 1) + 1;
  const fields: CsvField[] = [];
  let i = 0;
  for (;;) {
    const first = i;
    const chars: number[] = [];
    if (value[i] === '"') {
      i++;
      for (;;) {
        if (i >= value.length) return undefined;
        if (value[i] === '"') {
          if (value[i + 1] !== '"') break;
          i++;
        }
        chars.push(i);
        i++;
      }
      i++;
      if (i < value.length && value[i] !== ',') return undefined;
    } else {
      while (i < value.length && value[i] !== ',') {
        if (value[i] === '"') return undefined;
        chars.push(i);
        i++;
      }
    }
    fields.push(csvField(value, chars, at(first), at));
    if (value[i] !== ',') return fields;
    i++;
  }
}

/** One field; `anchor` is where an empty piece of it sits. */
function csvField(value: string, chars: number[], anchor: number, at: (i: number) => number): CsvField {
  const text = chars.map((i) => value[i]).join('');
  const span = (from: number, to: number, empty: number): Span =>
    to > from
      ? { start: at(chars[from] as number), end: at(chars[to - 1] as number) + 1 }
      : { start: empty, end: empty };
  const whole = span(0, chars.length, anchor);
  const equals = text.indexOf('=');
  if (equals < 0) {
    return {
      key: text.toLowerCase(),
      keySpan: whole,
      value: null,
      valueSpan: { start: whole.end, end: whole.end },
      span: whole,
    };
  }
  const afterEquals = at(chars[equals] as number) + 1;
  return {
    key: text.slice(0, equals).toLowerCase(),
    keySpan: span(0, equals, anchor),
    value: text.slice(equals + 1),
    valueSpan: span(equals + 1, chars.length, afterEquals),
    span: whole,
  };
}
