import type { Config } from '../config';
import { GoYamlFileContext, type FilePath } from '../go-yaml-context';
import type { ChartRule, Report } from '../rule';
import type { Locale } from '../types';
import { chartFileName, isChartRequirements, type ParsedChart } from './parse';
import { fieldKey } from '../../helm/chart-metadata';
import type { HelmChart } from '../../helm/chart-files';

/** A path into Chart.yaml: keys, and indexes of list items (`['dependencies', 0, 'alias']`). */
export type ChartPath = FilePath;

/** What a Chart.yaml rule sees: the parsed file, the configuration, and where to report. */
export class ChartContext extends GoYamlFileContext {
  constructor(
    file: ParsedChart,
    uri: string,
    rule: ChartRule,
    locale: Locale,
    sink: (report: Report) => void,
    config: Config,
    /**
     * The chart folder around this Chart.yaml as Helm loads it (its values and `charts/`), read by
     * the caller; undefined when the file was linted alone, and the rules that need it stay quiet.
     */
    readonly chart?: HelmChart,
  ) {
    super(file, uri, rule, locale, sink, config);
  }

  /** Whether this is the chart's requirements.yaml rather than its Chart.yaml (see `isChartRequirements`). */
  get isRequirements(): boolean {
    return isChartRequirements(this.uri);
  }

  /** The file's name, for messages. */
  get fileName(): string {
    return chartFileName(this.uri);
  }

  /**
   * Whether Helm installs the dependencies this file lists: a requirements.yaml that sets
   * `dependencies` replaces Chart.yaml's list when Helm loads the chart. True for a Chart.yaml
   * linted alone, whose folder is not known.
   */
  get listsDependencies(): boolean {
    if (this.isRequirements) return this.value !== undefined && fieldKey(this.value, 'dependencies') !== undefined;
    return this.chart?.requirementsDependencies === undefined;
  }
}
