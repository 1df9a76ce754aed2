/**
 * Where a value a template reads is set: the line of values.yaml (or of the last values file that
 * sets it) behind `{{ .Values.securityContext }}`, so a finding on what a directive wrote can point
 * at the place to change. Helm lays the files over each other in order, so the last one that sets
 * the path is the one that counts.
 */
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { keyNodeAt, nodeAt } from '../engine/kubernetes/parse';
import { LineIndex } from '../engine/text';
import type { Range } from '../engine/types';
import { toFileUri } from '../schema/file-key';
import type { HelmChart } from './chart-files';

interface ParsedSource {
  uri: string;
  index: LineIndex;
  root: Node | undefined;
  under: readonly string[];
}

const parsed = new WeakMap<HelmChart, ParsedSource[]>();

function sourcesOf(chart: HelmChart): ParsedSource[] {
  let sources = parsed.get(chart);
  if (!sources) {
    sources = (chart.valuesSources ?? []).map(({ file, text, under }) => {
      // As Helm reads values: YAML 1.1. A file that does not parse has no places to give.
      const document = parseDocument(text, { version: '1.1', prettyErrors: false, logLevel: 'silent' });
      const root = document.errors.length === 0 && isMap(document.contents) ? document.contents : undefined;
      return { uri: toFileUri(file), index: new LineIndex(text), root, under: under ?? [] };
    });
    parsed.set(chart, sources);
  }
  return sources;
}

/** The key that sets the value at `path` (`['image', 'tag']`), in the last file that sets it. */
export function valueLocation(chart: HelmChart, path: readonly string[]): { uri: string; range: Range } | undefined {
  if (path.length === 0) return undefined;
  const sources = sourcesOf(chart);
  for (let i = sources.length - 1; i >= 0; i--) {
    const source = sources[i] as ParsedSource;
    const place = placeOf(source.root, path[0] === 'global' ? path : [...source.under, ...path]);
    if (place) return { uri: source.uri, range: source.index.rangeOf(place[0], place[1]) };
  }
  return undefined;
}

/** `env[0].name` for `['env', '[0]', 'name']`: a list's index as the chart's users write it. */
export function shownPath(path: readonly string[]): string {
  return path.join('.').replace(/\.\[/g, '[');
}

/**
 * Where the value at a path sits: its key in a map; for an item of a list (`[0]`), the item's
 * first key, or the item itself when it is no map.
 */
function placeOf(root: Node | undefined, path: readonly string[]): [number, number] | undefined {
  const steps = path.map((part) => {
    const index = /^\[(\d+)\]$/.exec(part)?.[1];
    return index === undefined ? part : Number(index);
  });
  const last = steps[steps.length - 1];
  if (typeof last === 'string') {
    const key = keyNodeAt(root, steps);
    return key?.range ? [key.range[0], key.range[1]] : undefined;
  }
  const list = nodeAt(root, steps.slice(0, -1));
  const item = isSeq(list) && last !== undefined ? (list.items[last] as Node | undefined) : undefined;
  const first = isMap(item) ? (item.items[0]?.key as Node | undefined) : item;
  return first?.range ? [first.range[0], first.range[1]] : undefined;
}

/**
 * The values an action read: those its text names (valuePathsIn), then those the named templates
 * it called read (`include "shop.image" .`), each once, at most `limit`.
 */
export function valuePathsOf(
  action: { directive: string; dot?: readonly string[]; reads?: readonly (readonly string[])[] },
  limit = 3,
): string[][] {
  const paths = [
    ...valuePathsIn(action.directive, limit, action.dot),
    ...(action.reads ?? []).map((read) => [...read]),
  ];
  return uniquePaths(paths).slice(0, limit);
}

/** Each path once, in order. */
export function uniquePaths(paths: readonly string[][]): string[][] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = path.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `.Values.a.b`, `$.Values.a.b` and `$root.Values.a.b` in a directive's text, each path once, in
 * order (at most `limit`). Given where the directive's `.` is in `.Values` (inside `{{ with
 * .Values.securityContext }}`), `.` and `.runAsUser` name values too.
 */
export function valuePathsIn(directive: string, limit = 3, dot?: readonly string[]): string[][] {
  const paths: string[][] = [];
  const seen = new Set<string>();
  const add = (path: string[]): boolean => {
    const key = path.join('.');
    if (!seen.has(key)) {
      seen.add(key);
      paths.push(path);
    }
    return paths.length >= limit;
  };
  for (const match of directive.matchAll(/(?<![\w.)\]])(?:\$\w*)?\.Values((?:\.[A-Za-z_]\w*)+)/g))
    if (add((match[1] ?? '').slice(1).split('.'))) return paths;
  if (!dot) return paths;
  // Text in quotes is no field: `default "a.b"`.
  const code = directive.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, '""');
  for (const match of code.matchAll(/(?<![\w.)\]$"])\.((?:[A-Za-z_]\w*)(?:\.[A-Za-z_]\w*)*)?(?![\w.])/g)) {
    const fields = match[1];
    if (fields === 'Values' || fields?.startsWith('Values.')) continue;
    if (add([...dot, ...(fields ? fields.split('.') : [])])) break;
  }
  return paths.filter((path) => path.length > 0);
}
