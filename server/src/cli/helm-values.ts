/**
 * The values files each chart of a run is rendered with: the project's `helmValues` (relative to
 * its file) and `--values` (relative to the current folder, for every chart linted: a template or
 * Chart.yaml of it is among the files), in that
 * order, as absolute paths a `--jobs` worker can read too.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './files';
import { chartRootAbove, diskReader } from '../helm/chart-files';
import { parentChartRoot } from '../helm/subchart-release';

export function resolveHelmValues(
  configured: Readonly<Record<string, string[]>>,
  baseDir: string,
  given: readonly string[],
  linted: readonly string[],
): Record<string, string[]> {
  const resolved: Record<string, string[]> = {};
  for (const [chart, files] of Object.entries(configured))
    resolved[path.resolve(baseDir, chart)] = files.map((file) => path.resolve(baseDir, file));
  if (given.length === 0) return resolved;
  const extra = given.map((file) => path.resolve(file));
  for (const [i, file] of extra.entries())
    if (!existsSync(file)) throw new UsageError(`--values: file not found: ${given[i] ?? file}`);
  const folders = new Set(
    linted.filter((file) => /[\\/]templates[\\/]/.test(file)).map((f) => path.dirname(path.resolve(f))),
  );
  const roots = new Set([...folders].map((folder) => chartRootAbove(folder)).filter((root) => root !== undefined));
  // A Chart.yaml is held against its chart's values too (a dependency's condition).
  for (const file of linted) if (path.basename(file) === 'Chart.yaml') roots.add(path.dirname(path.resolve(file)));
  // A subchart is rendered with the values its parent's release is given.
  for (const root of [...roots])
    for (
      let parent = parentChartRoot(root, diskReader);
      parent !== undefined;
      parent = parentChartRoot(parent, diskReader)
    )
      roots.add(parent);
  for (const root of roots) resolved[root] = [...(resolved[root] ?? []), ...extra];
  return resolved;
}
