/** Sprig's defaults, logic helpers and arithmetic, with spf13/cast's conversions to numbers. */
import { RenderFailure } from './failure';
import { type FunctionTable, fn, goError } from './function-types';
import { GoInt, GoStruct, type GoValue, isEmpty, newInt } from './values';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Go's int64(f) for a float64; values Go leaves to the hardware (out of range, NaN) are not reproduced. */
function truncateFloat(value: number): bigint {
  if (!Number.isFinite(value) || value >= 2 ** 63 || value < -(2 ** 63)) {
    throw RenderFailure.unsupported(`Converting ${value} to an integer gives a value Go leaves to the processor.`);
  }
  return BigInt(Math.trunc(value));
}

/** cast's trimZeroDecimal: "1.000" reads as "1". */
const trimZeroDecimal = (text: string): string =>
  /\.0+$/.test(text) && /\d\.0+$/.test(text) ? text.replace(/\.0+$/, '') : text;

/** cast.ToInt64 of a string: strconv.ParseInt(s, 0, 0), 0 when it is not a number. */
function parseCastInt(text: string): bigint {
  const trimmed = trimZeroDecimal(text);
  if (/^[+-]?(?:[1-9][0-9]*|0)$/.test(trimmed)) {
    const value = BigInt(trimmed);
    return value < INT64_MIN || value > INT64_MAX ? 0n : value;
  }
  if (/^[+-]?0[0-9xXoObB_]/.test(trimmed) || trimmed.includes('_')) {
    throw RenderFailure.unsupported(
      `Converting ${JSON.stringify(text)} to an integer depends on the version of spf13/cast.`,
    );
  }
  return 0n;
}

/** cast.ToInt64, which Sprig's arithmetic applies to every operand. */
export function toInt64(value: GoValue): bigint {
  if (value instanceof GoInt) return value.value;
  if (typeof value === 'number') return truncateFloat(value);
  if (typeof value === 'string') return parseCastInt(value);
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (value instanceof GoStruct && value.opaque !== undefined) throw RenderFailure.unsupported(value.opaque);
  return 0n;
}

/** cast.ToFloat64. */
function toFloat64(value: GoValue): number {
  if (value instanceof GoInt) return Number(value.value);
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(value)) {
      const parsed = Number(value);
      if (!Number.isFinite(parsed)) throw RenderFailure.unsupported(`${JSON.stringify(value)} overflows a float64.`);
      return parsed;
    }
    if (/^[+-]?(?:inf|infinity|nan|0x)/i.test(value) || value.includes('_')) {
      throw RenderFailure.unsupported(`Converting ${JSON.stringify(value)} to a float is not supported.`);
    }
    return 0;
  }
  return 0;
}

/** strconv.Atoi as Sprig wraps it: errors give 0, overflow the nearest limit. */
function atoi(text: string): bigint {
  if (!/^[+-]?[0-9]+$/.test(text)) return 0n;
  const value = BigInt(text);
  if (value > INT64_MAX) return INT64_MAX;
  if (value < INT64_MIN) return INT64_MIN;
  return value;
}

const int64 = (value: bigint): GoInt => newInt(value, 'int64');

function divide(a: GoValue, b: GoValue, remainder: boolean): GoInt {
  const divisor = toInt64(b);
  if (divisor === 0n) throw goError('runtime error: integer divide by zero');
  const dividend = toInt64(a);
  return int64(remainder ? dividend % divisor : dividend / divisor);
}

export const VALUE_FUNCTIONS: FunctionTable = {
  default: fn(
    ['any'],
    ([fallback, ...given]) =>
      given.length === 0 || isEmpty(given[0] ?? null) ? (fallback ?? null) : (given[0] ?? null),
    'any',
  ),
  empty: fn(['any'], ([value]) => isEmpty(value ?? null)),
  coalesce: fn([], (args) => args.find((arg) => !isEmpty(arg ?? null)) ?? null, 'any'),
  ternary: fn(['any', 'any', 'bool'], ([whenTrue, whenFalse, condition]) =>
    condition === true ? (whenTrue ?? null) : (whenFalse ?? null),
  ),
  required: fn(['string', 'any'], ([message, value]) => {
    if (value === null || value === undefined || value === '') {
      throw RenderFailure.error(typeof message === 'string' ? message : '');
    }
    return value;
  }),
  fail: fn(['string'], ([message]) => {
    throw RenderFailure.error(typeof message === 'string' ? message : '');
  }),
  int: fn(['any'], ([value]) => newInt(toInt64(value ?? null))),
  int64: fn(['any'], ([value]) => int64(toInt64(value ?? null))),
  float64: fn(['any'], ([value]) => toFloat64(value ?? null)),
  atoi: fn(['string'], ([text]) => newInt(atoi(typeof text === 'string' ? text : ''))),
  add: fn([], (args) => int64(args.reduce<bigint>((sum, arg) => sum + toInt64(arg ?? null), 0n)), 'any'),
  add1: fn(['any'], ([value]) => int64(toInt64(value ?? null) + 1n)),
  sub: fn(['any', 'any'], ([a, b]) => int64(toInt64(a ?? null) - toInt64(b ?? null))),
  mul: fn(
    ['any'],
    ([first, ...rest]) =>
      int64(rest.reduce<bigint>((product, arg) => product * toInt64(arg ?? null), toInt64(first ?? null))),
    'any',
  ),
  div: fn(['any', 'any'], ([a, b]) => divide(a ?? null, b ?? null, false)),
  mod: fn(['any', 'any'], ([a, b]) => divide(a ?? null, b ?? null, true)),
  max: fn(
    ['any'],
    ([first, ...rest]) =>
      int64(
        rest.reduce<bigint>(
          (best, arg) => (toInt64(arg ?? null) > best ? toInt64(arg ?? null) : best),
          toInt64(first ?? null),
        ),
      ),
    'any',
  ),
  min: fn(
    ['any'],
    ([first, ...rest]) =>
      int64(
        rest.reduce<bigint>(
          (best, arg) => (toInt64(arg ?? null) < best ? toInt64(arg ?? null) : best),
          toInt64(first ?? null),
        ),
      ),
    'any',
  ),
};
