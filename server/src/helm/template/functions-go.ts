/** text/template's own functions: comparisons, logic, `len`, `index` and the print family (Sprig replaces `slice`). */
import { RenderFailure } from './failure';
import { type FunctionTable, fn, goError } from './function-types';
import { sprint, sprintf, sprintln } from './go-fmt';
import { byteLength, utf8Bytes } from './go-strings';
import { GoInt, GoMap, GoSlice, GoStruct, type GoValue, compareGoStrings, isTrue, newInt, typeName } from './values';

type BasicKind = 'invalid' | 'bool' | 'int' | 'uint' | 'float' | 'string';

function basicKind(value: GoValue): BasicKind {
  if (value === undefined || value === null) return 'invalid';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return 'float';
  if (typeof value === 'string') return 'string';
  if (value instanceof GoInt) return value.typeName.startsWith('uint') ? 'uint' : 'int';
  return 'invalid';
}

const isNothing = (value: GoValue): boolean => value === undefined || value === null;

function isNilValue(value: GoValue): boolean {
  if (isNothing(value)) return true;
  return (value instanceof GoMap || value instanceof GoSlice) && value.isNil;
}

const intOf = (value: GoValue): bigint => (value instanceof GoInt ? value.value : 0n);

function equalOne(a: GoValue, b: GoValue): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 !== k2) {
    if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) return intOf(a) === intOf(b);
    if (!isNothing(a) && !isNothing(b)) throw goError('incompatible types for comparison');
    return false;
  }
  switch (k1) {
    case 'int':
    case 'uint':
      return intOf(a) === intOf(b);
    case 'bool':
    case 'float':
    case 'string':
      return a === b;
  }
  if (isNothing(a) || isNothing(b)) return isNilValue(a) === isNilValue(b);
  if (a instanceof GoStruct || b instanceof GoStruct) {
    throw RenderFailure.unsupported('Comparing Helm objects with `eq` is not supported.');
  }
  const sameKind = (a instanceof GoMap && b instanceof GoMap) || (a instanceof GoSlice && b instanceof GoSlice);
  if (!sameKind) throw goError(`non-comparable types ${typeName(a)}, ${typeName(b)}`);
  if (isNilValue(a) || isNilValue(b)) return isNilValue(a) === isNilValue(b);
  throw goError(`non-comparable type ${typeName(b)}`);
}

function eq(args: GoValue[]): boolean {
  const [first, ...rest] = args;
  if (rest.length === 0) throw goError('missing argument for comparison');
  return rest.some((other) => equalOne(first, other));
}

function lessThan(a: GoValue, b: GoValue): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === 'invalid' || k2 === 'invalid') throw goError('invalid type for comparison');
  if (k1 !== k2) {
    if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) return intOf(a) < intOf(b);
    throw goError('incompatible types for comparison');
  }
  switch (k1) {
    case 'bool':
      throw goError('invalid type for comparison');
    case 'int':
    case 'uint':
      return intOf(a) < intOf(b);
    case 'float':
      return (a as number) < (b as number);
    case 'string':
      return compareGoStrings(a as string, b as string) < 0;
  }
}

const lessOrEqual = (a: GoValue, b: GoValue): boolean => lessThan(a, b) || eq([a, b]);

function indexArg(index: GoValue, cap: number): number {
  if (index instanceof GoInt) {
    if (index.value < 0n || index.value > BigInt(cap)) throw goError(`index out of range: ${index.value}`);
    return Number(index.value);
  }
  if (isNothing(index)) throw goError('cannot index slice/array with nil');
  throw goError(`cannot index slice/array with type ${typeName(index)}`);
}

function index(args: GoValue[]): GoValue {
  let [item] = args;
  if (isNothing(item)) throw goError('index of untyped nil');
  for (const key of args.slice(1)) {
    if (item === null || item === undefined) throw goError('index of nil pointer');
    if (item instanceof GoSlice) {
      const at = indexArg(key, item.items.length);
      if (item.unordered && item.items.length > 1) throw goError('indexing the random order of `keys`');
      if (at >= item.items.length) throw goError('reflect: slice index out of range');
      item = item.items[at];
    } else if (typeof item === 'string') {
      const at = indexArg(key, byteLength(item));
      const bytes = utf8Bytes(item);
      if (at >= bytes.length) throw goError('reflect: string index out of range');
      item = newInt(bytes[at] ?? 0, 'uint8');
    } else if (item instanceof GoMap) {
      if (isNothing(key)) throw goError('value is nil; should be of type string');
      if (typeof key !== 'string') throw goError(`value has type ${typeName(key)}; should be string`);
      item = item.entries.has(key) ? item.entries.get(key) : item.elem === 'string' ? '' : null;
    } else if (item instanceof GoStruct && item.opaque !== undefined) {
      throw RenderFailure.unsupported(item.opaque);
    } else {
      throw goError(`can't index item of type ${typeName(item)}`);
    }
  }
  return item;
}

function length(args: GoValue[]): GoValue {
  const [item] = args;
  if (item === null) throw goError('len of nil pointer');
  if (typeof item === 'string') return newInt(byteLength(item));
  if (item instanceof GoMap) return newInt(item.entries.size);
  if (item instanceof GoSlice) return newInt(item.items.length);
  if (item instanceof GoStruct && item.opaque !== undefined) throw RenderFailure.unsupported(item.opaque);
  throw goError(`len of type ${item === undefined ? 'nil' : typeName(item)}`);
}

const unsupported = (name: string, why: string) =>
  fn(
    [],
    () => {
      throw RenderFailure.unsupported(`\`${name}\` ${why}`);
    },
    'any',
  );

export const GO_FUNCTIONS: FunctionTable = {
  and: { params: ['reflect'], variadic: 'reflect', shortCircuit: 'and', call: () => undefined },
  or: { params: ['reflect'], variadic: 'reflect', shortCircuit: 'or', call: () => undefined },
  not: fn(['reflect'], ([value]) => !isTrue(value ?? undefined)),
  eq: fn(['reflect'], (args) => eq(args), 'reflect'),
  ne: fn(['reflect', 'reflect'], ([a, b]) => !eq([a, b])),
  lt: fn(['reflect', 'reflect'], ([a, b]) => lessThan(a, b)),
  le: fn(['reflect', 'reflect'], ([a, b]) => lessOrEqual(a, b)),
  gt: fn(['reflect', 'reflect'], ([a, b]) => !lessOrEqual(a, b)),
  ge: fn(['reflect', 'reflect'], ([a, b]) => !lessThan(a, b)),
  len: fn(['reflect'], length),
  index: fn(['reflect'], index, 'reflect'),
  print: fn([], (args) => sprint(args), 'any'),
  println: fn([], (args) => sprintln(args), 'any'),
  printf: fn(['string'], ([format, ...args]) => sprintf(typeof format === 'string' ? format : '', args), 'any'),
  html: unsupported('html', 'escapes for HTML, which this renderer does not reproduce.'),
  js: unsupported('js', 'escapes for JavaScript, which this renderer does not reproduce.'),
  urlquery: unsupported('urlquery', 'escapes for URLs, which this renderer does not reproduce.'),
  call: unsupported('call', 'calls a Go function value, which templates of a chart cannot hold.'),
};
