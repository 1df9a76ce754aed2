/**
 * Values files given after a chart's values.yaml (`helm template -f prod.yaml`), combined as Helm
 * combines them: the files merge in order, each map key by key and anything else replaced by the
 * later file; the result then overrides the chart's defaults key by key, and a `null` removes a
 * default (`resources: null` drops the chart's resources block).
 */
import path from 'node:path';
import { parse } from 'yaml';
import { isRecord } from '../engine/plain-data';

/** A values file read as Helm reads it (YAML 1.1, so `yes` is true), or why it cannot be. */
export function readValuesText(text: string | undefined, file: string): { value: unknown } | { problem: string } {
  if (text === undefined) return { value: undefined };
  try {
    return { value: parse(text, { version: '1.1', maxAliasCount: 100, uniqueKeys: false }) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { problem: `${path.basename(file)} is not valid YAML (${message})` };
  }
}

/** `-f` files read through `read`, merged in order; a file that cannot be read is a problem, as it stops Helm. */
export function readValuesFiles(
  files: readonly string[],
  read: (file: string) => string | undefined,
): { values: Record<string, unknown> } | { problem: string } {
  let merged: Record<string, unknown> = {};
  for (const file of files) {
    const text = read(file);
    if (text === undefined) return { problem: `the values file ${path.basename(file)} cannot be read` };
    const parsed = readValuesText(text, file);
    if ('problem' in parsed) return parsed;
    if (parsed.value === null || parsed.value === undefined) continue;
    if (!isRecord(parsed.value)) return { problem: `${path.basename(file)} holds no map of values` };
    merged = mergeMaps(merged, parsed.value);
  }
  return { values: merged };
}

/** Helm's mergeMaps: maps merge key by key, anything else is replaced. */
function mergeMaps(base: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  // A Map, so a key named `__proto__` in a values file stays a key.
  const out = new Map(Object.entries(base));
  for (const [key, value] of Object.entries(next)) {
    const before = out.get(key);
    out.set(key, isRecord(value) && isRecord(before) ? mergeMaps(before, value) : value);
  }
  return Object.fromEntries(out);
}

/** Helm's coalesce of the chart's defaults under the given values: theirs win, `null` deletes a default. */
export function coalesceValues(defaults: unknown, given: Record<string, unknown>): unknown {
  if (!isRecord(defaults)) return given;
  const out = new Map(Object.entries(given));
  for (const [key, value] of Object.entries(defaults)) {
    const mine = out.get(key);
    if (!out.has(key)) out.set(key, value);
    else if (mine === null) out.delete(key);
    else if (isRecord(mine) && isRecord(value)) out.set(key, coalesceValues(value, mine));
  }
  return Object.fromEntries(out);
}

/** The values files `helmValues` (chart folder → files, relative to `baseDir`) names for the chart in `root`, absolute. */
export function configuredValuesFiles(
  helmValues: Record<string, string[]> | undefined,
  baseDir: string,
  root: string,
): string[] {
  for (const [chart, files] of Object.entries(helmValues ?? {}))
    if (path.resolve(baseDir, chart) === path.resolve(root)) return files.map((file) => path.resolve(baseDir, file));
  return [];
}
