import { isMap, parseDocument, type Document, type YAMLMap } from 'yaml';
import { Collector, withoutFixes } from './collector';
import type { Config } from './config';
import type { Report, Rule } from './rule';
import { isSuppressed, yamlCommentSuppressions } from './suppress';
import { LineIndex } from './text';
import { plainMapping } from './plain-data';
import type { FileKind, LintResult } from './types';

/**
 * A configuration file that a Go tool decodes with sigs.k8s.io/yaml (Helm's Chart.yaml, kustomize's
 * kustomization.yaml), as its rules read it: the YAML document with its nodes (for ranges and
 * edits) and the plain value, parsed once for every rule. Those tools read YAML 1.1 (go-yaml v2),
 * where `yes` and `on` are booleans: so is it here.
 */
export interface ParsedGoYamlFile {
  index: LineIndex;
  document: Document.Parsed;
  /** The top-level mapping; undefined when the file is empty or holds something else. */
  root: YAMLMap | undefined;
  /** The plain value; undefined when the file is not a mapping or could not be read. */
  value: Record<string, unknown> | undefined;
  /** YAML problems: a syntax error, a key written twice, a second document, an alias bomb. */
  problems: { message: string; start: number; end: number; code?: string }[];
}

/** Far more than any such file uses: past this, alias expansion is taken as an attack. */
const MAX_ALIAS_COUNT = 100;

export function parseGoYamlFile(text: string): ParsedGoYamlFile {
  const index = new LineIndex(text);
  const document = parseDocument(text, { version: '1.1', prettyErrors: false });
  const problems: ParsedGoYamlFile['problems'] = document.errors.map((error) => ({
    message: error.message.split('\n')[0] ?? error.message,
    start: error.pos[0],
    end: Math.max(error.pos[1], error.pos[0]),
    code: error.code,
  }));
  const root = isMap(document.contents) ? document.contents : undefined;
  let value: Record<string, unknown> | undefined;
  if (root && problems.length === 0) {
    const plain = plainMapping(document, root, MAX_ALIAS_COUNT);
    value = plain.value;
    if (plain.failure) problems.push(plain.failure);
  }
  return { index, document, root, value, problems };
}

/**
 * Runs the rules of a Go tool's configuration file over its parse, with `# cntutor ignore=…`
 * comments applied; fixes wait until the file parses, since ranges in a file YAML cannot read may
 * stop short of broken tokens.
 */
export function lintGoYamlFile<R extends Rule>(
  kind: FileKind,
  rules: readonly R[],
  file: ParsedGoYamlFile,
  config: Config,
  check: (rule: R, sink: (report: Report) => void) => void,
): LintResult {
  const suppressions = yamlCommentSuppressions(file.index);
  const collector = new Collector(config);
  for (const rule of rules)
    collector.run(
      rule,
      (sink) => check(rule, sink),
      (report) => !isSuppressed(rule, report.range.start.line, suppressions),
    );
  const result = collector.result(kind);
  return file.problems.length === 0 ? result : { ...result, findings: result.findings.map(withoutFixes) };
}
