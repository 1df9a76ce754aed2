/**
 * A subchart's templates as the parent's release renders them: with the values the parent gives
 * it (`<name>:` in the parent's values over the subchart's own values.yaml, and the parent's
 * `global:` over the subchart's), the named templates of the whole chart, and not at all when the
 * parent's values switch the dependency off. Helm never renders a subchart alone, so neither is it
 * here when its parent is known.
 */
import path from 'node:path';
import { loadedMetadata, type ChartReader, type HelmChart } from './chart-files';
import { conditionValues, dependenciesOf, installedNames, matchingSubchart, switchedOff } from './dependencies';
import { coalesceValues } from './values-files';
import { isRecord } from '../engine/plain-data';

/** The chart whose `charts/` folder holds the chart in `root`, when there is one. */
export function parentChartRoot(root: string, reader: ChartReader): string | undefined {
  const charts = path.dirname(root);
  if (path.basename(charts) !== 'charts') return undefined;
  const parent = path.dirname(charts);
  return reader.read(path.join(parent, 'Chart.yaml')) !== undefined ? parent : undefined;
}

/**
 * The chart read from `own.root` as its parent's release renders it; `own` itself when the parent
 * does not install it as one chart (a chart Helm passes over, or one installed under two aliases,
 * which Helm renders once for each).
 */
export function subchartInRelease(parent: HelmChart, own: HelmChart): HelmChart {
  const subcharts = parent.subcharts ?? [];
  const subchart = subcharts.find((candidate) => candidate.file === own.root);
  if (!subchart) return own;
  const listed = dependenciesOf(loadedMetadata(parent));
  const names = installedNames(subcharts, listed)
    .filter(([, installed]) => installed === subchart)
    .map(([name]) => name);
  const name = names[0];
  if (name === undefined || names.length > 1) return own;
  const values = conditionValues(parent.values, subcharts, listed);
  const dependency = listed.find(
    (candidate) => (candidate.alias || candidate.name) === name && matchingSubchart([subchart], candidate),
  );
  const off = dependency ? switchedOff(dependency, values) : undefined;
  const given = values[name];
  const mine = isRecord(given) ? given : {};
  const parentGlobal = isRecord(parent.values) && isRecord(parent.values.global) ? parent.values.global : {};
  // Helm gives every subchart a `global` map: its own, with the parent's over it.
  const global = coalesceValues(isRecord(mine.global) ? mine.global : {}, parentGlobal);
  const problem = parent.problem ?? own.problem;
  return {
    root: own.root,
    chart: own.chart,
    values: { ...mine, global },
    valuesFiles: parent.valuesFiles,
    // Where a value is set: the subchart's own values.yaml, then the parent's files under its name.
    valuesSources: [
      ...(own.valuesSources ?? []),
      ...(parent.valuesSources ?? []).map((source) => ({ ...source, under: [...(source.under ?? []), name] })),
    ],
    name: `${parent.name}/charts/${subchart.name}`,
    templates: parent.templates,
    ...(problem ? { problem } : {}),
    ...(parent.stops ? { stops: parent.stops } : {}),
    ...(own.valuesProblem ? { valuesProblem: own.valuesProblem } : {}),
    ...(own.requirementsDependencies !== undefined ? { requirementsDependencies: own.requirementsDependencies } : {}),
    ...(own.subcharts ? { subcharts: own.subcharts } : {}),
    release: {
      root: parent.release?.root ?? parent.root,
      chart: parent.release?.chart ?? parent.chart,
      as: name,
      ...(off ? { off } : {}),
    },
  };
}
