/**
 * Parsed YAML or JSON as plain data. A mapping is an object that is neither null nor a list: every
 * reader of Compose files, values and links asks this before it reads a key.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
