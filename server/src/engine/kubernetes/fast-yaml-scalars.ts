/**
 * Scalar values for the fast YAML reader (fast-yaml.ts), computed as the `yaml` library computes
 * them, for the forms that reader accepts: no tabs, no carriage returns. Any form these functions
 * cannot read exactly returns undefined, and the document goes to the library.
 */
import { isScalar, type Scalar, type Schema } from 'yaml';
import { newScalar } from './fast-yaml-nodes';

type Tag = { default?: unknown; collection?: unknown; test?: RegExp; format?: string; resolve?: unknown };
type ScalarResolve = (value: string, onError: (message: string) => void, options: object) => unknown;

/** Characters a plain scalar may start with and still resolve to something other than a string. */
const RESOLVABLE_START = /^[~nNtTfF0-9+\-.]/;

/** The node the library's core schema makes of a plain scalar's text (`80` a number, `true` a boolean, `~` null). */
export function plainScalar(schema: Schema, source: string, options: object): Scalar | undefined {
  if (source !== '' && !RESOLVABLE_START.test(source)) return newScalar(source);
  const tag = (schema.tags as Tag[]).find((t) => t.default === true && !t.collection && t.test?.test(source));
  if (!tag || typeof tag.resolve !== 'function') return newScalar(source);
  let failed = false;
  const resolved = (tag.resolve as ScalarResolve)(
    source,
    () => {
      failed = true;
    },
    options,
  );
  if (failed) return undefined;
  const scalar = isScalar(resolved) ? resolved : newScalar(resolved);
  if (tag.format) scalar.format = tag.format;
  return scalar;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A line break inside a quoted scalar with the blank lines after it: one space, or a newline per blank line. */
function fold(source: string, at: number): { text: string; next: number } {
  let text = '';
  let i = at + 1;
  for (; i < source.length && (source[i] === ' ' || source[i] === '\n'); i++) if (source[i] === '\n') text += '\n';
  return { text: text || ' ', next: i };
}

/** A run of spaces in a quoted scalar from `at`: kept, unless a line break follows it. */
function spacesAt(source: string, at: number): { text: string; last: number } {
  let last = at;
  while (source[last + 1] === ' ') last++;
  return { text: source[last + 1] === '\n' ? '' : source.slice(at, last + 1), last };
}

/** The value of a double-quoted scalar's source (quotes included), or undefined for a bad escape. */
export function doubleQuotedValue(source: string): string | undefined {
  if (source.indexOf('\\') < 0 && source.indexOf('\n') < 0) return source.slice(1, -1);
  let value = '';
  const end = source.length - 1;
  for (let i = 1; i < end; i++) {
    const ch = source.charAt(i);
    if (ch === '\n') {
      const folded = fold(source, i);
      value += folded.text;
      i = folded.next - 1;
    } else if (ch === '\\') {
      const next = source.charAt(++i);
      if (next === '\n') {
        while (source[i + 1] === ' ') i++;
      } else if (ESCAPES[next] !== undefined) {
        value += ESCAPES[next];
      } else if (HEX_LENGTH[next] !== undefined) {
        const length = HEX_LENGTH[next];
        const digits = source.substr(i + 1, length);
        if (digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits)) return undefined;
        const code = parseInt(digits, 16);
        if (code > 0x10ffff) return undefined;
        value += String.fromCodePoint(code);
        i += length;
      } else {
        return undefined;
      }
    } else if (ch === ' ') {
      const run = spacesAt(source, i);
      value += run.text;
      i = run.last;
    } else {
      value += ch;
    }
  }
  return value;
}

/** The value of a single-quoted scalar's source (quotes included). */
export function singleQuotedValue(source: string): string {
  const inner = source.slice(1, -1);
  if (inner.indexOf('\n') < 0) return inner.indexOf("''") < 0 ? inner : inner.replace(/''/g, "'");
  let value = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner.charAt(i);
    if (ch === "'" && inner[i + 1] === "'") {
      value += "'";
      i++;
    } else if (ch === '\n') {
      const folded = fold(inner, i);
      value += folded.text;
      i = folded.next - 1;
    } else if (ch === ' ') {
      const run = spacesAt(inner, i);
      value += run.text;
      i = run.last;
    } else {
      value += ch;
    }
  }
  return value;
}

/** A plain scalar over several lines: each line trimmed, single breaks folded to spaces, blank lines kept as newlines. */
export function foldedPlainValue(lines: readonly string[]): string {
  let value = lines[0] ?? '';
  let breaks = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') {
      breaks++;
      continue;
    }
    value += breaks === 0 ? ' ' : '\n'.repeat(breaks);
    value += line;
    breaks = 0;
  }
  return value;
}

export interface BlockHeader {
  folded: boolean;
  chomp: '' | '-' | '+';
}

/**
 * A block scalar's value from its content lines (each without its line break), as the library
 * reads one without an indentation indicator. Undefined when a leading empty line is indented
 * deeper than the content (the library reports that).
 */
export function blockScalarValue(header: BlockHeader, lines: readonly string[]): string | undefined {
  let chompStart = lines.length;
  while (chompStart > 0 && /^ *$/.test(lines[chompStart - 1] ?? '')) chompStart--;
  let indent = 0;
  let contentStart = 0;
  for (; contentStart < chompStart; contentStart++) {
    const line = lines[contentStart] ?? '';
    const spaces = leadingSpaces(line);
    if (spaces < line.length) {
      if (spaces < indent) return undefined;
      indent = spaces;
      break;
    }
    indent = Math.max(indent, spaces);
  }
  if (chompStart === 0)
    return header.chomp === '+' && lines.length > 0 ? '\n'.repeat(Math.max(1, lines.length - 1)) : '';
  for (let i = lines.length - 1; i >= chompStart; i--) if (leadingSpaces(lines[i] ?? '') > indent) chompStart = i + 1;
  let value = '';
  for (let i = 0; i < contentStart; i++) value += (lines[i] ?? '').slice(indent) + '\n';
  let separator = '';
  let previousMoreIndented = false;
  for (let i = contentStart; i < chompStart; i++) {
    const line = lines[i] ?? '';
    const spaces = leadingSpaces(line);
    const content = line.slice(spaces);
    if (content !== '' && spaces < indent) return undefined;
    if (!header.folded) {
      value += separator + line.slice(indent);
      separator = '\n';
    } else if (spaces > indent) {
      if (separator === ' ') separator = '\n';
      else if (!previousMoreIndented && separator === '\n') separator = '\n\n';
      value += separator + line.slice(indent);
      separator = '\n';
      previousMoreIndented = true;
    } else if (content === '') {
      if (separator === '\n') value += '\n';
      else separator = '\n';
    } else {
      value += separator + content;
      separator = ' ';
      previousMoreIndented = false;
    }
  }
  if (header.chomp === '+') {
    for (let i = chompStart; i < lines.length; i++) value += '\n' + (lines[i] ?? '').slice(indent);
    if (!value.endsWith('\n')) value += '\n';
  } else if (header.chomp === '') {
    value += '\n';
  }
  return value;
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}
