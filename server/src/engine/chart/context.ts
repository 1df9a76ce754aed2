import type { Node } from 'yaml';
import type { Config } from '../config';
import { keyNodeAt, nodeAt } from '../kubernetes/parse';
import { ReportingContext, type ChartRule, type Report } from '../rule';
import type { Locale, Range } from '../types';
import { chartFileName, isChartRequirements, type ParsedChart } from './parse';
import { fieldKey } from '../../helm/chart-metadata';
import type { HelmChart } from '../../helm/chart-files';

/** A path into Chart.yaml: keys, and indexes of list items (`['dependencies', 0, 'alias']`). */
export type ChartPath = readonly (string | number)[];

/** What a Chart.yaml rule sees: the parsed file, the configuration, and where to report. */
export class ChartContext extends ReportingContext {
  constructor(
    readonly file: ParsedChart,
    readonly uri: string,
    rule: ChartRule,
    locale: Locale,
    sink: (report: Report) => void,
    readonly config: Config,
    /**
     * The chart folder around this Chart.yaml as Helm loads it (its values and `charts/`), read by
     * the caller; undefined when the file was linted alone, and the rules that need it stay quiet.
     */
    readonly chart?: HelmChart,
  ) {
    super(rule, locale, sink);
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

  /** The plain value Helm reads; undefined when the file is not a mapping YAML can read (chart-schema says why). */
  get value(): Record<string, unknown> | undefined {
    return this.file.value;
  }

  /** The range of a node's source text; the first character of the file when it has none. */
  rangeOf(node: Node | null | undefined): Range {
    const range = node?.range;
    if (!range) return this.file.index.rangeOf(0, 0);
    return this.file.index.rangeOf(range[0], range[1]);
  }

  /** The value node at a path, as written. */
  node(path: ChartPath): Node | undefined {
    return nodeAt(this.file.root, path);
  }

  /** Where a finding about the value at a path goes: the value, else its key, else the nearest written ancestor. */
  valueRange(path: ChartPath): Range {
    const value = this.node(path);
    if (value?.range) return this.rangeOf(value);
    return this.keyRange(path);
  }

  /**
   * Where an empty list entry is: its `~`, `null` or `""` as written, else the `-` that opens it (an
   * entry with nothing after its dash has no text of its own).
   */
  itemRange(path: ChartPath): Range {
    const node = this.node(path);
    const range = node?.range;
    if (!range || range[1] > range[0]) return this.rangeOf(node);
    const text = this.file.index.text;
    let dash = range[0] - 1;
    while (dash >= 0 && (text[dash] === ' ' || text[dash] === '\t')) dash--;
    return text[dash] === '-' ? this.file.index.rangeOf(dash, dash + 1) : this.rangeOf(node);
  }

  /** Where a finding about a key goes: the key as written, else the nearest written ancestor's. */
  keyRange(path: ChartPath): Range {
    for (let end = path.length; end > 0; end--) {
      const part = path.slice(0, end);
      const key = keyNodeAt(this.file.root, part) ?? (typeof part[end - 1] === 'number' ? this.node(part) : undefined);
      if (key?.range) return this.rangeOf(key);
    }
    return this.file.index.rangeOf(0, 0);
  }
}
