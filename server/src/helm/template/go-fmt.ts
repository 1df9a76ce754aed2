/**
 * Go's fmt package, for what templates print: the `%v` form of values that `{{ … }}` writes and
 * `print`, `println` and `printf` with the verbs and flags charts use.
 */
import { RenderFailure } from './failure';
import { formatFloat, formatShortest } from './go-float';
import { codePointCount, goQuote, utf8Bytes } from './go-strings';
import { GoInt, GoMap, GoSlice, type GoStruct, type GoValue, orderedItems, sortedKeys, typeName } from './values';

/** A struct that prints through a String method, as KubeVersion and semver versions do. */
export function stringerOf(value: GoStruct): string | undefined {
  const method = value.methods.get('String');
  if (!method) return undefined;
  const text = method.call([]);
  return typeof text === 'string' ? text : undefined;
}

/** fmt's `%v` of a value, as a template action and Sprig's `toString` print it. */
export function formatValue(value: GoValue): string {
  return formatWith(value, { ...NO_FLAGS, verb: 'v' }, 0);
}

interface Spec {
  verb: string;
  minus: boolean;
  plus: boolean;
  space: boolean;
  zero: boolean;
  sharp: boolean;
  width?: number;
  precision?: number;
}

const NO_FLAGS: Omit<Spec, 'verb'> = { minus: false, plus: false, space: false, zero: false, sharp: false };

function pad(text: string, spec: Spec, zeroAllowed = true): string {
  if (spec.width === undefined) return text;
  const missing = spec.width - codePointCount(text);
  if (missing <= 0) return text;
  if (spec.minus) return text + ' '.repeat(missing);
  return (spec.zero && zeroAllowed ? '0' : ' ').repeat(missing) + text;
}

function badVerb(value: GoValue, spec: Spec): string {
  if (value === undefined || value === null) return `%!${spec.verb}(<nil>)`;
  return `%!${spec.verb}(${typeName(value)}=${formatValue(value)})`;
}

function formatWith(value: GoValue, spec: Spec, depth: number): string {
  if (depth > 100) throw RenderFailure.unsupported('Printing values nested this deeply is not supported.');
  if (value === undefined || value === null) {
    if (depth > 0 || spec.verb === 'v') return pad('<nil>', spec, false);
    return spec.verb === 'T' ? pad('<nil>', spec) : badVerb(value, spec);
  }
  if (spec.verb === 'T') return pad(typeName(value), spec);
  if (typeof value === 'string') return formatString(value, spec);
  if (typeof value === 'boolean') {
    return spec.verb === 'v' || spec.verb === 't' ? pad(String(value), spec) : badVerb(value, spec);
  }
  if (typeof value === 'number') return formatFloatValue(value, spec);
  if (value instanceof GoInt) return formatInteger(value, spec);
  if (value instanceof GoMap) {
    const parts = sortedKeys(value).map(
      (key) => `${formatWith(key, spec, depth + 1)}:${formatWith(value.entries.get(key), spec, depth + 1)}`,
    );
    return `map[${parts.join(' ')}]`;
  }
  if (value instanceof GoSlice) {
    const items = orderedItems(value, 'printed');
    return `[${items.map((item) => formatWith(item, spec, depth + 1)).join(' ')}]`;
  }
  // Inside a map or list fmt calls String only on types whose value has the method, which none
  // of Helm's structs modelled here is; only a struct printed on its own goes through it.
  const text = depth === 0 ? stringerOf(value) : undefined;
  if (text !== undefined && (spec.verb === 'v' || spec.verb === 's')) return formatString(text, spec);
  throw RenderFailure.unsupported(`Printing a ${value.typeName} shows Go memory addresses or struct layout.`);
}

function formatString(value: string, spec: Spec): string {
  if (spec.zero && spec.width !== undefined) {
    throw RenderFailure.unsupported('Zero-padding a string differs between Go versions.');
  }
  switch (spec.verb) {
    case 'v':
    case 's': {
      const text = spec.precision === undefined ? value : [...value].slice(0, spec.precision).join('');
      return pad(text, spec);
    }
    case 'q':
      if (spec.sharp || spec.plus) throw RenderFailure.unsupported('`%q` with `#` or `+` is not supported.');
      return pad(goQuote(value), spec);
    case 'x':
    case 'X': {
      if (spec.sharp || spec.space || spec.precision !== undefined) {
        throw RenderFailure.unsupported(`\`%${spec.verb}\` with flags on a string is not supported.`);
      }
      const hex = [...utf8Bytes(value)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
      return pad(spec.verb === 'X' ? hex.toUpperCase() : hex, spec);
    }
  }
  return badVerb(value, spec);
}

function formatInteger(value: GoInt, spec: Spec): string {
  const bases: Record<string, number> = { v: 10, d: 10, b: 2, o: 8, x: 16, X: 16 };
  if (spec.verb === 'c') return pad(String.fromCodePoint(Number(value.value)), spec);
  if (spec.verb === 'U' && !spec.sharp && value.value >= 0n) {
    return pad('U+' + value.value.toString(16).toUpperCase().padStart(4, '0'), { ...spec, zero: false });
  }
  const base = bases[spec.verb];
  if (base === undefined) {
    if ('qU'.includes(spec.verb)) throw RenderFailure.unsupported(`\`%${spec.verb}\` is not supported.`);
    return badVerb(value, spec);
  }
  const negative = value.value < 0n;
  let digits = (negative ? -value.value : value.value).toString(base);
  if (spec.verb === 'X') digits = digits.toUpperCase();
  let minimum = 0;
  if (spec.precision !== undefined) {
    if (spec.precision === 0 && value.value === 0n) return pad('', { ...spec, zero: false });
    minimum = spec.precision;
  } else if (spec.zero && spec.width !== undefined && !spec.minus) {
    minimum = spec.width - (negative || spec.plus || spec.space ? 1 : 0);
  }
  digits = digits.padStart(minimum, '0');
  if (spec.sharp) {
    const prefixes: Record<string, string> = { b: '0b', o: '0', x: '0x', X: '0X' };
    digits = (prefixes[spec.verb] ?? '') + digits;
  }
  const sign = negative ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  return pad(sign + digits, { ...spec, zero: false });
}

function formatFloatValue(value: number, spec: Spec): string {
  const verbs: Record<string, 'e' | 'E' | 'f' | 'F' | 'g' | 'G'> = {
    v: 'g',
    e: 'e',
    E: 'E',
    f: 'f',
    F: 'F',
    g: 'g',
    G: 'G',
  };
  const verb = verbs[spec.verb];
  if (verb === undefined) {
    if ('bxX'.includes(spec.verb)) throw RenderFailure.unsupported(`\`%${spec.verb}\` of a float is not supported.`);
    return badVerb(value, spec);
  }
  if (spec.sharp) throw RenderFailure.unsupported('`#` with a float verb is not supported.');
  let number =
    spec.precision === undefined && (verb === 'g' || verb === 'G')
      ? formatShortest(value, verb === 'G')
      : formatFloat(value, verb, spec.precision ?? -1);
  number = number.startsWith('-') || number.startsWith('+') ? number : '+' + number;
  if (spec.space && number.startsWith('+') && !spec.plus) number = ' ' + number.slice(1);
  if (number.slice(1) === 'Inf' || number.slice(1) === 'NaN') {
    if (number.slice(1) === 'NaN' && !spec.space && !spec.plus) number = number.slice(1);
    return pad(number, spec, false);
  }
  if (spec.plus || !number.startsWith('+')) {
    if (spec.zero && spec.width !== undefined && !spec.minus && spec.width > number.length) {
      return number[0] + '0'.repeat(spec.width - number.length) + number.slice(1);
    }
    return pad(number, spec);
  }
  return pad(number.slice(1), spec);
}

/** fmt.Sprintf. */
export function sprintf(format: string, args: readonly GoValue[]): string {
  let out = '';
  let argIndex = 0;
  let i = 0;
  while (i < format.length) {
    const percent = format.indexOf('%', i);
    if (percent < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, percent);
    i = percent + 1;
    const spec: Spec = { ...NO_FLAGS, verb: '' };
    for (; i < format.length; i++) {
      const flag = format[i];
      if (flag === '-') {
        spec.minus = true;
        spec.zero = false;
      } else if (flag === '+') spec.plus = true;
      else if (flag === ' ') spec.space = true;
      else if (flag === '#') spec.sharp = true;
      else if (flag === '0') spec.zero = !spec.minus;
      else break;
    }
    const width = /^\d+/.exec(format.slice(i));
    if (width) {
      spec.width = Number(width[0]);
      i += width[0].length;
    }
    if (format[i] === '.') {
      const precision = /^\d*/.exec(format.slice(i + 1))?.[0] ?? '';
      spec.precision = Number(precision || '0');
      i += 1 + precision.length;
    }
    if (format[i] === '*' || format[i] === '[') {
      throw RenderFailure.unsupported('`printf` with `*` or an argument index is not supported.');
    }
    if ((spec.width ?? 0) > 10_000 || (spec.precision ?? 0) > 10_000) {
      throw RenderFailure.unsupported('`printf` widths above 10000 are not supported.');
    }
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) ?? 0);
    i += verb.length;
    spec.verb = verb;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argIndex >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatWith(args[argIndex++], spec, 0);
  }
  if (argIndex < args.length) {
    const extra = args
      .slice(argIndex)
      .map((arg) => (arg === undefined || arg === null ? '<nil>' : `${typeName(arg)}=${formatValue(arg)}`));
    out += `%!(EXTRA ${extra.join(', ')})`;
  }
  return out;
}

const isStringArg = (value: GoValue): boolean => typeof value === 'string';

/** fmt.Sprint: a space between two operands when neither is a string. */
export function sprint(args: readonly GoValue[]): string {
  let out = '';
  args.forEach((arg, i) => {
    if (i > 0 && !isStringArg(arg) && !isStringArg(args[i - 1])) out += ' ';
    out += formatValue(arg);
  });
  return out;
}

/** fmt.Sprintln: spaces between all operands, and a newline. */
export const sprintln = (args: readonly GoValue[]): string => args.map(formatValue).join(' ') + '\n';
