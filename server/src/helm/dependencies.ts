/**
 * How Helm decides which charts of `charts/` a release installs (chartutil's
 * processDependencyEnabled): the subchart it matches to each dependency Chart.yaml lists, the
 * values a dependency's `condition` is read from, and what each path of a condition finds there.
 */
import type { Subchart } from './chart-files';
import { fieldKey, takesVersion } from './chart-metadata';
import { helmStringOf } from './template/helm-data';
import { coalesceValues } from './values-files';
import { isRecord } from '../engine/plain-data';

/** A dependency as Helm reads it from Chart.yaml, with where it is written (its index in the list). */
export interface Dependency {
  index: number;
  /** The entry as written, for the keys of its fields (matched regardless of case, as Go matches them). */
  entry: Record<string, unknown>;
  name: string;
  alias: string;
  version: string;
  condition: string;
  tags: string[];
}

/** The dependencies of a Chart.yaml read as a map; entries that are not maps or have no name are left out. */
export function dependenciesOf(chart: Record<string, unknown>): Dependency[] {
  const listKey = fieldKey(chart, 'dependencies');
  const list = listKey === undefined ? undefined : chart[listKey];
  if (!Array.isArray(list)) return [];
  const dependencies: Dependency[] = [];
  list.forEach((entry: unknown, index) => {
    if (!isRecord(entry)) return;
    const text = (field: string): string => {
      const key = fieldKey(entry, field);
      return (key === undefined ? undefined : helmStringOf(entry[key])) ?? '';
    };
    const tagsKey = fieldKey(entry, 'tags');
    const tags = tagsKey !== undefined && Array.isArray(entry[tagsKey]) ? (entry[tagsKey] as unknown[]) : [];
    const name = text('name');
    if (name === '') return;
    dependencies.push({
      index,
      entry,
      name,
      alias: text('alias'),
      version: text('version'),
      condition: text('condition'),
      tags: tags.filter((tag): tag is string => typeof tag === 'string'),
    });
  });
  return dependencies;
}

/**
 * The subchart Helm installs for a dependency under its alias: the first of its name whose version
 * the dependency's range takes (getAliasDependency). Without one, a subchart of that name stays
 * under its own name, and the alias is not applied.
 */
export function matchingSubchart(subcharts: readonly Subchart[], dependency: Dependency): Subchart | undefined {
  return subcharts.find(
    (subchart) => subchart.name === dependency.name && takesVersion(dependency.version, subchart.version),
  );
}

/** The name each subchart is installed under: a matched dependency's alias (or name), else its own. */
export function installedNames(
  subcharts: readonly Subchart[],
  dependencies: readonly Dependency[],
): [string, Subchart][] {
  const named: [string, Subchart][] = subcharts
    .filter((subchart) => !dependencies.some((dependency) => matchingSubchart([subchart], dependency)))
    .map((subchart) => [subchart.name, subchart]);
  for (const dependency of dependencies) {
    const subchart = matchingSubchart(subcharts, dependency);
    if (subchart) named.push([dependency.alias || dependency.name, subchart]);
  }
  return named;
}

/**
 * The values Helm reads conditions from: the chart's own (values.yaml and the files given after it),
 * with each subchart's values.yaml under the name it is installed as, where the chart's do not set them.
 */
export function conditionValues(
  values: unknown,
  subcharts: readonly Subchart[],
  dependencies: readonly Dependency[],
): Record<string, unknown> {
  const out = new Map(Object.entries(isRecord(values) ? values : {}));
  for (const [name, subchart] of installedNames(subcharts, dependencies)) {
    const given = out.get(name);
    // Helm skips a subchart's defaults where the chart sets its name to something other than a map.
    if (given !== undefined && given !== null && !isRecord(given)) continue;
    out.set(name, coalesceValues(subchart.values, isRecord(given) ? given : {}));
  }
  return Object.fromEntries(out);
}

/**
 * What Helm's `Values.PathValue` finds at a dotted path: a value that is not a map, or nothing (a
 * missing key, a map, or a part of the path that is not a map are all "no value" to Helm).
 */
export function pathValue(values: Record<string, unknown>, path: string): { value: unknown } | undefined {
  const parts = path.split('.');
  let table: Record<string, unknown> = values;
  for (const part of parts.slice(0, -1)) {
    const next = Object.hasOwn(table, part) ? table[part] : undefined;
    if (!isRecord(next)) return undefined;
    table = next;
  }
  const last = parts[parts.length - 1] ?? '';
  if (!Object.hasOwn(table, last) || isRecord(table[last])) return undefined;
  return { value: table[last] };
}

/** The paths of a condition as Helm splits it: the whole trimmed, then cut at each comma, nothing trimmed again. */
export function conditionPaths(condition: string): string[] {
  return condition
    .trim()
    .split(',')
    .filter((path) => path.length > 0);
}

/** What Helm makes of a dependency's condition with the given values. */
export interface ConditionOutcome {
  /** The path whose boolean decides, when one does. */
  decidedBy?: string;
  /** Paths read before a decision that hold something other than a boolean (Helm warns of each). */
  notBoolean: { path: string; value: unknown }[];
  /** Paths read before a decision that hold no value. */
  unset: string[];
  /** A path was reached whose value is not known (it lies under a subchart that is not in charts/). */
  unknown?: boolean;
}

/**
 * What Helm makes of a condition with the values; `unknownKeys` are the top-level keys a missing
 * subchart's own values would fill, so a path under one that the chart's values do not set is unknown.
 */
export function conditionOutcome(
  condition: string,
  values: Record<string, unknown>,
  unknownKeys: ReadonlySet<string> = new Set(),
): ConditionOutcome {
  const outcome: ConditionOutcome = { notBoolean: [], unset: [] };
  for (const path of conditionPaths(condition)) {
    const found = pathValue(values, path);
    if (!found && unknownKeys.has(path.split('.')[0] ?? '')) return { ...outcome, unknown: true };
    if (!found) outcome.unset.push(path);
    else if (typeof found.value === 'boolean') return { ...outcome, decidedBy: path };
    else outcome.notBoolean.push({ path, value: found.value });
  }
  return outcome;
}

/**
 * The value that makes Helm leave a dependency out of the release (a tag, then its condition, as
 * processDependencyTags and processDependencyConditions decide: `tags.db`, `redis.enabled`), all
 * of them false; undefined when it is installed.
 */
export function switchedOff(dependency: Dependency, values: Record<string, unknown>): string | undefined {
  let off: string | undefined;
  const tags = values.tags;
  if (isRecord(tags) && dependency.tags.length > 0) {
    const set = dependency.tags.filter((tag) => typeof tags[tag] === 'boolean');
    if (set.length > 0 && set.every((tag) => tags[tag] === false)) off = `tags.${set[0] ?? ''}`;
  }
  const decidedBy = conditionOutcome(dependency.condition, values).decidedBy;
  if (decidedBy !== undefined) off = pathValue(values, decidedBy)?.value === false ? decidedBy : undefined;
  return off;
}
