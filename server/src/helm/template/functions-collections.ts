/** Sprig's list and dictionary functions in the supported subset. */
import { RenderFailure } from './failure';
import { type FunctionTable, fn, goError, str } from './function-types';
import { strslice, strval } from './functions-strings';
import { toInt64 } from './functions-values';
import {
  GoInt,
  GoMap,
  GoSlice,
  GoStruct,
  type GoValue,
  compareGoStrings,
  deepCopy,
  deepEqual,
  isEmpty,
  kindName,
  newList,
  newMap,
  newStringList,
  orderedItems,
  typeName,
} from './values';

/** The items of any Go slice passed as `interface{}`, as Sprig reads them through reflection. */
function listItems(name: string, value: GoValue, what = 'used'): GoValue[] {
  if (value instanceof GoSlice) return orderedItems(value, what);
  if (value === undefined || value === null) {
    throw goError(`reflect: call of reflect.Value.Kind on zero Value (\`${name}\` of nil)`);
  }
  if (value instanceof GoStruct && value.opaque !== undefined) throw RenderFailure.unsupported(value.opaque);
  throw goError(`Cannot ${name} on type ${kindName(value)}`);
}

function mapArg(value: GoValue): GoMap {
  if (value instanceof GoMap) return value;
  return new GoMap('map[string]interface {}', 'any', new Map(), true);
}

function setEntry(map: GoMap, key: string, value: GoValue): GoMap {
  if (map.isNil) throw goError('assignment to entry in nil map');
  map.entries.set(key, value);
  return map;
}

/**
 * mergo's Merge and MergeWithOverwrite as Sprig's `merge` and `mergeOverwrite` use them, for
 * the cases whose outcome is the same across the mergo versions Helm has shipped with.
 */
function mergeInto(dst: GoMap, src: GoMap, overwrite: boolean, depth: number): void {
  if (depth > 100) throw RenderFailure.unsupported('Merging maps nested this deeply is not supported.');
  for (const [key, value] of src.entries) {
    const has = dst.entries.has(key);
    const current = dst.entries.get(key);
    if (value === null || value === undefined) {
      if (overwrite) dst.entries.set(key, null);
      continue;
    }
    const currentEmpty = !has || isEmpty(current ?? null);
    if (value instanceof GoMap) {
      if (current instanceof GoMap && !current.isNil) {
        if (current.typeName !== value.typeName) throw mergeUnsupported(key);
        mergeInto(current, value, overwrite, depth + 1);
        if (!isEmpty(current)) continue;
      } else if (!currentEmpty) throw mergeUnsupported(key);
      dst.entries.set(key, value);
      continue;
    }
    if (value instanceof GoSlice) {
      if (currentEmpty) dst.entries.set(key, value);
      else if (!(current instanceof GoSlice)) throw mergeUnsupported(key);
      else if (overwrite) {
        if (value.items.length === 0) throw mergeUnsupported(key);
        dst.entries.set(key, value);
      }
      continue;
    }
    if (value instanceof GoStruct) throw mergeUnsupported(key);
    if (overwrite || currentEmpty) dst.entries.set(key, value);
  }
}

const mergeUnsupported = (key: string): RenderFailure =>
  RenderFailure.unsupported(
    `Merging key ${JSON.stringify(key)} mixes kinds of values, which mergo versions merge differently.`,
  );

function merge(args: GoValue[], overwrite: boolean): GoValue {
  const [first, ...sources] = args;
  let dst = mapArg(first ?? null);
  for (const source of sources) {
    const src = mapArg(source ?? null);
    if (dst.isNil && !src.isNil) dst = newMap();
    mergeInto(dst, src, overwrite, 0);
  }
  return dst;
}

function untilStep(start: bigint, stop: bigint, step: bigint, charge: (steps: number) => void): GoSlice {
  const items: GoValue[] = [];
  const count = step === 0n ? 0n : (stop - start) / step;
  if (count > 1_000_000n) throw goError('`until` would build a list of more than a million items.');
  charge(Number(count > 0n ? count : 0n));
  if (stop < start) {
    if (step >= 0n) return new GoSlice('[]int', 'int', items);
    for (let i = start; i > stop; i += step) items.push(new GoInt('int', i));
  } else {
    if (step <= 0n) return new GoSlice('[]int', 'int', items);
    for (let i = start; i < stop; i += step) items.push(new GoInt('int', i));
  }
  return new GoSlice('[]int', 'int', items);
}

const intArg = (value: GoValue): bigint => (value instanceof GoInt ? value.value : 0n);

export const COLLECTION_FUNCTIONS: FunctionTable = {
  list: fn([], (args) => newList(args.map((arg) => arg ?? null)), 'any'),
  tuple: fn([], (args) => newList(args.map((arg) => arg ?? null)), 'any'),
  dict: fn(
    [],
    (args) => {
      const entries = new Map<string, GoValue>();
      for (let i = 0; i < args.length; i += 2) {
        entries.set(strval(args[i] ?? null), i + 1 < args.length ? (args[i + 1] ?? null) : '');
      }
      return newMap(entries);
    },
    'any',
  ),
  get: fn(['map', 'string'], ([map, key]) => {
    const entries = mapArg(map ?? null).entries;
    return entries.has(str(key)) ? (entries.get(str(key)) ?? null) : '';
  }),
  set: fn(['map', 'string', 'any'], ([map, key, value]) => setEntry(mapArg(map ?? null), str(key), value ?? null)),
  unset: fn(['map', 'string'], ([map, key]) => {
    const target = mapArg(map ?? null);
    target.entries.delete(str(key));
    return target;
  }),
  hasKey: fn(['map', 'string'], ([map, key]) => mapArg(map ?? null).entries.has(str(key))),
  keys: fn(
    [],
    (args) => {
      const names = args.flatMap((map) => [...mapArg(map ?? null).entries.keys()]);
      return newStringList(names.sort(compareGoStrings), names.length > 1);
    },
    'map',
  ),
  pluck: fn(
    ['string'],
    ([key, ...maps]) =>
      newList(
        maps.flatMap((map) => {
          const entries = mapArg(map ?? null).entries;
          return entries.has(str(key)) ? [entries.get(str(key)) ?? null] : [];
        }),
      ),
    'map',
  ),
  pick: fn(
    ['map'],
    ([map, ...keys]) => {
      const entries = mapArg(map ?? null).entries;
      const picked = new Map<string, GoValue>();
      for (const key of keys.map((k) => str(k))) if (entries.has(key)) picked.set(key, entries.get(key) ?? null);
      return newMap(picked);
    },
    'string',
  ),
  omit: fn(
    ['map'],
    ([map, ...keys]) => {
      const left = new Set(keys.map((k) => str(k)));
      return newMap(new Map([...mapArg(map ?? null).entries].filter(([key]) => !left.has(key))));
    },
    'string',
  ),
  merge: fn(['map'], (args) => merge(args, false), 'map'),
  mergeOverwrite: fn(['map'], (args) => merge(args, true), 'map'),
  deepCopy: fn(['any'], ([value]) => deepCopy(value ?? null)),
  first: fn(['any'], ([list]) => listItems('find first', list ?? null, 'taken first')[0] ?? null),
  last: fn(['any'], ([list]) => {
    const items = listItems('find last', list ?? null, 'taken last');
    return items[items.length - 1] ?? null;
  }),
  rest: fn(['any'], ([list]) => {
    const items = listItems('find rest', list ?? null, 'cut');
    return items.length === 0 ? new GoSlice('[]interface {}', 'any', [], true) : newList(items.slice(1));
  }),
  initial: fn(['any'], ([list]) => {
    const items = listItems('find initial', list ?? null, 'cut');
    return items.length === 0 ? new GoSlice('[]interface {}', 'any', [], true) : newList(items.slice(0, -1));
  }),
  append: fn(['any', 'any'], ([list, value]) =>
    newList([...listItems('push', list ?? null, 'appended to'), value ?? null]),
  ),
  push: fn(['any', 'any'], ([list, value]) =>
    newList([...listItems('push', list ?? null, 'appended to'), value ?? null]),
  ),
  prepend: fn(['any', 'any'], ([list, value]) =>
    newList([value ?? null, ...listItems('prepend', list ?? null, 'prepended to')]),
  ),
  uniq: fn(['any'], ([list]) => {
    const unique: GoValue[] = [];
    for (const item of listItems('find uniq', list ?? null, 'deduplicated')) {
      if (!unique.some((seen) => deepEqual(seen, item))) unique.push(item);
    }
    return newList(unique);
  }),
  has: fn(['any', 'any'], ([needle, haystack]) => {
    if (haystack === null || haystack === undefined) return false;
    if (haystack instanceof GoSlice) return haystack.items.some((item) => deepEqual(needle ?? null, item));
    throw goError(`Cannot find has on type ${kindName(haystack)}`);
  }),
  without: fn(
    ['any'],
    ([list, ...omit]) =>
      newList(
        listItems('find without', list ?? null, 'filtered').filter(
          (item) => !omit.some((o) => deepEqual(o ?? null, item)),
        ),
      ),
    'any',
  ),
  compact: fn(['any'], ([list]) =>
    newList(listItems('compact', list ?? null, 'compacted').filter((item) => !isEmpty(item))),
  ),
  slice: fn(
    ['any'],
    ([list, ...indexes]) => {
      const items = listItems('slice', list ?? null, 'sliced');
      if (items.length === 0) return null;
      const start = indexes.length > 0 ? Number(toInt64(indexes[0] ?? null)) : 0;
      const end = indexes.length > 1 ? Number(toInt64(indexes[1] ?? null)) : items.length;
      if (start < 0 || end > items.length || start > end) throw goError(`reflect: slice index out of range`);
      const source = list as GoSlice;
      return new GoSlice(source.typeName, source.elem, items.slice(start, end));
    },
    'any',
  ),
  sortAlpha: fn(['any'], ([list]) => {
    if (list instanceof GoSlice) {
      const items = list.items.filter((item) => item !== null && item !== undefined).map(strval);
      return newStringList(items.sort(compareGoStrings));
    }
    return newStringList([strval(list ?? null)]);
  }),
  until: fn(['int'], ([count], context) => {
    const n = intArg(count ?? null);
    return untilStep(0n, n, n < 0n ? -1n : 1n, context.charge);
  }),
  untilStep: fn(['int', 'int', 'int'], ([start, stop, step], context) =>
    untilStep(intArg(start ?? null), intArg(stop ?? null), intArg(step ?? null), context.charge),
  ),
  toStrings: fn(['any'], ([list]) => newStringList(strslice(list ?? null))),
  typeOf: fn(['any'], ([value]) => typeName(value ?? null)),
  typeIs: fn(['string', 'any'], ([target, value]) => str(target) === typeName(value ?? null)),
  kindOf: fn(['any'], ([value]) => kindName(value ?? null)),
  kindIs: fn(['string', 'any'], ([target, value]) => str(target) === kindName(value ?? null)),
};
