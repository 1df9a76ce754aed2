/**
 * Why an argument list that looks like an exec-form array is not JSON. The builder then runs it as
 * a shell command without a word, so the finding has to say what to change: "use double quotes"
 * is no help for `CMD ["echo", "look ma, no quote!]`, which has them.
 */
import type { Span } from './split';

export type JsonTrouble =
  /** Single or typographic quotes where JSON wants `"`. */
  | { reason: 'quotes' }
  /** `\$`, `\.` or `\u12`: an escape JSON does not have; `span` covers it. */
  | { reason: 'escape'; span: Span; escape: string }
  /** A raw tab or other control character inside a string; `span` covers it. */
  | { reason: 'control'; span: Span }
  /** A string still open at the end; `span` runs from its opening quote. */
  | { reason: 'string'; span: Span }
  /** No `]` closes the array. */
  | { reason: 'bracket' }
  /** A valid array with more after its `]` (`# comment`); `span` covers that, `close` is just after the `]`. */
  | { reason: 'trailing'; span: Span; close: number; text: string }
  /** Anything else: a missing or extra comma, a stray word. */
  | { reason: 'other' };

const SIMPLE_ESCAPES = '"\\/bfnrt';
const TYPOGRAPHIC_QUOTES = /[\u2018\u2019\u201c\u201d]/;

/** Reads `text` (an instruction's arguments, offsets from `base`) as the builder's JSON reader would, up to the first fault. */
export function jsonTrouble(text: string, base: number): JsonTrouble {
  let depth = 0;
  let open = -1;
  const first = text.indexOf('[');
  for (let i = first; i >= 0 && i < text.length; i++) {
    const ch = text[i] as string;
    if (open >= 0) {
      if (ch === '"') open = -1;
      else if (ch === '\\') {
        const escape = escapeAt(text, i);
        if (escape !== undefined) {
          return { reason: 'escape', span: { start: base + i, end: base + i + escape.length }, escape };
        }
        i++;
      } else if (ch.charCodeAt(0) < 0x20) {
        return { reason: 'control', span: { start: base + i, end: base + i + 1 } };
      }
      continue;
    }
    if (ch === '"') open = i;
    else if (ch === "'" || TYPOGRAPHIC_QUOTES.test(ch)) return { reason: 'quotes' };
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      if (--depth === 0) return after(text, base, first, i + 1);
    }
  }
  if (open >= 0) return { reason: 'string', span: { start: base + open, end: base + text.trimEnd().length } };
  return { reason: 'bracket' };
}

/** What is wrong once the array closes at `close`: the text after it, when the array itself is JSON. */
function after(text: string, base: number, first: number, close: number): JsonTrouble {
  const rest = text.slice(close);
  const start = close + rest.length - rest.trimStart().length;
  const end = text.trimEnd().length;
  try {
    JSON.parse(text.slice(first, close));
  } catch {
    return { reason: 'other' };
  }
  return start < end
    ? {
        reason: 'trailing',
        span: { start: base + start, end: base + end },
        close: base + close,
        text: text.slice(start, end),
      }
    : { reason: 'other' };
}

/** The escape at `at` when JSON has no such escape, else undefined. */
function escapeAt(text: string, at: number): string | undefined {
  const next = text[at + 1];
  if (next === undefined) return undefined;
  if (SIMPLE_ESCAPES.includes(next)) return undefined;
  if (next === 'u') {
    const digits = text.slice(at + 2, at + 6);
    return /^[0-9a-fA-F]{4}$/.test(digits) ? undefined : text.slice(at, at + 2 + hexPrefix(digits));
  }
  // A backslash before a surrogate pair takes both halves, so the span does not split a character.
  const width = (text.codePointAt(at + 1) ?? 0) > 0xffff ? 2 : 1;
  return text.slice(at, at + 1 + width);
}

function hexPrefix(digits: string): number {
  let n = 0;
  while (n < digits.length && /[0-9a-fA-F]/.test(digits[n] as string)) n++;
  return n;
}
