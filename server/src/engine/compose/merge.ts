/**
 * A service as Compose runs it when a second file is merged over the first (an override over its
 * base), following the Compose Specification's merge rules for the keys the rules read: mappings
 * merge key by key, `environment`, `labels` and `depends_on` merge whatever form each file wrote
 * them in, the lists of ports, volumes and the like add up, and `command`, `entrypoint` and any
 * other value are replaced.
 */
type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lists Compose adds the override's entries to. */
const ADDED = new Set([
  'cap_add',
  'cap_drop',
  'configs',
  'devices',
  'dns',
  'dns_search',
  'env_file',
  'expose',
  'external_links',
  'group_add',
  'links',
  'ports',
  'secrets',
  'security_opt',
  'volumes',
  'volumes_from',
]);
/** Keys written as a map or as a list of `KEY=value`, merged as maps. */
const KEYED = new Set(['environment', 'labels', 'annotations', 'extra_hosts', 'sysctls']);

/** The service `over` makes of `base`; either may be undefined (a service only one file defines). */
export function mergeServices(base: Plain | undefined, over: Plain | undefined): Plain {
  if (!base) return over ?? {};
  if (!over) return base;
  const merged: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const before = Object.hasOwn(base, key) ? base[key] : undefined;
    if (before === undefined) put(merged, key, value);
    else if (KEYED.has(key)) put(merged, key, { ...keyed(before), ...keyed(value) });
    else if (key === 'depends_on') put(merged, key, mergeMaps(dependencies(before), dependencies(value)));
    else if (ADDED.has(key)) put(merged, key, [...listOf(before), ...listOf(value)]);
    else if (key === 'command' || key === 'entrypoint') put(merged, key, value);
    else if (isPlain(before) && isPlain(value)) put(merged, key, mergeMaps(before, value));
    else put(merged, key, value);
  }
  return merged;
}

/** Sets an own property, even one named like Object's own (`__proto__`), which assignment would not. */
function put(map: Plain, key: string, value: unknown): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

function mergeMaps(base: Plain, over: Plain): Plain {
  const merged: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const before = Object.hasOwn(base, key) ? base[key] : undefined;
    put(merged, key, isPlain(before) && isPlain(value) ? mergeMaps(before, value) : value);
  }
  return merged;
}

/** `[A=1, B]` or `{A: 1}` as a map; a name alone keeps a null value, as Compose reads it. */
function keyed(value: unknown): Plain {
  if (isPlain(value)) return value;
  const map: Plain = {};
  for (const entry of listOf(value)) {
    if (typeof entry !== 'string') continue;
    const equals = entry.indexOf('=');
    put(map, equals === -1 ? entry : entry.slice(0, equals), equals === -1 ? null : entry.slice(equals + 1));
  }
  return map;
}

/** `depends_on` as a map, the short form's names waiting for the start only. */
function dependencies(value: unknown): Plain {
  if (isPlain(value)) return value;
  return Object.fromEntries(
    listOf(value)
      .filter((name): name is string => typeof name === 'string')
      .map((name) => [name, { condition: 'service_started' }]),
  );
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
