/**
 * The charts of the templates being linted, each read once and kept until one of its files
 * changes: the CLI reads a chart once for all its templates, the language server again when the
 * chart's values, Chart.yaml or any template changes (saved or not: its reader puts the editor's
 * text first).
 */
import path from 'node:path';
import {
  chartRootAbove,
  diskReader,
  helmNameOf,
  readHelmChart,
  valuesLabel,
  type ChartReader,
  type HelmChart,
} from './chart-files';
import type { HelmTemplate } from './lint-template';
import type { HelmValuesFile } from './lint-values';
import { ownManifestTemplates } from './whole-chart';
import { isChartRequirements } from '../engine/chart/parse';
import { parentChartRoot, subchartInRelease } from './subchart-release';
import { checkValuesSchema, VALUES_SCHEMA_FILE } from './values-schema';

/** How many charts above a subchart are read as the release it belongs to, as Helm nests them. */
const MAX_PARENTS = 3;

export class HelmCharts {
  private readonly charts = new Map<string, HelmChart>();
  /** The chart folder of each template folder, or null for folders under no chart. */
  private readonly roots = new Map<string, string | null>();

  constructor(
    private readonly reader: ChartReader = diskReader,
    /** The values files a chart is rendered with after its values.yaml (absolute), by chart folder. */
    private readonly valuesFilesOf: (root: string) => string[] = () => [],
  ) {}

  /** The chart and Helm name of a template file, or undefined when it is no chart's template. */
  templateOf(file: string): HelmTemplate | undefined {
    const full = path.resolve(file);
    const folder = path.dirname(full);
    let root = this.roots.get(folder);
    if (root === undefined) {
      root = chartRootAbove(folder, this.reader) ?? null;
      this.roots.set(folder, root);
    }
    if (root === null || path.basename(full).startsWith('_')) return undefined;
    const chart = this.chartAt(root);
    return { chart, name: helmNameOf(chart, full) };
  }

  /**
   * The chart a Chart.yaml describes (its folder), or a requirements.yaml beside one lists the
   * dependencies of; undefined for any other file.
   */
  chartOfChartFile(file: string): HelmChart | undefined {
    const full = path.resolve(file);
    const root = path.dirname(full);
    const name = path.basename(full);
    if (name === 'Chart.yaml') return this.chartAt(root);
    const described = isChartRequirements(full) && this.reader.read(path.join(root, 'Chart.yaml')) !== undefined;
    return described ? this.chartAt(root) : undefined;
  }

  /**
   * For a chart's values.yaml (beside its Chart.yaml), the templates that read it: the chart's own
   * manifest templates, and those of each unpacked subchart its release renders with these values.
   * Undefined for any other file.
   */
  valuesOf(file: string): HelmValuesFile | undefined {
    const full = path.resolve(file);
    const root = path.dirname(full);
    if (path.basename(full) !== 'values.yaml' || this.reader.read(path.join(root, 'Chart.yaml')) === undefined)
      return undefined;
    const chart = this.chartAt(root);
    const templates: HelmTemplate[] = ownManifestTemplates(chart).map((template) => ({ chart, name: template.name }));
    for (const subchart of chart.subcharts ?? []) {
      // A packed subchart has no template files to point at.
      if (subchart.file.endsWith('.tgz')) continue;
      const inRelease = this.chartAt(subchart.file);
      if (inRelease.release?.root !== (chart.release?.root ?? root)) continue;
      templates.push(...ownManifestTemplates(inRelease).map((template) => ({ chart: inRelease, name: template.name })));
    }
    return { templates };
  }

  /** The chart in the folder `root`, read now or kept from before. */
  chartAt(root: string, depth = 0): HelmChart {
    let chart = this.charts.get(root);
    if (!chart) {
      // A subchart is rendered as its parent's release renders it, the parent read first.
      const parent = depth < MAX_PARENTS ? parentChartRoot(root, this.reader) : undefined;
      const valuesFiles = this.valuesFilesOf(root);
      if (parent === undefined) chart = readHelmChart(root, this.reader, valuesFiles);
      else {
        const own = readHelmChart(root, this.reader, valuesFiles, true);
        chart = subchartInRelease(this.chartAt(parent, depth + 1), own);
        // One the parent does not install as one chart is rendered by itself, read whole.
        if (chart === own) chart = readHelmChart(root, this.reader, valuesFiles);
      }
      // Helm checks each subchart's values.schema.json against the values the release gives it.
      if (chart.release && !chart.stops && !chart.problem) {
        const schema = checkValuesSchema(
          this.reader.read(path.join(root, VALUES_SCHEMA_FILE)),
          chart.values,
          valuesLabel(chart),
        );
        if (schema.stops) chart = { ...chart, stops: schema.stops };
        else if (schema.problem) chart = { ...chart, problem: schema.problem };
      }
      this.charts.set(root, chart);
    }
    return chart;
  }

  /**
   * Forgets what a changed file may have changed: the charts it belongs to (a subchart's file
   * belongs to its parents too) or gives values to, and which folders are charts' when a
   * Chart.yaml came or went.
   * Returns the chart folders forgotten.
   */
  changed(file: string): string[] {
    const full = path.resolve(file);
    if (path.basename(full) === 'Chart.yaml') this.roots.clear();
    const forgotten: string[] = [];
    for (const [root, chart] of this.charts) {
      const release = chart.release?.root ?? root;
      if (full === release || full.startsWith(release + path.sep) || chart.valuesFiles.includes(full))
        forgotten.push(root);
    }
    for (const root of forgotten) this.charts.delete(root);
    return forgotten;
  }

  /** Whether a chart read so far is rendered with this values file. */
  isValuesFile(file: string): boolean {
    const full = path.resolve(file);
    for (const chart of this.charts.values()) if (chart.valuesFiles.includes(full)) return true;
    return false;
  }

  /** The folders of the charts read so far. */
  chartRoots(): string[] {
    return [...this.charts.keys()];
  }

  clear(): void {
    this.charts.clear();
    this.roots.clear();
  }
}

/** The charts of a run whose configuration names each chart's values files (absolute, see `Config.helmValues`). */
export function chartsWithValues(helmValues: Readonly<Record<string, string[]>>): HelmCharts {
  return new HelmCharts(diskReader, (root) => helmValues[root] ?? []);
}
