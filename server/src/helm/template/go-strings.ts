/**
 * Go string behaviour that JavaScript strings do not share. Go strings are UTF-8 bytes: lengths,
 * cuts and escapes count bytes or code points, never UTF-16 units.
 */
import { RenderFailure } from './failure';

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isAscii = (text: string): boolean => ASCII.test(text);

/** Go strings from Helm's data are valid UTF-8; a lone surrogate has no Go counterpart. */
export function checkUnicode(text: string): string {
  if (!isAscii(text) && LONE_SURROGATE.test(text)) {
    throw RenderFailure.unsupported('A string holds a lone UTF-16 surrogate, which has no Go equivalent.');
  }
  return text;
}

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

export const utf8Bytes = (text: string): Uint8Array => encoder.encode(text);

/** Go's `len` of a string: its length in UTF-8 bytes. */
export function byteLength(text: string): number {
  if (isAscii(text)) return text.length;
  return utf8Bytes(checkUnicode(text)).length;
}

/** Bytes back to a Go string; bytes that are not UTF-8 have no JavaScript counterpart. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    throw RenderFailure.unsupported(`${what} gives bytes that are not UTF-8 text, which this renderer cannot hold.`);
  }
}

/** `s[start:end]` on a Go string, in bytes. */
export function byteSlice(text: string, start: number, end: number, what: string): string {
  if (isAscii(text)) return text.slice(start, end);
  return decodeUtf8(utf8Bytes(text).slice(start, end), what);
}

export const codePointCount = (text: string): number => (isAscii(text) ? text.length : [...text].length);

const GO_PRINTABLE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;
const UNASSIGNED = /\p{Cn}/u;

/** unicode.IsPrint, for one code point. */
function isPrintable(codePoint: number, char: string): boolean {
  if (codePoint < 0x80) return codePoint >= 0x20 && codePoint < 0x7f;
  if (UNASSIGNED.test(char)) {
    throw RenderFailure.unsupported(`Quoting U+${codePoint.toString(16).toUpperCase()} depends on Unicode tables.`);
  }
  return GO_PRINTABLE.test(char);
}

const hex = (value: number, width: number): string => value.toString(16).padStart(width, '0');

/** strconv.Quote: what `%q` and Sprig's `quote` produce. */
export function goQuote(text: string): string {
  let out = '"';
  for (const char of checkUnicode(text)) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') out += '\\' + char;
    else if (isPrintable(codePoint, char)) out += char;
    else out += escapeRune(codePoint);
  }
  return out + '"';
}

function escapeRune(codePoint: number): string {
  switch (codePoint) {
    case 0x07:
      return '\\a';
    case 0x08:
      return '\\b';
    case 0x0c:
      return '\\f';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    case 0x09:
      return '\\t';
    case 0x0b:
      return '\\v';
  }
  if (codePoint < 0x20 || codePoint === 0x7f) return '\\x' + hex(codePoint, 2);
  if (codePoint < 0x10000) return '\\u' + hex(codePoint, 4);
  return '\\U' + hex(codePoint, 8);
}

/** Go's strings.ToUpper / ToLower; letters outside ASCII are left to Unicode tables Go and JavaScript may not share. */
export function changeCase(text: string, upper: boolean, what: string): string {
  if (isAscii(text)) return upper ? text.toUpperCase() : text.toLowerCase();
  let out = '';
  for (const char of checkUnicode(text)) {
    const changed = upper ? char.toUpperCase() : char.toLowerCase();
    if (changed !== char && (char.codePointAt(0) ?? 0) >= 0x80) {
      throw RenderFailure.unsupported(`\`${what}\` of letters outside ASCII depends on Unicode case tables.`);
    }
    out += changed;
  }
  return out;
}

/** strings.Title: upper-cases the first letter of each word, words being split at anything not a letter, digit or `_`. */
export function goTitle(text: string): string {
  if (!isAscii(text)) {
    throw RenderFailure.unsupported('`title` of text outside ASCII depends on Unicode tables.');
  }
  let previous = ' ';
  let out = '';
  for (const char of text) {
    const separator = !/[A-Za-z0-9_]/.test(previous);
    out += separator ? char.toUpperCase() : char;
    previous = char;
  }
  return out;
}

const GO_SPACE = ' \t\n\v\f\r\u0085\u00a0';

/** strings.TrimSpace, whose idea of space is Unicode's White_Space property. */
export function goTrimSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isGoSpace(text.charCodeAt(start))) start++;
  while (end > start && isGoSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

function isGoSpace(code: number): boolean {
  if (code < 0x100) return GO_SPACE.includes(String.fromCharCode(code));
  return (
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || [0x2028, 0x2029, 0x202f, 0x205f, 0x3000].includes(code)
  );
}

/** strings.Trim(s, cutset): removes leading and trailing code points found in the cutset. */
export function goTrimCutset(text: string, cutset: string): string {
  const cut = new Set([...checkUnicode(cutset)]);
  const chars = [...checkUnicode(text)];
  let start = 0;
  let end = chars.length;
  while (start < end && cut.has(chars[start] ?? '')) start++;
  while (end > start && cut.has(chars[end - 1] ?? '')) end--;
  return chars.slice(start, end).join('');
}

/** strings.Split: an empty separator splits into code points; nothing to split gives one empty string. */
export function goSplit(text: string, separator: string): string[] {
  if (separator === '') return [...checkUnicode(text)];
  return text.split(separator);
}

/** strings.Replace(s, old, new, -1): an empty `old` matches before every code point and at the end. */
export function goReplaceAll(text: string, old: string, replacement: string): string {
  if (old === '') {
    const chars = [...checkUnicode(text)];
    return replacement + chars.map((char) => char + replacement).join('');
  }
  return text.split(old).join(replacement);
}
