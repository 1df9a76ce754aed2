/**
 * Tables keyed by what a file or a command line says: a kind, a command, a flag, a label key. A
 * plain object inherits `toString`, `constructor` and `__proto__`, so `TABLE[name]` for such a name
 * is a function or the prototype, not undefined, and `name in TABLE` is true. These read and write
 * only a table's own entries.
 */
export function ownValue<T>(table: Readonly<Partial<Record<string, T>>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Whether `key` is one of the table's own keys. */
export function isOwnKey<K extends string>(table: Readonly<Partial<Record<K, unknown>>>, key: string): key is K {
  return Object.hasOwn(table, key);
}

/** Sets an own entry, `__proto__` included (assigning that name would replace the prototype). */
export function setOwn<T>(table: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(table, key, { value, writable: true, enumerable: true, configurable: true });
  else table[key] = value;
}
