import { DEFAULT_CONFIG, type Config } from './config';
import { noteCodeUse } from '../code-use';
import { utf8ByteLength } from './byte-length';
import { candidateKind, isHelmTemplate } from './detect';
import { DockerfileContext, ParsedDockerfile } from './dockerfile/context';
import { withoutFixesOnCutShort } from './dockerfile/cut-short';
import { imageFactsOf, type ImageFacts } from './dockerfile/image-facts';
import { indexObject, type IndexedObject } from './kubernetes/facts';
import { Inventory, sharedObjects } from './kubernetes/inventory';
import type { YamlDocumentCache } from './kubernetes/document-cache';
import { parseYamlSteps, type ParsedYaml } from './kubernetes/parse';
import { runCrossFileRule, runObjectRules } from './kubernetes/run-rules';
import { drain, type Steps } from './steps';
import { format, isCrossFileRule, type DockerfileRule, type KubernetesRule, type Report, type Rule } from './rule';
import type { WorkspaceIndex } from './workspace';
import type { BuildContext } from './dockerfile/build-context';
import { dockerfileSuppressions, isSuppressed, raisedToError, yamlCommentSuppressions } from './suppress';
import type { FileKind, Finding, Fix, LintResult } from './types';
import { Collector, withoutFixes } from './collector';
import { composeByReference, lintCompose, readsAsCompose } from './compose/lint-compose';
import { lintChart } from './chart/lint-chart';
import { isChartRequirements } from './chart/parse';
import { chartRendersWhole } from '../helm/whole-chart';
import { lintHelmTemplate, type HelmTemplate } from '../helm/lint-template';
import type { HelmChart } from '../helm/chart-files';
import { lintHelmValues, type HelmValuesFile } from '../helm/lint-values';
import { lintKustomization } from './kustomization/lint-kustomization';
import type { KustomizationSurroundings } from '../kustomize/surroundings';
import type { FileSurroundings } from '../files/path-reader';

export interface LintOptions {
  /** The editor's language id, when known; it wins over the file name. */
  languageId?: string;
  /** Rules to run; the full registry by default. */
  rules?: Rules;
  /** Parsed documents of this file from earlier runs, so an edit re-parses only what changed. */
  yamlCache?: YamlDocumentCache;
  /** What is known about other files: CRDs, kustomize patches, objects. Without it each file stands alone. */
  workspace?: WorkspaceIndex;
  /** What is known about a Dockerfile's build context (its `.dockerignore`); without it those rules stay quiet. */
  buildContext?: BuildContext;
  /**
   * Which rules run: `file` the rules that read this file alone, `workspace` the cross-file rules
   * (an editor reruns those when another file changed), `all` (the default) both.
   */
  scope?: LintScope;
  /**
   * Also return what the workspace index keeps of the file: a manifest's objects
   * (`LintResult.objects`), a Dockerfile's final image (`LintResult.image`).
   */
  indexObjects?: boolean;
  /**
   * The file's objects as the workspace index made them from this very text (the CLI's first lint
   * of a file it indexed): taken instead of being made again, where they match the parse's count.
   */
  indexedObjects?: readonly IndexedObject[];
  /**
   * The chart of a Helm template, read by the caller: the template is then rendered with the
   * chart's values and its output linted; without it a template gets no findings.
   */
  helmTemplate?: HelmTemplate;
  /**
   * The chart folder of a Chart.yaml or of a requirements.yaml beside one (its values and
   * `charts/`), read by the caller, for the rules that compare them.
   */
  helmChart?: HelmChart;
  /**
   * For a chart's values.yaml, the templates that read it, read by the caller: each is rendered and
   * linted, and its findings on what a value wrote are reported at the value (lint-values.ts).
   */
  helmValues?: HelmValuesFile;
  /** For a kustomization, the paths it names as the caller found them; without it those rules stay quiet. */
  kustomizationSurroundings?: KustomizationSurroundings;
  /** For a Compose file, the file system around it; without it the rule about the paths it names stays quiet. */
  composeSurroundings?: FileSurroundings;
}

export type LintScope = 'all' | 'file' | 'workspace';

/**
 * The rules a lint runs: a list, or the rules for each kind of file, asked for once the file's kind
 * is known (the registry loads the Kubernetes rules only when a manifest is linted).
 */
export type Rules = readonly Rule[] | ((kind: FileKind) => readonly Rule[]);

/**
 * The one pure function shared by the language server, the CLI and the tests:
 * text in, findings out. It never throws for bad input and never touches the file system.
 */
export function lintWith(
  rules: Rules,
  text: string,
  uri: string,
  config: Config = DEFAULT_CONFIG,
  options: LintOptions = {},
): LintResult {
  return drain(lintSteps(rules, text, uri, config, options));
}

/** lintWith in steps, for callers that must stay responsive while a long file is linted. */
export function* lintSteps(
  rules: Rules,
  text: string,
  uri: string,
  config: Config = DEFAULT_CONFIG,
  options: LintOptions = {},
): Steps<LintResult> {
  const candidate = composeByReference(candidateKind(uri, options.languageId), uri, options.workspace);
  if (candidate && isOverSizeLimit(text)) {
    if (candidate === 'dockerfile') return fileTooLarge(text, 'dockerfile', config);
    if (candidate === 'compose' && readsAsCompose(text)) return fileTooLarge(text, 'compose', config);
    if (candidate === 'chart') return fileTooLarge(text, 'chart', config);
    if (candidate === 'kustomization') return fileTooLarge(text, 'kustomization', config);
    if (isHelmTemplate(uri, text) || !LOOKS_LIKE_KUBERNETES.test(text))
      return { kind: undefined, findings: [], internalErrors: [] };
    return fileTooLarge(text, 'kubernetes', config);
  }
  if (candidate === 'dockerfile')
    return options.scope === 'workspace'
      ? { kind: 'dockerfile', findings: [], internalErrors: [] }
      : withoutFixesAtLoneCR(text, lintDockerfile(ofKind(rules, 'dockerfile'), text, uri, config, options));
  if (candidate === 'compose' && readsAsCompose(text))
    return withoutFixesAtLoneCR(text, lintCompose(ofKind(rules, 'compose'), text, uri, config, options));
  // A requirements.yaml is a chart's only when the caller found the chart around it.
  if (candidate === 'chart' || (candidate === 'yaml' && options.helmChart && isChartRequirements(uri)))
    return withoutFixesAtLoneCR(text, lintChart(ofKind(rules, 'chart'), text, uri, config, options));
  if (candidate === 'kustomization')
    return withoutFixesAtLoneCR(text, lintKustomization(ofKind(rules, 'kustomization'), text, uri, config, options));
  if (candidate !== 'yaml' && candidate !== 'compose') return { kind: undefined, findings: [], internalErrors: [] };
  const workspaceOnly = options.scope === 'workspace';
  if (options.helmValues) {
    // Each template is linted as its own lint would be, under its own name.
    const { scope, workspace } = options;
    const rendered = (template: HelmTemplate, templateUri: string) =>
      renderedLint(
        rules,
        templateUri,
        config,
        { ...(scope ? { scope } : {}), ...(workspace ? { workspace } : {}) },
        template.chart,
      );
    return yield* lintHelmValues(
      text,
      uri,
      config,
      options.helmValues,
      ofKind(rules, 'kubernetes'),
      rendered,
      workspaceOnly,
    );
  }
  if (!isHelmTemplate(uri, text))
    return withoutFixesAtLoneCR(text, yield* lintYaml(ofKind(rules, 'kubernetes'), text, uri, config, options));
  const { helmTemplate } = options;
  if (!helmTemplate) return { kind: undefined, findings: [], internalErrors: [] };
  const rendered = renderedLint(rules, uri, config, options, helmTemplate.chart);
  if (!rendered) return { kind: undefined, findings: [], internalErrors: [] };
  return withoutFixesAtLoneCR(text, yield* lintHelmTemplate(text, helmTemplate, config, rendered, workspaceOnly));
}

/**
 * How a template of `chart` is linted once rendered: as manifests under `uri`, with the cross-file
 * rules only beside its chart's other templates, all rendered; undefined when only the cross-file
 * rules were asked for and they do not judge it.
 */
function renderedLint(
  rules: Rules,
  uri: string,
  config: Config,
  options: Pick<LintOptions, 'scope' | 'workspace' | 'languageId' | 'indexObjects'>,
  chart: HelmChart,
): ((output: string) => Steps<LintResult>) | undefined {
  const { workspace, languageId, indexObjects } = options;
  const scope = options.scope ?? 'all';
  const crossFile = scope !== 'file' && workspace?.readsHelmTemplates?.() === true && chartRendersWhole(chart, config);
  if (scope === 'workspace' && !crossFile) return undefined;
  return (output) =>
    lintYaml(ofKind(rules, 'kubernetes'), output, uri, config, {
      scope: crossFile ? scope : 'file',
      ...(workspace ? { workspace } : {}),
      ...(languageId ? { languageId } : {}),
      ...(indexObjects ? { indexObjects } : {}),
    });
}

function ofKind(rules: Rules, kind: FileKind): readonly Rule[] {
  return typeof rules === 'function' ? rules(kind) : rules;
}

/**
 * A carriage return alone ends a line for the editor (LSP counts it) but not for Docker's parser,
 * and YAML reads it apart from the lines around it: an edit computed by one reading can join or
 * split lines in the other. A file with one gets its findings without fixes.
 */
function withoutFixesAtLoneCR(text: string, result: LintResult): LintResult {
  if (!LONE_CR.test(text)) return result;
  return { ...result, findings: result.findings.map(withoutFixes) };
}

const LONE_CR = /\r(?!\n)/;

/** Files above this size (UTF-8 bytes) are not parsed: no hand-written manifest or Dockerfile is that large. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Whether a text is over MAX_FILE_BYTES in UTF-8, counting bytes only when it could be. */
export function isOverSizeLimit(text: string): boolean {
  // UTF-8 takes at most 3 bytes per UTF-16 unit, so shorter texts cannot be over the limit.
  return text.length > MAX_FILE_BYTES / 3 && utf8ByteLength(text) > MAX_FILE_BYTES;
}
export const FILE_TOO_LARGE = 'file-too-large';
const LOOKS_LIKE_KUBERNETES = /^[ \t]*(apiVersion|kind)[ \t]*:/m;
const TOO_LARGE_MESSAGE = {
  en: 'This file is {size} MB, over the {limit} MB limit, so it was not checked. Split it into smaller files to have it linted.',
  ko: '이 파일은 {size} MB로 {limit} MB 제한을 넘어 검사하지 않았습니다. 더 작은 파일로 나누면 검사할 수 있습니다.',
};

/** One finding on the first line instead of a parse that would hold the editor or the CI job for minutes. */
function fileTooLarge(text: string, kind: FileKind, config: Config): LintResult {
  const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
  const firstBreak = text.search(/[\r\n]/);
  const finding: Finding = {
    ruleId: FILE_TOO_LARGE,
    severity: 'warning',
    message: format(TOO_LARGE_MESSAGE[config.locale] || TOO_LARGE_MESSAGE.en, {
      size: mb(utf8ByteLength(text)),
      limit: mb(MAX_FILE_BYTES),
    }),
    range: {
      start: { line: 0, character: 0 },
      end: { line: 0, character: firstBreak === -1 ? text.length : firstBreak },
    },
    concept: 'syntax-and-structure',
  };
  return { kind, findings: [finding], internalErrors: [] };
}

function lintDockerfile(
  rules: readonly Rule[],
  text: string,
  uri: string,
  config: Config,
  options: LintOptions,
): LintResult {
  noteCodeUse('dockerfile');
  const buildContext = options.buildContext;
  const collector = new Collector(config);
  const file = new ParsedDockerfile(text);
  const suppressions = dockerfileSuppressions(file);
  // Checks a project ignores (hadolint's `ignored`) drop the findings that stand for them alone; a rule
  // standing for several checks as a whole is switched off only when all are ignored (the config's job).
  const ignored = new Set(config.ignoredChecks.map((id) => id.toLowerCase()));
  const ignoredCheck = (report: Report): boolean =>
    !!report.peerIds?.length && report.peerIds.every((id) => ignored.has(id.toLowerCase()));
  for (const rule of rules) {
    if (rule.target !== 'dockerfile') continue;
    collector.run(
      rule,
      (sink) =>
        (rule as DockerfileRule).check(
          new DockerfileContext(file, uri, rule, config.locale, sink, config, buildContext),
        ),
      (report) => !ignoredCheck(report) && !isSuppressed(rule, report.range.start.line, suppressions, report.peerIds),
      raisedToError(rule, suppressions),
    );
  }
  const result = collector.result('dockerfile');
  const image = options.indexObjects ? imageOf(file, uri, result) : undefined;
  return { ...result, findings: withoutFixesOnCutShort(result.findings, file), ...(image ? { image } : {}) };
}

/** The image facts, read from the parse the rules used; a failure is noted like a rule's and leaves none. */
function imageOf(file: ParsedDockerfile, uri: string, result: LintResult): ImageFacts | undefined {
  try {
    return imageFactsOf(file, uri);
  } catch (error) {
    result.internalErrors.push(`image facts failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

function* lintYaml(
  rules: readonly Rule[],
  text: string,
  uri: string,
  config: Config,
  options: LintOptions,
): Steps<LintResult> {
  const file = yield* parseYamlSteps(text, options.yamlCache);
  if (!file.isKubernetes) return { kind: undefined, findings: [], internalErrors: [] };
  noteCodeUse('kubernetes');
  const collector = new Collector(config);
  const comments = yamlCommentSuppressions(file.index);
  const workspace = options.workspace;
  const scope = options.scope ?? 'all';
  // Cross-file rules wait for the first scan, and a kustomize patch is no object of its own to relate.
  const crossFile =
    scope !== 'file' && workspace?.isComplete?.() !== false && workspace?.isKustomizePatch?.(uri) !== true;
  const objectRules: KubernetesRule[] = [];
  const crossFileRules: KubernetesRule[] = [];
  for (const rule of rules) {
    if (rule.target !== 'kubernetes') continue;
    if (isCrossFileRule(rule)) {
      if (crossFile) crossFileRules.push(rule);
    } else if (scope !== 'workspace') objectRules.push(rule);
  }
  const run = { file, uri, config, collector, comments, workspace };
  yield* runObjectRules(objectRules, run);
  let inventory: Inventory | undefined;
  for (const rule of crossFileRules) {
    inventory ??= new Inventory(
      uri,
      file,
      () => workspace?.objectsOutside?.(uri) ?? [],
      sharedObjects(workspace, uri),
      options.indexedObjects,
    );
    yield* runCrossFileRule(rule, run, inventory);
  }
  const result = collector.result('kubernetes');
  return {
    ...result,
    findings: withholdFixesInBrokenDocuments(result.findings, file),
    ...(options.indexObjects
      ? { objects: inventory ? [...inventory.own] : file.objects.map((object) => indexObject(object, uri, file.index)) }
      : {}),
  };
}

/**
 * A document with syntax errors has no trustworthy node ranges: an edit computed from them can land
 * inside a broken string and fire again on every pass. Its findings stay; their fixes wait until it parses.
 */
function withholdFixesInBrokenDocuments(findings: Finding[], file: ParsedYaml): Finding[] {
  // A document reaches to where the next begins: its node ranges can stop short of trailing broken tokens.
  const broken = file.documents.flatMap((document, i) =>
    document.errors.length > 0 ? [[document.range[0], file.documents[i + 1]?.range[0] ?? Infinity] as const] : [],
  );
  if (broken.length === 0) return findings;
  const inBroken = (offset: number): boolean => broken.some(([start, end]) => start <= offset && offset < end);
  return findings.map((finding) => {
    const touches = (fix: Fix | undefined): boolean =>
      !!fix?.edits.some(
        (edit) => inBroken(file.index.offsetAt(edit.range.start)) || inBroken(file.index.offsetAt(edit.range.end)),
      );
    if (!touches(finding.fix) && !finding.choices?.some(touches)) return finding;
    return withoutFixes(finding);
  });
}
