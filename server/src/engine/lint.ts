import { DEFAULT_CONFIG, type Config } from './config';
import { candidateKind, isHelmTemplate } from './detect';
import { DockerfileContext, ParsedDockerfile } from './dockerfile/context';
import { KubernetesContext, KubernetesFileContext } from './kubernetes/context';
import type { YamlDocumentCache } from './kubernetes/document-cache';
import { parseYaml, type K8sObject, type ParsedYaml } from './kubernetes/parse';
import type { DockerfileRule, KubernetesRule, Report, Rule } from './rule';
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
  const candidate = candidateKind(uri, options.languageId);
  if (candidate === 'dockerfile') return lintDockerfile(rules, text, uri, config);
  if (candidate === 'yaml' && !isHelmTemplate(uri, text))
    return lintYaml(rules, text, uri, config, options.yamlCache, options.workspace);
  return { kind: undefined, findings: [], internalErrors: [] };
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
          ...(report.fix && report.fix.edits.length > 0 ? { fix: report.fix } : {}),
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

function lintYaml(
  rules: readonly Rule[],
  text: string,
  uri: string,
  config: Config,
  cache: YamlDocumentCache | undefined,
  workspace?: WorkspaceIndex,
): LintResult {
  const file = parseYaml(text, cache);
  if (!file.isKubernetes) return { kind: undefined, findings: [], internalErrors: [] };
  const collector = new Collector(config);
  const comments = yamlCommentSuppressions(file.index);
  for (const rule of rules) {
    if (rule.target !== 'kubernetes') continue;
    runKubernetesRule(rule, file, uri, config, collector, comments, workspace);
  }
  return collector.result('kubernetes');
}

function runKubernetesRule(
  rule: KubernetesRule,
  file: ParsedYaml,
  uri: string,
  config: Config,
  collector: Collector,
  comments: Suppressions,
  workspace: WorkspaceIndex | undefined,
): void {
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
  }
  if (!rule.check) return;
  const check = rule.check.bind(rule);
  for (const object of file.objects) {
    if (rule.kinds && !rule.kinds.includes(object.kind)) continue;
    if (isSuppressedByAnnotation(rule, object)) continue;
    collector.run(
      rule,
      (sink) => check(new KubernetesContext(file, object, uri, rule, config.locale, sink, config, workspace)),
      notCommented,
    );
  }
}

function objectAt(file: ParsedYaml, offset: number): K8sObject | undefined {
  return file.objects.find((o) => o.root.range && o.root.range[0] <= offset && offset <= o.root.range[2]);
}
