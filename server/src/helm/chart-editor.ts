/**
 * Chart.yaml (and a chart's requirements.yaml) in the editor: the hover on a key says what Helm does
 * with it, and completion offers the keys Helm reads where the cursor is (the chart's own, a
 * maintainer's, a dependency's) and the values of `apiVersion` and `type`. The words come from
 * Helm's chart model (chart-metadata.ts); the cursor's place is found as in a Compose file, from
 * indentation while a line is being typed.
 */
import { parseDocument, type Node } from 'yaml';
import { keyAt } from '../compose-schema/hover';
import { lineAt, pathAbove, siblingKeys, TYPING_KEY, type ComposeCompletion } from '../compose-schema/completion';
import type { Locale } from '../engine/types';
import { fieldsAt, findField, type ChartField, type FieldType } from './chart-metadata';
import type { HelmChart } from './chart-files';
import { conditionValues, dependenciesOf } from './dependencies';
import { isRecord } from '../engine/plain-data';

export interface ChartHover {
  /** Markdown. */
  contents: string;
  start: number;
  end: number;
}

/** A completion item by offsets in the text, as a Compose file's. */
export type ChartCompletion = ComposeCompletion;

const TYPE_WORDS: Record<FieldType, readonly [string, string]> = {
  string: ['text', '텍스트'],
  bool: ['boolean', '불리언'],
  strings: ['list of text', '텍스트 목록'],
  stringMap: ['map of text', '텍스트 매핑'],
  list: ['list', '목록'],
  maintainers: ['list of maintainers', '유지보수자 목록'],
  dependencies: ['list of dependencies', '의존성 목록'],
};

const VALUES: Record<string, readonly string[]> = {
  apiVersion: ['v2', 'v1'],
  type: ['application', 'library'],
};

export function chartHoverAt(
  text: string,
  offset: number,
  locale: Locale = 'en',
  /** The file hovered: Chart.yaml, or the chart's requirements.yaml, which Helm decodes over it. */
  fileName = 'Chart.yaml',
): ChartHover | undefined {
  const document = parseDocument(text, { version: '1.1', prettyErrors: false, logLevel: 'silent' });
  const found = keyAt(document.contents as Node | null, offset, []);
  if (!found) return undefined;
  const field = fieldOf(found.path);
  if (!field) return undefined;
  const ko = locale === 'ko';
  const lines = [
    `**\`${field.key}\`** · ${fileName}`,
    field.description[ko ? 'ko' : 'en'],
    `${ko ? '형식' : 'Type'}: ${TYPE_WORDS[field.type][ko ? 1 : 0]}`,
  ];
  return { contents: lines.join('\n\n'), start: found.start, end: found.end };
}

/** The field a path of keys and list indexes names, in Helm's model. */
function fieldOf(path: readonly string[]): ChartField | undefined {
  const key = path[path.length - 1];
  if (key === undefined) return undefined;
  const fields = fieldsAt(path.slice(0, -1));
  return fields ? findField(fields, key) : undefined;
}

/** Chart-level keys Helm 3 reads but does nothing with: never offered. */
const UNUSED_AT_TOP = new Set(['condition', 'tags']);

const TYPING_VALUE = /^( *)(- )?([\w-]+) *: +([\w.-]*)$/;

/**
 * Completion in Chart.yaml at `offset`; with the chart's folder as read (`chart`), a dependency's
 * `condition` is offered the boolean values it can name.
 */
export function chartCompletionsAt(
  text: string,
  offset: number,
  locale: Locale = 'en',
  chart?: HelmChart,
  /** The chart's requirements.yaml, where Helm should read only `dependencies`. */
  requirements = false,
): ChartCompletion[] {
  const { lineStart, before, lines } = lineAt(text, offset);
  const ko = locale === 'ko';
  const value = TYPING_VALUE.exec(before);
  if (value) {
    const key = value[3] ?? '';
    const start = offset - (value[4] ?? '').length;
    if ((value[1] ?? '') !== '' || value[2])
      return key === 'condition' && chart ? conditionChoices(text, chart, start, offset) : [];
    return (VALUES[key] ?? []).map((choice) => ({
      label: choice,
      detail: key,
      start,
      end: offset,
      insertText: choice,
    }));
  }
  const typed = TYPING_KEY.exec(before);
  if (!typed) return [];
  const column = (typed[1] ?? '').length + (typed[2] ? 2 : 0);
  const path = pathAbove(lines, column, typed[2] !== undefined);
  if (!path) return [];
  const fields = fieldsAt(path);
  if (!fields) return [];
  const present = siblingKeys(text, lineStart, column);
  const start = offset - (typed[3] ?? '').length;
  return fields
    .filter((field) => !present.has(field.key) && !(path.length === 0 && UNUSED_AT_TOP.has(field.key)))
    .filter((field) => !requirements || path.length > 0 || field.key === 'dependencies')
    .map((field) => ({
      label: field.key,
      detail: TYPE_WORDS[field.type][ko ? 1 : 0],
      documentation: field.description[ko ? 'ko' : 'en'],
      start,
      end: offset,
      insertText: `${field.key}: `,
    }));
}

/** At most this many values are offered for a condition. */
const MAX_CONDITION_CHOICES = 200;

/**
 * The boolean values a condition can name, as Helm reads them (the chart's values over its
 * subcharts' own): `….enabled` first, as charts name their switches so.
 */
function conditionChoices(text: string, chart: HelmChart, start: number, end: number): ChartCompletion[] {
  let written: unknown;
  try {
    written = parseDocument(text, { version: '1.1', prettyErrors: false, logLevel: 'silent' }).toJS({
      maxAliasCount: 100,
    });
  } catch {
    written = undefined;
  }
  const dependencies = isRecord(written) ? dependenciesOf(written) : [];
  const values = conditionValues(chart.values, chart.subcharts ?? [], dependencies);
  const found: [string, boolean][] = [];
  const walk = (table: Record<string, unknown>, prefix: string): void => {
    for (const [key, value] of Object.entries(table)) {
      // A key with a dot cannot be named in a path.
      if (found.length >= MAX_CONDITION_CHOICES || key.includes('.') || key === '') continue;
      if (typeof value === 'boolean') found.push([prefix + key, value]);
      else if (isRecord(value)) walk(value, `${prefix}${key}.`);
    }
  };
  walk(values, '');
  return found.map(([path, value]) => ({
    label: path,
    detail: String(value),
    sortText: `${path.endsWith('.enabled') ? 0 : 1}${path}`,
    start,
    end,
    insertText: path,
  }));
}
