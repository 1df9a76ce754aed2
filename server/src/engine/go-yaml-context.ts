import type { Node } from 'yaml';
import type { Config } from './config';
import type { ParsedGoYamlFile } from './go-yaml-file';
import { keyNodeAt, nodeAt } from './kubernetes/parse';
import { ReportingContext, type Report, type RuleMeta } from './rule';
import type { Locale, Range } from './types';

/** A path into a configuration file: keys, and indexes of list items (`['dependencies', 0, 'alias']`). */
export type FilePath = readonly (string | number)[];

/** What a rule of a Go tool's configuration file sees: the parsed file, the configuration, where to report. */
export class GoYamlFileContext extends ReportingContext {
  constructor(
    readonly file: ParsedGoYamlFile,
    readonly uri: string,
    rule: RuleMeta,
    locale: Locale,
    sink: (report: Report) => void,
    readonly config: Config,
  ) {
    super(rule, locale, sink);
  }

  /** The plain value the tool reads; undefined when the file is not a mapping YAML can read. */
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
  node(path: FilePath): Node | undefined {
    return nodeAt(this.file.root, path);
  }

  /** Where a finding about the value at a path goes: the value, else its key, else the nearest written ancestor. */
  valueRange(path: FilePath): Range {
    const value = this.node(path);
    if (value?.range) return this.rangeOf(value);
    return this.keyRange(path);
  }

  /**
   * Where an empty list entry is: its `~`, `null` or `""` as written, else the `-` that opens it (an
   * entry with nothing after its dash has no text of its own).
   */
  itemRange(path: FilePath): Range {
    const node = this.node(path);
    const range = node?.range;
    if (!range || range[1] > range[0]) return this.rangeOf(node);
    const text = this.file.index.text;
    let dash = range[0] - 1;
    while (dash >= 0 && (text[dash] === ' ' || text[dash] === '\t')) dash--;
    return text[dash] === '-' ? this.file.index.rangeOf(dash, dash + 1) : this.rangeOf(node);
  }

  /** Where a finding about a key goes: the key as written, else the nearest written ancestor's. */
  keyRange(path: FilePath): Range {
    for (let end = path.length; end > 0; end--) {
      const part = path.slice(0, end);
      const key = keyNodeAt(this.file.root, part) ?? (typeof part[end - 1] === 'number' ? this.node(part) : undefined);
      if (key?.range) return this.rangeOf(key);
    }
    return this.file.index.rangeOf(0, 0);
  }
}
