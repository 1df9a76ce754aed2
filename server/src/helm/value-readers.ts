/**
 * Where the templates of a chart read a value of its values.yaml, and what they render from it:
 * the hover on a key of values.yaml, so how a value reaches the cluster can be seen without running
 * Helm. Found as the values findings are (lint-values.ts): each template rendered with the values,
 * each directive's `.Values` paths (and `.` inside `with`) held against the key.
 */
import path from 'node:path';
import type { Config } from '../engine/config';
import { LineIndex } from '../engine/text';
import { fileOfTemplate } from './chart-files';
import { renderHelmTemplate } from './lint-template';
import type { HelmValuesFile } from './lint-values';
import { valuePathsOf } from './values-sources';

/** A directive that reads the value, or a part of it, or the map it is in. */
export interface ValueReader {
  /** The template's file, absolute. */
  file: string;
  /** The directive's first line in the template (0-based). */
  line: number;
  directive: string;
  /** What it rendered, each pass of a loop in turn. */
  output: string;
}

/**
 * The directives of the chart's templates that read the value at `key` of the values file in
 * `folder` (a subchart's templates read the parent's `backend.image` as `image`), in template order.
 */
export function readersOf(
  values: HelmValuesFile,
  folder: string,
  key: readonly string[],
  config: Config,
): ValueReader[] {
  const readers: ValueReader[] = [];
  for (const template of values.templates) {
    const { chart } = template;
    // A subchart's templates see the parent's values under the name it is installed as, and `global`.
    const own = path.resolve(chart.root) === path.resolve(folder);
    const under = own || key[0] === 'global' ? [] : [chart.release?.as ?? chart.name];
    if (under.some((part, i) => key[i] !== part)) continue;
    const wanted = key.slice(under.length);
    const source = chart.templates.find((file) => file.name === template.name);
    if (!source || chart.problem || chart.stops || chart.release?.off) continue;
    const rendered = renderHelmTemplate(source.text, template, config);
    if (!rendered.ok) continue;
    const found = new Map<number, ValueReader>();
    const lines = new LineIndex(source.text);
    for (const segment of rendered.segments) {
      if (segment.literal) continue;
      const directive = source.text.slice(segment.sourceStart, segment.sourceEnd);
      const reads = valuePathsOf({ ...segment, directive }).some((read) => related(read, wanted));
      if (!reads) continue;
      const output = rendered.text.slice(segment.outputStart, segment.outputEnd);
      const seen = found.get(segment.sourceStart);
      if (seen) seen.output += `\n${output}`;
      else
        found.set(segment.sourceStart, {
          file: fileOfTemplate(chart, template.name),
          line: lines.positionAt(segment.sourceStart).line,
          directive,
          output,
        });
    }
    readers.push(...found.values());
  }
  return readers;
}

/** Whether a directive reading `read` reads the value at `key`: the same value, a part of it, or a map holding it. */
function related(read: readonly string[], key: readonly string[]): boolean {
  const shorter = Math.min(read.length, key.length);
  for (let i = 0; i < shorter; i++) if (read[i] !== key[i]) return false;
  return true;
}
