/** Sprig's string functions in the supported subset, with Go's byte-oriented string semantics. */
import { RenderFailure } from './failure';
import { type FunctionTable, checkSize, fn, goError, str } from './function-types';
import { base64Decode, base64Encode, sha256Hex } from './encoding';
import { formatValue, stringerOf } from './go-fmt';
import { compileGoRegexp, goFind, goMatch, goReplaceAll as regexReplaceAll } from './go-regexp';
import {
  byteLength,
  byteSlice,
  changeCase,
  goQuote,
  goReplaceAll,
  goSplit,
  goTitle,
  goTrimCutset,
  goTrimSpace,
} from './go-strings';
import { GoInt, GoMap, GoSlice, GoStruct, type GoValue, newStringList, orderedItems } from './values';

/** Sprig's strval: strings as they are, Stringers through String, anything else as `%v`. */
export function strval(value: GoValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof GoStruct) {
    const text = stringerOf(value);
    if (text !== undefined) return text;
  }
  return formatValue(value ?? null);
}

/** Sprig's strslice, which `join` uses: a list as strings, skipping nils. */
export function strslice(value: GoValue): string[] {
  if (value instanceof GoSlice) {
    return orderedItems(value, 'joined')
      .filter((item) => item !== null && item !== undefined)
      .map(strval);
  }
  if (value === null || value === undefined) return [];
  return [strval(value)];
}

const intValue = (value: GoValue): number => {
  if (!(value instanceof GoInt)) return 0;
  if (value.value > 100_000_000n || value.value < -100_000_000n) {
    throw RenderFailure.unsupported('Counts this large are not supported.');
  }
  return Number(value.value);
};

function trunc(count: number, text: string): string {
  const length = byteLength(text);
  if (count < 0 && length + count > 0) return byteSlice(text, length + count, length, '`trunc`');
  if (count >= 0 && length > count) return byteSlice(text, 0, count, '`trunc`');
  return text;
}

function indent(spaces: number, text: string): string {
  if (spaces < 0) throw goError('strings: negative Repeat count');
  const pad = ' '.repeat(spaces);
  return checkSize(pad + text.split('\n').join('\n' + pad), '`indent`');
}

function regexFunction(name: string, apply: (pattern: string, args: string[]) => GoValue) {
  return ([pattern, ...rest]: GoValue[]): GoValue => {
    try {
      return apply(str(pattern), rest.map(str));
    } catch (failure) {
      if (failure instanceof RenderFailure && failure.kind === 'unsupported') {
        failure.message = `\`${name}\`: ${failure.message}`;
      }
      throw failure;
    }
  };
}

export const STRING_FUNCTIONS: FunctionTable = {
  upper: fn(['string'], ([text]) => changeCase(str(text), true, 'upper')),
  lower: fn(['string'], ([text]) => changeCase(str(text), false, 'lower')),
  title: fn(['string'], ([text]) => goTitle(str(text))),
  trim: fn(['string'], ([text]) => goTrimSpace(str(text))),
  trimAll: fn(['string', 'string'], ([cutset, text]) => goTrimCutset(str(text), str(cutset))),
  trimall: fn(['string', 'string'], ([cutset, text]) => goTrimCutset(str(text), str(cutset))),
  trimSuffix: fn(['string', 'string'], ([suffix, text]) => {
    const [s, t] = [str(suffix), str(text)];
    return s !== '' && t.endsWith(s) ? t.slice(0, t.length - s.length) : t;
  }),
  trimPrefix: fn(['string', 'string'], ([prefix, text]) => {
    const [p, t] = [str(prefix), str(text)];
    return t.startsWith(p) ? t.slice(p.length) : t;
  }),
  trunc: fn(['int', 'string'], ([count, text]) => trunc(intValue(count ?? null), str(text))),
  replace: fn(['string', 'string', 'string'], ([old, replacement, text], context) => {
    const result = goReplaceAll(str(text), str(old), str(replacement));
    context.charge(result.length >> 10);
    return checkSize(result, '`replace`');
  }),
  contains: fn(['string', 'string'], ([part, text]) => str(text).includes(str(part))),
  hasPrefix: fn(['string', 'string'], ([prefix, text]) => str(text).startsWith(str(prefix))),
  hasSuffix: fn(['string', 'string'], ([suffix, text]) => str(text).endsWith(str(suffix))),
  quote: fn(
    [],
    (args) =>
      args
        .filter((arg) => arg !== null && arg !== undefined)
        .map((arg) => goQuote(strval(arg)))
        .join(' '),
    'any',
  ),
  squote: fn(
    [],
    (args) =>
      args
        .filter((arg) => arg !== null && arg !== undefined)
        .map((arg) => `'${formatValue(arg)}'`)
        .join(' '),
    'any',
  ),
  cat: fn(
    [],
    (args) =>
      args
        .filter((arg) => arg !== null && arg !== undefined)
        .map(formatValue)
        .join(' '),
    'any',
  ),
  indent: fn(['int', 'string'], ([spaces, text]) => indent(intValue(spaces ?? null), str(text))),
  nindent: fn(['int', 'string'], ([spaces, text]) => '\n' + indent(intValue(spaces ?? null), str(text))),
  toString: fn(['any'], ([value]) => strval(value)),
  split: fn(['string', 'string'], ([separator, text]) => {
    const entries = new Map<string, GoValue>();
    goSplit(str(text), str(separator)).forEach((part, i) => entries.set(`_${i}`, part));
    return new GoMap('map[string]string', 'string', entries);
  }),
  splitList: fn(['string', 'string'], ([separator, text]) => newStringList(goSplit(str(text), str(separator)))),
  join: fn(['string', 'any'], ([separator, list]) => checkSize(strslice(list).join(str(separator)), '`join`')),
  b64enc: fn(['string'], ([text]) => base64Encode(str(text))),
  b64dec: fn(['string'], ([text]) => base64Decode(str(text))),
  sha256sum: fn(['string'], ([text]) => sha256Hex(str(text))),
  regexMatch: fn(
    ['string', 'string'],
    regexFunction('regexMatch', (pattern, [text = '']) => goMatch(compileGoRegexp(pattern), text)),
  ),
  regexFind: fn(
    ['string', 'string'],
    regexFunction('regexFind', (pattern, [text = '']) => goFind(compileGoRegexp(pattern), text)),
  ),
  regexReplaceAll: fn(
    ['string', 'string', 'string'],
    regexFunction('regexReplaceAll', (pattern, [text = '', replacement = '']) =>
      checkSize(regexReplaceAll(compileGoRegexp(pattern), text, replacement), '`regexReplaceAll`'),
    ),
  ),
};
