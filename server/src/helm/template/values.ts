/**
 * Go values as Helm's template engine sees them. Helm hands templates Go data reached through
 * reflection, and what a template prints or whether it fails depends on the Go type of each value
 * (a number from values.yaml is a float64, a number written in a template an int, `add` gives an
 * int64), so values here keep their Go type rather than being plain JavaScript data.
 *
 * Two kinds of "nothing" are kept apart, as Go keeps them apart: `null` is a nil interface value
 * (a missing map key, a null in values.yaml), `undefined` is no value at all (what a pipeline
 * gives after Go unwraps a nil interface). Asking a field of the first is an error in Go; of the
 * second it quietly gives nothing.
 */
import { RenderFailure } from './failure';
import { isRecord } from '../../engine/plain-data';

export type IntTypeName = 'int' | 'int64' | 'int32' | 'uint8' | 'uint64';

export class GoInt {
  constructor(
    readonly typeName: IntTypeName,
    readonly value: bigint,
  ) {}
}

export type ElementKind = 'any' | 'string' | 'int';

export class GoMap {
  constructor(
    readonly typeName: string,
    readonly elem: ElementKind,
    readonly entries: Map<string, GoValue>,
    readonly isNil = false,
  ) {}
}

export class GoSlice {
  constructor(
    readonly typeName: string,
    readonly elem: ElementKind,
    readonly items: GoValue[],
    readonly isNil = false,
    /** True for what Sprig's `keys` returns: Go's map order, which changes from run to run. */
    readonly unordered = false,
  ) {}
}

/** A Go method bound to its receiver, as `.Capabilities.APIVersions.Has` is. */
export interface GoMethod {
  readonly params: readonly ParamType[];
  readonly call: (args: readonly GoValue[]) => GoValue;
}

export class GoStruct {
  constructor(
    readonly typeName: string,
    readonly fields: ReadonlyMap<string, GoValue>,
    readonly methods: ReadonlyMap<string, GoMethod> = new Map(),
    /** Field names Helm's type has but this renderer does not model: reaching one is unsupported. */
    readonly unmodelled: ReadonlySet<string> = new Set(),
    /** Set for values only some methods of are modelled (`.Files`, `.Capabilities.APIVersions`): any other use is unsupported, for this reason. */
    readonly opaque?: string,
  ) {}
}

export type GoValue = undefined | null | string | boolean | number | GoInt | GoMap | GoSlice | GoStruct;

/** Parameter types of the Go functions the engine calls, which decide how arguments convert. */
export type ParamType = 'any' | 'string' | 'int' | 'int64' | 'float64' | 'bool' | 'map' | 'values' | 'reflect';

export const INTERFACE_MAP = 'map[string]interface {}';
export const INTERFACE_SLICE = '[]interface {}';
export const VALUES_MAP = 'chartutil.Values';

export const newInt = (value: number | bigint, typeName: IntTypeName = 'int'): GoInt =>
  new GoInt(typeName, wrapInt(typeof value === 'bigint' ? value : BigInt(value), typeName));

/** Go's integer types wrap around on overflow. */
export function wrapInt(value: bigint, typeName: IntTypeName): bigint {
  switch (typeName) {
    case 'uint8':
      return BigInt.asUintN(8, value);
    case 'uint64':
      return BigInt.asUintN(64, value);
    case 'int32':
      return BigInt.asIntN(32, value);
    default:
      return BigInt.asIntN(64, value);
  }
}

export const newMap = (entries = new Map<string, GoValue>(), typeName = INTERFACE_MAP): GoMap =>
  new GoMap(typeName, 'any', entries);

export const newList = (items: GoValue[]): GoSlice => new GoSlice(INTERFACE_SLICE, 'any', items);

export const newStringList = (items: string[], unordered = false): GoSlice =>
  new GoSlice('[]string', 'string', items, false, unordered);

/** Where each map of the values sits in `.Values`, for the maps rootData makes of them. */
const valuesPaths = new WeakMap<GoMap, readonly string[]>();

/** The place in `.Values` of a map of the values (`['securityContext']`), or undefined for any other value. */
export function valuesPathOf(value: GoValue): readonly string[] | undefined {
  return value instanceof GoMap ? valuesPaths.get(value) : undefined;
}

/** Records that a map is the one at `path` in `.Values`. */
export function markValuesPath(map: GoMap, path: readonly string[]): void {
  valuesPaths.set(map, path);
}

/**
 * Plain data (parsed YAML or JSON) as Helm holds it after reading it through JSON; `at`, for the
 * values, records where each map of them sits, a map in a list by its index.
 */
export function fromPlain(data: unknown, depth = 0, at?: readonly string[]): GoValue {
  if (depth > 200) throw RenderFailure.unsupported('The values nest more deeply than this renderer follows.');
  if (data === null || data === undefined) return null;
  switch (typeof data) {
    case 'string':
    case 'boolean':
      return data;
    case 'number':
      if (!Number.isFinite(data)) throw RenderFailure.unsupported('The values hold an infinite or NaN number.');
      return data;
    case 'bigint':
      return Number(data);
    case 'object':
      // A map in a list sits at its index (`['sidecars', '[0]']`), written so no map key reads as one.
      if (Array.isArray(data))
        return newList(
          data.map((item, i) => fromPlain(item, depth + 1, at && isRecord(item) ? [...at, `[${i}]`] : undefined)),
        );
      if (Object.getPrototypeOf(data) === Object.prototype || Object.getPrototypeOf(data) === null) {
        const entries = new Map<string, GoValue>();
        for (const [key, value] of Object.entries(data)) {
          const nested = at && (isRecord(value) || Array.isArray(value));
          entries.set(key, fromPlain(value, depth + 1, nested ? [...at, key] : undefined));
        }
        const map = newMap(entries);
        if (at) valuesPaths.set(map, at);
        return map;
      }
  }
  throw RenderFailure.unsupported('The values hold data that is neither a map, a list nor a scalar.');
}

/** The Go type of a plain value (values hold only these three), which is also its kind. */
const primitiveType = (value: string | boolean | number): string =>
  typeof value === 'string' ? 'string' : typeof value === 'boolean' ? 'bool' : 'float64';

/** The name `%T` and Sprig's `typeOf` print. */
export function typeName(value: GoValue): string {
  if (value === undefined || value === null) return '<nil>';
  return typeof value === 'object' ? value.typeName : primitiveType(value);
}

/** The name of the value's reflect.Kind, as Sprig's `kindOf` prints it. */
export function kindName(value: GoValue): string {
  if (value === undefined || value === null) return 'invalid';
  if (typeof value !== 'object') return primitiveType(value);
  if (value instanceof GoInt) return value.typeName;
  if (value instanceof GoMap) return 'map';
  if (value instanceof GoSlice) return 'slice';
  return value.typeName.startsWith('*') ? 'ptr' : 'struct';
}

/** Go's notion of truth in `if`, `with`, `and`, `or` and `not`. */
export function isTrue(value: GoValue): boolean {
  if (value === undefined || value === null) return false;
  switch (typeof value) {
    case 'string':
      return value.length > 0;
    case 'boolean':
      return value;
    case 'number':
      return value !== 0;
  }
  if (value instanceof GoInt) return value.value !== 0n;
  if (value instanceof GoMap) return value.entries.size > 0;
  if (value instanceof GoSlice) return value.items.length > 0;
  return true;
}

/** Sprig's `empty`: the zero value of its type. Unlike truth, a struct is never empty. */
export const isEmpty = (value: GoValue): boolean => !isTrue(value);

/** reflect.DeepEqual on two interface values: the types must match as well as the contents. */
export function deepEqual(a: GoValue, b: GoValue, depth = 0): boolean {
  if (depth > 100) throw RenderFailure.unsupported('Comparing values nested this deeply is not supported.');
  if (a === undefined || a === null || b === undefined || b === null) {
    return (a === undefined || a === null) && (b === undefined || b === null);
  }
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (a.typeName !== b.typeName) return false;
  if (a instanceof GoInt && b instanceof GoInt) return a.value === b.value;
  if (a instanceof GoMap && b instanceof GoMap) {
    if (a.isNil !== b.isNil || a.entries.size !== b.entries.size) return false;
    for (const [key, value] of a.entries) {
      if (!b.entries.has(key) || !deepEqual(value, b.entries.get(key), depth + 1)) return false;
    }
    return true;
  }
  if (a instanceof GoSlice && b instanceof GoSlice) {
    if (a.isNil !== b.isNil || a.items.length !== b.items.length) return false;
    if (a.unordered || b.unordered) throw unorderedUse('compared');
    return a.items.every((item, i) => deepEqual(item, b.items[i], depth + 1));
  }
  if (a instanceof GoStruct && b instanceof GoStruct) return a === b;
  return false;
}

export const unorderedUse = (what: string): RenderFailure =>
  RenderFailure.unsupported(
    `The list \`keys\` returns is in Go's random map order, so what it gives when ${what} changes from one \`helm template\` to the next; sort it with \`sortAlpha\` first.`,
  );

/** The items of a slice whose order is about to be observed. */
export function orderedItems(slice: GoSlice, what: string): GoValue[] {
  if (slice.unordered && slice.items.length > 1) throw unorderedUse(what);
  return slice.items;
}

/** Map keys in the order Go's fmt and text/template's `range` visit them. */
export const sortedKeys = (map: GoMap): string[] => [...map.entries.keys()].sort(compareGoStrings);

/** Go compares strings byte by byte, which for UTF-16 strings is code point order. */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}

/** A copy of a value, as mitchellh/copystructure makes for Sprig's `deepCopy`. */
export function deepCopy(value: GoValue, depth = 0): GoValue {
  if (depth > 200) throw RenderFailure.unsupported('Copying values nested this deeply is not supported.');
  if (value instanceof GoMap) {
    const entries = new Map<string, GoValue>();
    for (const [key, item] of value.entries) entries.set(key, deepCopy(item, depth + 1));
    return new GoMap(value.typeName, value.elem, entries, value.isNil);
  }
  if (value instanceof GoSlice) {
    return new GoSlice(
      value.typeName,
      value.elem,
      value.items.map((item) => deepCopy(item, depth + 1)),
      value.isNil,
      value.unordered,
    );
  }
  if (value instanceof GoStruct) throw RenderFailure.unsupported('`deepCopy` of a Helm object is not supported.');
  return value;
}
