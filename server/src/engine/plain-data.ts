import type { Document, Node } from 'yaml';

/**
 * Parsed YAML or JSON as plain data. A mapping is an object that is neither null nor a list: every
 * reader of Compose files, values and links asks this before it reads a key.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A parsed file's top-level mapping as plain data, with alias expansion bounded: past
 * `maxAliasCount` nodes the file is taken as an alias bomb, and the failure comes back placed at
 * the mapping's first character.
 */
export function plainMapping(
  document: Document.Parsed,
  root: Node,
  maxAliasCount: number,
): { value?: Record<string, unknown>; failure?: { message: string; start: number; end: number } } {
  try {
    const plain: unknown = document.toJS({ maxAliasCount });
    return isRecord(plain) ? { value: plain } : {};
  } catch (error) {
    const [start, end] = root.range ?? [0, 0];
    return {
      failure: {
        message: error instanceof Error ? error.message : String(error),
        start,
        end: Math.min(end, start + 1),
      },
    };
  }
}
