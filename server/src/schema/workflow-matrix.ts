/**
 * The combinations of a GitHub Actions job's `strategy.matrix`, as GitHub expands them: the
 * product of the lists of its keys, less the `exclude` entries that match, with the `include`
 * entries added to every combination they do not overwrite (or as combinations of their own). A
 * monorepo builds one image per combination (`context: app/${{ matrix.component }}`).
 */
import { isMap, type YAMLMap } from 'yaml';
import { isRecord } from '../engine/plain-data';

export type MatrixCombination = Readonly<Record<string, unknown>>;

/** GitHub runs at most 256 jobs per matrix; a matrix past that fails, so it states nothing. */
const MAX_COMBINATIONS = 256;

/**
 * The job's combinations; one empty combination when it has no matrix, or one written as an
 * expression (`${{ fromJSON(...) }}`) or past GitHub's limit, whose values are unknown.
 */
export function matrixCombinations(job: YAMLMap): MatrixCombination[] {
  const strategy = job.get('strategy', true);
  const matrix = isMap(strategy) ? strategy.get('matrix', true) : undefined;
  if (!isMap(matrix)) return [{}];
  const value: unknown = matrix.toJSON();
  if (!isRecord(value)) return [{}];
  let combinations: Record<string, unknown>[] = [{}];
  const original = Object.keys(value).filter((key) => key !== 'include' && key !== 'exclude');
  for (const key of original) {
    const values = value[key];
    if (!Array.isArray(values)) return [{}];
    combinations = combinations.flatMap((combination) => values.map((item) => ({ ...combination, [key]: item })));
    if (combinations.length > MAX_COMBINATIONS) return [{}];
  }
  if (original.length === 0) combinations = [];
  const excluded = Array.isArray(value.exclude) ? value.exclude.filter(isRecord) : [];
  combinations = combinations.filter((combination) => !excluded.some((entry) => matches(combination, entry)));
  const included = Array.isArray(value.include) ? value.include.filter(isRecord) : [];
  // Entries that fit no combination of the product run as combinations of their own, which later
  // entries do not extend.
  const own: Record<string, unknown>[] = [];
  for (const entry of included) {
    let added = false;
    combinations = combinations.map((combination) => {
      // An entry may not overwrite the matrix's own values; it may overwrite what an include added.
      if (original.some((key) => key in entry && !sameValue(entry[key], combination[key]))) return combination;
      added = true;
      return { ...combination, ...entry };
    });
    if (!added) own.push({ ...entry });
  }
  combinations.push(...own);
  return combinations.length > 0 && combinations.length <= MAX_COMBINATIONS ? combinations : [{}];
}

/** The value of `matrix.<path>` in a combination, as text; undefined when unknown or no scalar. */
export function matrixValue(combination: MatrixCombination, path: string): string | undefined {
  let value: unknown = combination;
  for (const part of path.split('.')) value = isRecord(value) ? value[part] : undefined;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** An `exclude` entry needs only match partly: each value it names, and within objects each key. */
function matches(combination: unknown, entry: unknown): boolean {
  if (isRecord(entry))
    return isRecord(combination) && Object.keys(entry).every((key) => matches(combination[key], entry[key]));
  return sameValue(combination, entry);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
