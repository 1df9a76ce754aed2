/**
 * Puts `value` in the map at `key`, or takes the entry out when there is none; true when that
 * changed what the map holds. Values are compared as JSON: the index's entries are plain data
 * made again from each read of a file, never the same object twice.
 */
export function replaceIfChanged<T>(map: Map<string, T>, key: string, value: T | undefined): boolean {
  if (value === undefined) return map.delete(key);
  const before = map.get(key);
  if (before !== undefined && JSON.stringify(before) === JSON.stringify(value)) return false;
  map.set(key, value);
  return true;
}
