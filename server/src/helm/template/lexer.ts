/**
 * The tokens of a Go template, as text/template/parse's lexer makes them: text between actions
 * (already trimmed by `{{- ` and ` -}}`), and inside `{{ … }}` the words of a pipeline. Every
 * token keeps its offsets in the source, which is what lets output point back at it.
 */
export type TokenType =
  | 'text'
  | 'leftDelim'
  | 'rightDelim'
  | 'space'
  | 'identifier'
  | 'keyword'
  | 'field'
  | 'variable'
  | 'dot'
  | 'bool'
  | 'number'
  | 'char'
  | 'charConstant'
  | 'string'
  | 'rawString'
  | 'pipe'
  | 'leftParen'
  | 'rightParen'
  | 'assign'
  | 'declare'
  | 'error'
  | 'eof';

export interface Token {
  type: TokenType;
  value: string;
  start: number;
  end: number;
}

/** Tokens that can start an operand of a command. */
export const OPERAND_START = new Set<TokenType>([
  'bool',
  'charConstant',
  'dot',
  'field',
  'identifier',
  'number',
  'rawString',
  'string',
  'variable',
  'leftParen',
]);

const KEYWORDS = new Set([
  'block',
  'break',
  'continue',
  'define',
  'else',
  'end',
  'if',
  'range',
  'nil',
  'template',
  'with',
]);

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\t' || char === '\r' || char === '\n';
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}_]/u;
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

function isAlphaNumeric(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  return LETTER_OR_DIGIT.test(char);
}

const hasLeftTrimMarker = (input: string, at: number): boolean => input[at] === '-' && isSpace(input[at + 1]);
const hasRightTrimMarker = (input: string, at: number): boolean => isSpace(input[at]) && input[at + 1] === '-';

/** Splits a template into tokens. Lexing stops at the first error, which is the last token. */
export function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let start = 0;
  const emit = (type: TokenType, from = start, to = pos): void => {
    tokens.push({ type, value: input.slice(from, to), start: from, end: to });
    start = pos;
  };
  const fail = (message: string): Token[] => {
    tokens.push({ type: 'error', value: message, start, end: Math.max(pos, start + 1) });
    return tokens;
  };
  const atRightDelim = (): { delim: boolean; trim: boolean } => {
    if (hasRightTrimMarker(input, pos) && input.startsWith('}}', pos + 2)) return { delim: true, trim: true };
    return { delim: input.startsWith('}}', pos), trim: false };
  };
  const skipLeadingSpace = (): void => {
    while (isSpace(input[pos])) pos++;
  };
  const atTerminator = (): boolean => {
    const char = input[pos];
    return (
      char === undefined ||
      isSpace(char) ||
      char === '.' ||
      char === ',' ||
      char === '|' ||
      char === ':' ||
      char === '(' ||
      char === ')' ||
      input.startsWith('}}', pos)
    );
  };

  for (;;) {
    // Text up to the next action.
    const next = input.indexOf('{{', pos);
    if (next < 0) {
      pos = input.length;
      if (pos > start) emit('text');
      emit('eof');
      return tokens;
    }
    let textEnd = next;
    if (hasLeftTrimMarker(input, next + 2)) {
      while (textEnd > start && isSpace(input[textEnd - 1])) textEnd--;
    }
    if (textEnd > start) emit('text', start, textEnd);
    pos = next + 2;
    start = next;
    const trimLeft = hasLeftTrimMarker(input, pos);
    const afterMarker = pos + (trimLeft ? 2 : 0);
    if (input.startsWith('/*', afterMarker)) {
      const close = input.indexOf('*/', afterMarker + 2);
      if (close < 0) return fail('unclosed comment');
      pos = close + 2;
      const { delim, trim } = atRightDelim();
      if (!delim) return fail('comment ends before closing delimiter');
      pos += (trim ? 2 : 0) + 2;
      if (trim) skipLeadingSpace();
      start = pos;
      continue;
    }
    emit('leftDelim', next, pos);
    pos = afterMarker;
    start = pos;
    let parenDepth = 0;
    // Inside the action.
    for (;;) {
      const { delim, trim } = atRightDelim();
      if (delim) {
        if (parenDepth > 0) return fail('unclosed left paren');
        const delimStart = pos;
        pos += (trim ? 2 : 0) + 2;
        emit('rightDelim', delimStart, pos);
        if (trim) skipLeadingSpace();
        start = pos;
        break;
      }
      const char = input[pos];
      if (char === undefined) return fail('unclosed action');
      if (isSpace(char)) {
        let spaces = 0;
        while (isSpace(input[pos])) {
          pos++;
          spaces++;
        }
        if (hasRightTrimMarker(input, pos - 1) && input.startsWith('}}', pos + 1)) {
          pos--;
          if (spaces === 1) continue;
        }
        emit('space');
        continue;
      }
      pos++;
      switch (char) {
        case '=':
          emit('assign');
          continue;
        case ':':
          if (input[pos] !== '=') return fail('expected :=');
          pos++;
          emit('declare');
          continue;
        case '|':
          emit('pipe');
          continue;
        case '(':
          parenDepth++;
          emit('leftParen');
          continue;
        case ')':
          parenDepth--;
          if (parenDepth < 0) return fail('unexpected right paren');
          emit('rightParen');
          continue;
        case '"':
        case "'": {
          for (;;) {
            const c = input[pos++];
            if (c === '\\') {
              const escaped = input[pos++];
              if (escaped !== undefined && escaped !== '\n') continue;
            }
            if (c === undefined || c === '\n' || c === '\\') {
              return fail(char === '"' ? 'unterminated quoted string' : 'unterminated character constant');
            }
            if (c === char) break;
          }
          emit(char === '"' ? 'string' : 'charConstant');
          continue;
        }
        case '`': {
          const close = input.indexOf('`', pos);
          if (close < 0) return fail('unterminated raw quoted string');
          pos = close + 1;
          emit('rawString');
          continue;
        }
        case '$':
        case '.': {
          if (char === '.' && isDigit(input[pos])) break;
          if (atTerminator()) {
            emit(char === '$' ? 'variable' : 'dot');
            continue;
          }
          while (isAlphaNumeric(input[pos])) pos++;
          if (!atTerminator()) return fail(`bad character ${JSON.stringify(input[pos])}`);
          emit(char === '$' ? 'variable' : 'field');
          continue;
        }
      }
      if (char === '.' || char === '+' || char === '-' || isDigit(char)) {
        pos--;
        if (!scanNumber()) return fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
        if (input[pos] === '+' || input[pos] === '-') {
          return fail('complex numbers are not supported');
        }
        emit('number');
        continue;
      }
      if (isAlphaNumeric(char)) {
        while (isAlphaNumeric(input[pos])) pos++;
        const word = input.slice(start, pos);
        if (!atTerminator()) return fail(`bad character ${JSON.stringify(input[pos])}`);
        if (KEYWORDS.has(word)) emit('keyword');
        else if (word === 'true' || word === 'false') emit('bool');
        else emit('identifier');
        continue;
      }
      if (char.charCodeAt(0) < 0x7f && char.charCodeAt(0) >= 0x20) {
        emit('char');
        continue;
      }
      return fail(`unrecognized character in action: ${JSON.stringify(char)}`);
    }
  }

  function scanNumber(): boolean {
    const accept = (valid: string): boolean => {
      if (input[pos] !== undefined && valid.includes(input[pos] ?? '')) {
        pos++;
        return true;
      }
      return false;
    };
    const acceptRun = (valid: string): void => {
      while (input[pos] !== undefined && valid.includes(input[pos] ?? '')) pos++;
    };
    accept('+-');
    let digits = '0123456789_';
    if (accept('0')) {
      if (accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (accept('oO')) digits = '01234567_';
      else if (accept('bB')) digits = '01_';
    }
    acceptRun(digits);
    if (accept('.')) acceptRun(digits);
    if (digits.length === 11 && accept('eE')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    if (digits.length === 23 && accept('pP')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    accept('i');
    if (isAlphaNumeric(input[pos])) {
      pos++;
      return false;
    }
    return true;
  }
}
