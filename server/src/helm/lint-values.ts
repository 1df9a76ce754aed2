/**
 * A chart's values.yaml linted through the templates that read it. Each template is rendered with
 * the values and linted as its own lint does; a finding on what a directive wrote from a value
 * (`replicas: {{ .Values.replicaCount }}`, or `securityContext:` whose whole value
 * `{{- toYaml .Values.securityContext | nindent 12 }}` wrote) is reported again at the key of
 * values.yaml that sets the value, saying which directive of which template carries it there. So
 * `securityContext: {}` and `image.tag: latest` are reported where they are written, with the
 * template's finding as the explanation. Nothing is guessed from the values' names: a value no
 * template reads, or reads only through a helper or a `with` block, gets no finding here.
 */
import path from 'node:path';
import type { Config } from '../engine/config';
import { format, type Rule } from '../engine/rule';
import type { Steps } from '../engine/steps';
import { isSuppressed, yamlCommentSuppressions } from '../engine/suppress';
import { comparePositions, LineIndex } from '../engine/text';
import type { Finding, LintResult, Locale, Range } from '../engine/types';
import { fileKey, toFileUri } from '../schema/file-key';
import { fileOfTemplate, type HelmChart } from './chart-files';
import { lintHelmTemplate, type HelmTemplate } from './lint-template';
import type { ValuesTrace } from './map-findings';
import { shownPath, valueLocation } from './values-sources';

/** A values.yaml of a chart, with the templates whose rendering reads it. */
export interface HelmValuesFile {
  /** The chart's own manifest templates, and those of its subcharts its release renders with these values. */
  templates: readonly HelmTemplate[];
}

const REACHES: Record<Locale, string> = {
  en: '{message} — `{path}` set here reaches it through `{directive}` in {template}.',
  ko: '{message} — 여기서 정한 `{path}` 값은 {template}의 지시문 `{directive}`에서 출력됩니다.',
};

const REPORTED_THERE: Record<Locale, string> = {
  en: 'The finding in the rendered template',
  ko: '렌더링한 템플릿에서 보고된 위치',
};

/** A directive longer than this is cut in the message (an `include` with a long argument list, say). */
const MAX_DIRECTIVE_CHARS = 70;

interface Traced {
  finding: Finding;
  trace: ValuesTrace;
  chart: HelmChart;
  templateUri: string;
  templateFile: string;
}

/**
 * Lints the values.yaml at `uri` (a `file:` URI, or a path as the CLI gives it): `lintRendered`
 * lints a template's rendered text as manifests, under the template's own URI or path.
 */
export function* lintHelmValues(
  text: string,
  uri: string,
  config: Config,
  values: HelmValuesFile,
  rules: readonly Rule[],
  lintRendered: (template: HelmTemplate, templateUri: string) => ((output: string) => Steps<LintResult>) | undefined,
  /** Only the cross-file rules run (the editor's rerun when another file changed). */
  crossFileOnly = false,
): Steps<LintResult> {
  const asPath = !uri.startsWith('file:');
  const traced: Traced[] = [];
  const internalErrors: string[] = [];
  for (const template of values.templates) {
    const source = template.chart.templates.find((candidate) => candidate.name === template.name);
    if (!source) continue;
    const templateFile = fileOfTemplate(template.chart, template.name);
    const templateUri = toFileUri(templateFile);
    // Linted under the name its own lint uses, for the cross-file rules that know it by that name.
    const linted = lintRendered(template, asPath ? templateFile : templateUri);
    if (!linted) continue;
    const result = yield* lintHelmTemplate(source.text, template, config, linted, crossFileOnly, (finding, trace) =>
      traced.push({ finding, trace, chart: template.chart, templateUri, templateFile }),
    );
    internalErrors.push(...result.internalErrors);
  }
  const index = new LineIndex(text);
  const suppressions = yamlCommentSuppressions(index);
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  // The CLI lints by path, the editor by `file:` URI: both name the file by its key.
  const file = fileKey(uri);
  const folder = path.dirname(file);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const { finding, trace, chart, templateUri, templateFile } of traced) {
    for (const place of placesIn(file, chart, trace.paths)) {
      const rule = rulesById.get(finding.ruleId);
      if (rule && isSuppressed(rule, place.range.start.line, suppressions)) continue;
      // The directives that wrote what the finding is about (`image`'s repository and tag, say), at most two.
      const directive = trace.directives
        .slice(0, 2)
        .map(shortened)
        .join(config.locale === 'ko' ? '`, `' : '` and `');
      const template = path.relative(folder, templateFile).split(path.sep).join('/');
      const message = format(REACHES[config.locale] || REACHES.en, {
        message: finding.message.replace(/\.$/, ''),
        path: shownPath(place.path),
        directive,
        template,
      });
      const key = `${finding.ruleId}\u0000${place.range.start.line}:${place.range.start.character}\u0000${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        ruleId: finding.ruleId,
        severity: finding.severity,
        message,
        range: place.range,
        concept: finding.concept,
        related: [{ uri: templateUri, range: finding.range, message: REPORTED_THERE[config.locale] }],
      });
    }
  }
  findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.ruleId.localeCompare(b.ruleId));
  return { kind: 'kubernetes', findings, internalErrors };
}

/**
 * The keys of this file a finding lands on: where every value it read that is set at all is set
 * here, the nearest key holding them all (`image` for `image.repository` and `image.tag`), else
 * each. A value some other file sets last is that file's to answer for, so then none.
 */
function placesIn(
  file: string,
  chart: HelmChart,
  paths: readonly string[][],
): { path: readonly string[]; range: Range }[] {
  const located = paths
    .map((at) => ({ path: at, location: valueLocation(chart, at) }))
    .filter((entry): entry is { path: string[]; location: { uri: string; range: Range } } => !!entry.location);
  if (located.length === 0 || located.some((entry) => fileKey(entry.location.uri) !== file)) return [];
  if (located.length > 1) {
    const common = commonPrefix(located.map((entry) => entry.path));
    const holder = common.length > 0 ? valueLocation(chart, common) : undefined;
    if (holder && fileKey(holder.uri) === file) return [{ path: common, range: holder.range }];
  }
  return located.map((entry) => ({ path: entry.path, range: entry.location.range }));
}

function commonPrefix(paths: readonly string[][]): string[] {
  const [first = [], ...rest] = paths;
  let length = first.length;
  for (const other of rest) {
    let same = 0;
    while (same < Math.min(length, other.length) && other[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length);
}

function shortened(directive: string): string {
  const flat = directive.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DIRECTIVE_CHARS ? `${flat.slice(0, MAX_DIRECTIVE_CHARS - 1)}…` : flat;
}
