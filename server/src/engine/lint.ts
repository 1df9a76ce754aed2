import { DEFAULT_CONFIG, type Config } from './config';
import { candidateKind, isHelmTemplate } from './detect';
import { DockerfileContext, ParsedDockerfile } from './dockerfile/context';
import { KubernetesContext, KubernetesFileContext } from './kubernetes/context';
import type { YamlDocumentCache } from './kubernetes/document-cache';
import { parseYamlSteps, type K8sObject, type ParsedYaml } from './kubernetes/parse';
import { drain, type Steps } from './steps';
import { format, type DockerfileRule, type KubernetesRule, type Report, type Rule } from './rule';
import type { WorkspaceIndex } from './workspace';
import {
  dockerfileSuppressions,
  isSuppressed,
  isSuppressedByAnnotation,
  yamlCommentSuppressions,
  type Suppressions,
} from './suppress';
import { comparePositions } from './text';
import type { FileKind, Finding, LintResult, Severity } from './types';

export interface LintOptions {
  /** The editor's language id, when known; it wins over the file name. */
  languageId?: string;
  /** Rules to run; the full registry by default. */
  rules?: readonly Rule[];
  /** Parsed documents of this file from earlier runs, so an edit re-parses only what changed. */
  yamlCache?: YamlDocumentCache;
  /** What is known about other files: CRDs, kustomize patches. Without it each file stands alone. */
  workspace?: WorkspaceIndex;
}

/**
 * The one pure function shared by the language server, the CLI and the tests:
 * text in, findings out. It never throws for bad input and never touches the file system.
 */
export function lintWith(
  rules: readonly Rule[],
  text: string,
  uri: string,
  config: Config = DEFAULT_CONFIG,
  options: LintOptions = {},
): LintResult {
  return drain(lintSteps(rules, text, uri, config, options));
}

/** lintWith in steps, for callers that must stay responsive while a long file is linted. */
export function* lintSteps(
  rules: readonly Rule[],
  text: string,
  uri: string,
  config: Config = DEFAULT_CONFIG,
  options: LintOptions = {},
): Steps<LintResult> {
  const candidate = candidateKind(uri, options.languageId);
  // UTF-8 takes at most 3 bytes per UTF-16 unit, so shorter texts cannot be over the limit.
  if (candidate && text.length > MAX_FILE_BYTES / 3 && Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
    if (candidate === 'dockerfile') return fileTooLarge(text, 'dockerfile', config);
    if (isHelmTemplate(uri, text) || !LOOKS_LIKE_KUBERNETES.test(text))
      return { kind: undefined, findings: [], internalErrors: [] };
    return fileTooLarge(text, 'kubernetes', config);
  }
  if (candidate === 'dockerfile') return lintDockerfile(rules, text, uri, config);
  if (candidate === 'yaml' && !isHelmTemplate(uri, text))
    return yield* lintYaml(rules, text, uri, config, options.yamlCache, options.workspace);
  return { kind: undefined, findings: [], internalErrors: [] };
}

/** Files above this size (UTF-8 bytes) are not parsed: no hand-written manifest or Dockerfile is that large. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
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
      size: mb(Buffer.byteLength(text, 'utf8')),
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

function severityFor(rule: Rule, config: Config): Severity | undefined {
  const setting = config.rules[rule.id];
  if (setting === 'off') return undefined;
  if (setting === undefined || setting === 'on') return rule.severity;
  return setting;
}

class Collector {
  readonly findings: Finding[] = [];
  readonly internalErrors: string[] = [];

  constructor(private readonly config: Config) {}

  /** Runs one rule in isolation: a rule that throws is noted once and the others still report. */
  run(rule: Rule, body: (sink: (report: Report) => void) => void, keep: (report: Report) => boolean): void {
    const severity = severityFor(rule, this.config);
    if (!severity) return;
    try {
      body((report) => {
        if (!keep(report)) return;
        this.findings.push({
          ruleId: rule.id,
          severity,
          message: report.message,
          range: report.range,
          concept: rule.concept,
          ...(report.fix && report.fix.edits.length > 0
            ? { fix: { ...report.fix, safety: report.fix.safety ?? rule.fix ?? 'unsafe' } }
            : {}),
          ...(report.related && report.related.length > 0 ? { related: report.related } : {}),
        });
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const note = `rule ${rule.id} failed: ${detail}`;
      if (!this.internalErrors.includes(note)) this.internalErrors.push(note);
    }
  }

  result(kind: FileKind): LintResult {
    const seen = new Set<string>();
    const findings = this.findings
      .filter((f) => {
        const key = `${f.ruleId}|${f.range.start.line}:${f.range.start.character}|${f.range.end.line}:${f.range.end.character}|${f.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => comparePositions(a.range.start, b.range.start) || a.ruleId.localeCompare(b.ruleId));
    return { kind, findings, internalErrors: this.internalErrors };
  }
}

function lintDockerfile(rules: readonly Rule[], text: string, uri: string, config: Config): LintResult {
  const collector = new Collector(config);
  const file = new ParsedDockerfile(text);
  const suppressions = dockerfileSuppressions(file);
  for (const rule of rules) {
    if (rule.target !== 'dockerfile') continue;
    collector.run(
      rule,
      (sink) => (rule as DockerfileRule).check(new DockerfileContext(file, uri, rule, config.locale, sink)),
      (report) => !isSuppressed(rule, report.range.start.line, suppressions),
    );
  }
  return collector.result('dockerfile');
}

function* lintYaml(
  rules: readonly Rule[],
  text: string,
  uri: string,
  config: Config,
  cache: YamlDocumentCache | undefined,
  workspace?: WorkspaceIndex,
): Steps<LintResult> {
  const file = yield* parseYamlSteps(text, cache);
  if (!file.isKubernetes) return { kind: undefined, findings: [], internalErrors: [] };
  const collector = new Collector(config);
  const comments = yamlCommentSuppressions(file.index);
  for (const rule of rules) {
    if (rule.target !== 'kubernetes') continue;
    yield* runKubernetesRule(rule, file, uri, config, collector, comments, workspace);
  }
  const result = collector.result('kubernetes');
  return { ...result, findings: withholdFixesInBrokenDocuments(result.findings, file) };
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
    const touchesBroken = finding.fix?.edits.some(
      (edit) => inBroken(file.index.offsetAt(edit.range.start)) || inBroken(file.index.offsetAt(edit.range.end)),
    );
    if (!touchesBroken) return finding;
    const withheld: Finding = { ...finding };
    delete withheld.fix;
    return withheld;
  });
}

/** Objects checked between two yields. */
const OBJECTS_PER_STEP = 50;

function* runKubernetesRule(
  rule: KubernetesRule,
  file: ParsedYaml,
  uri: string,
  config: Config,
  collector: Collector,
  comments: Suppressions,
  workspace: WorkspaceIndex | undefined,
): Steps<void> {
  const notCommented = (report: Report): boolean => !isSuppressed(rule, report.range.start.line, comments);
  if (rule.checkFile) {
    const checkFile = rule.checkFile.bind(rule);
    collector.run(
      rule,
      (sink) => checkFile(new KubernetesFileContext(file, uri, rule, config.locale, sink, config, workspace)),
      (report) => {
        const owner = objectAt(file, file.index.offsetAt(report.range.start));
        return notCommented(report) && !(owner && isSuppressedByAnnotation(rule, owner));
      },
    );
    yield;
  }
  if (!rule.check) return;
  const check = rule.check.bind(rule);
  for (const [i, object] of file.objects.entries()) {
    if (i % OBJECTS_PER_STEP === OBJECTS_PER_STEP - 1) yield;
    if (rule.kinds && !rule.kinds.includes(object.kind)) continue;
    if (isSuppressedByAnnotation(rule, object)) continue;
    collector.run(
      rule,
      (sink) => check(new KubernetesContext(file, object, uri, rule, config.locale, sink, config, workspace)),
      notCommented,
    );
  }
}

/** The object whose text holds the offset; objects come in document order, so a binary search finds it. */
function objectAt(file: ParsedYaml, offset: number): K8sObject | undefined {
  let low = 0;
  let high = file.objects.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const object = file.objects[mid];
    const range = object?.root.range;
    if (!object || !range)
      return file.objects.find((o) => o.root.range && o.root.range[0] <= offset && offset <= o.root.range[2]);
    if (offset < range[0]) high = mid - 1;
    else if (offset > range[2]) low = mid + 1;
    else return object;
  }
  return undefined;
}
