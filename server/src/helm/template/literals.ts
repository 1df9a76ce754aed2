/** Go literals inside actions: quoted strings, character constants and numbers, read as Go reads them. */
import { RenderFailure } from './failure';
import { decodeUtf8 } from './go-strings';
import { type NumberNode } from './nodes';

const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

/** strconv.Unquote for a `"…"`, `` `…` `` or `'…'` token. Returns undefined when Go would refuse it. */
export function unquote(token: string): string | undefined {
  const quote = token[0];
  if (quote === '`') return token.slice(1, -1).replace(/\r/g, '');
  const body = token.slice(1, -1);
  if (!body.includes('\\')) return quote === "'" && [...body].length !== 1 ? undefined : body;
  const bytes: number[] = [];
  const pushText = (text: string): void => {
    for (const byte of new TextEncoder().encode(text)) bytes.push(byte);
  };
  for (let i = 0; i < body.length;) {
    const char = body[i] ?? '';
    if (char !== '\\') {
      const codePoint = body.codePointAt(i) ?? 0;
      const text = String.fromCodePoint(codePoint);
      pushText(text);
      i += text.length;
      continue;
    }
    const escape = body[i + 1] ?? '';
    i += 2;
    const simple = SIMPLE_ESCAPES[escape];
    if (simple !== undefined) bytes.push(simple);
    else if (escape === quote) bytes.push(quote.charCodeAt(0));
    else if (escape === 'x' || escape === 'u' || escape === 'U') {
      const width = escape === 'x' ? 2 : escape === 'u' ? 4 : 8;
      const digits = body.slice(i, i + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(digits)) return undefined;
      i += width;
      const value = parseInt(digits, 16);
      if (escape === 'x') bytes.push(value);
      else if (value > 0x10ffff || (value >= 0xd800 && value < 0xe000)) return undefined;
      else pushText(String.fromCodePoint(value));
    } else if (/[0-7]/.test(escape)) {
      const digits = body.slice(i - 1, i + 2);
      if (!/^[0-7]{3}$/.test(digits)) return undefined;
      const value = parseInt(digits, 8);
      if (value > 255) return undefined;
      bytes.push(value);
      i += 2;
    } else return undefined;
  }
  const text = decodeUtf8(new Uint8Array(bytes), 'A quoted string');
  if (quote === "'" && [...text].length !== 1) return undefined;
  return text;
}

const GO_INT = /^[+-]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const GO_FLOAT = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

function parseGoInt(text: string): bigint | undefined {
  if (!GO_INT.test(text)) return undefined;
  const negative = text.startsWith('-');
  const digits = text.replace(/^[+-]/, '');
  let value: bigint;
  if (/^0[oO]/.test(digits)) value = BigInt('0o' + digits.slice(2));
  else if (/^0[0-7]+$/.test(digits)) value = BigInt('0o' + digits.slice(1));
  else value = BigInt(digits);
  return negative ? -value : value;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** parse.newNumber: which Go types a number literal can stand for. Throws with Go's message when it is not a number. */
export function parseNumber(text: string, isChar: boolean, pos: number): NumberNode {
  const node: NumberNode = {
    kind: 'number',
    text,
    isInt: false,
    isUint: false,
    isFloat: false,
    int: 0n,
    float: 0,
    pos,
  };
  if (isChar) {
    const char = unquote(text);
    if (char === undefined) throw RenderFailure.error(`malformed character constant: ${text}`);
    const rune = char.codePointAt(0) ?? 0;
    return { ...node, isInt: true, isUint: true, isFloat: true, int: BigInt(rune), float: rune };
  }
  if (text.includes('_') || /[pP]/.test(text) || text.endsWith('i')) {
    throw RenderFailure.unsupported(`The number ${text} uses Go syntax this renderer does not read.`);
  }
  const int = parseGoInt(text);
  if (int !== undefined) {
    if (int >= 0n && int <= UINT64_MAX) node.isUint = true;
    if (int >= INT64_MIN && int <= INT64_MAX) node.isInt = true;
    if (node.isInt || node.isUint) {
      node.int = int;
      node.isFloat = true;
      node.float = Number(int);
      return node;
    }
  }
  if (GO_FLOAT.test(text)) {
    const value = Number(text);
    if (!Number.isFinite(value)) throw RenderFailure.error(`illegal number syntax: ${JSON.stringify(text)}`);
    if (!/[.eE]/.test(text)) throw RenderFailure.error(`integer overflow: ${JSON.stringify(text)}`);
    node.isFloat = true;
    node.float = value;
    if (Number.isInteger(value) && value >= -(2 ** 63) && value < 2 ** 63) {
      node.isInt = true;
      node.int = BigInt(value);
    }
    if (Number.isInteger(value) && value >= 0 && value < 2 ** 64) {
      node.isUint = true;
      node.int = BigInt(value);
    }
    return node;
  }
  throw RenderFailure.error(`illegal number syntax: ${JSON.stringify(text)}`);
}
