/**
 * Where a lint's findings gather: each rule's reports become findings with the severity the
 * configuration gives, a rule that throws is noted and the others go on, and the result is sorted
 * with duplicates dropped.
 */
import type { Config } from './config';
import { compareCodeUnits } from './order';
import type { Report, Rule } from './rule';
import { timed } from './rule-times';
import { comparePositions } from './text';
import type { FileKind, Finding, LintResult, Severity } from './types';

/** The finding with its fixes and choices withheld (when the text's ranges cannot be trusted). */
export function withoutFixes(finding: Finding): Finding {
  if (!finding.fix && !finding.choices) return finding;
  const plain = { ...finding };
  delete plain.fix;
  delete plain.choices;
  return plain;
}

function severityFor(rule: Rule, config: Config): Severity | undefined {
  const setting = config.rules[rule.id];
  if (setting === 'off') return undefined;
  if (setting === undefined) return rule.enabled === false ? undefined : rule.severity;
  if (setting === 'on') return rule.severity;
  return setting;
}

export class Collector {
  readonly findings: Finding[] = [];
  readonly internalErrors: string[] = [];

  constructor(private readonly config: Config) {}

  /** Runs one rule in isolation: a rule that throws is noted once and the others still report. */
  run(
    rule: Rule,
    body: (sink: (report: Report) => void) => void,
    keep: (report: Report) => boolean,
    asError = false,
  ): void {
    const sink = this.sinkFor(rule, keep, asError);
    if (sink) this.check(rule, body, sink);
  }

  /**
   * Where one rule's reports go, with its severity decided once: undefined when the rule is off.
   * A rule that checks every object of a file takes one sink for all of them.
   */
  sinkFor(rule: Rule, keep: (report: Report) => boolean, asError = false): ((report: Report) => void) | undefined {
    const severity = severityFor(rule, this.config);
    if (!severity) return undefined;
    const setting = this.config.rules[rule.id];
    const configured = setting !== undefined && setting !== 'on';
    // Built field by field, where spreading optional parts made a throwaway object per part of every
    // finding (a 50,000-object run reports 257,000).
    return (report) => {
      if (!keep(report)) return;
      const finding: Finding = {
        ruleId: rule.id,
        severity: asError ? 'error' : configured ? severity : (report.severity ?? severity),
        message: report.message,
        range: report.range,
        concept: rule.concept,
      };
      if (report.fix && report.fix.edits.length > 0)
        finding.fix = { ...report.fix, safety: report.fix.safety ?? rule.fix ?? 'unsafe' };
      if (report.choices && report.choices.length > 0)
        finding.choices = report.choices.map((choice) => ({
          ...choice,
          safety: choice.safety ?? rule.fix ?? 'unsafe',
        }));
      if (report.related && report.related.length > 0) finding.related = report.related;
      this.findings.push(finding);
    };
  }

  /** Runs `body(input)` for `rule`; a throw is noted once per rule and message, and the run goes on. */
  check<T>(rule: Rule, body: (input: T) => void, input: T): void {
    try {
      timed(rule.id, body, input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const note = `rule ${rule.id} failed: ${detail}`;
      if (!this.internalErrors.includes(note)) this.internalErrors.push(note);
    }
  }

  result(kind: FileKind): LintResult {
    return { kind, findings: sortFindings(this.findings), internalErrors: this.internalErrors };
  }
}

/**
 * Findings in document order, each (rule, range, message) once. Rule ids are kebab-case ASCII, so
 * comparing code units orders them as `localeCompare` would (see order.ts for why not that).
 * The sort is stable, so a duplicate sorts after the first of its kind, among the findings of the
 * same rule at the same start: only those are compared, where a key string per finding was built.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const order = (a: Finding, b: Finding): number =>
    comparePositions(a.range.start, b.range.start) || compareCodeUnits(a.ruleId, b.ruleId);
  const kept: Finding[] = [];
  let groupStart = 0;
  for (const finding of [...findings].sort(order)) {
    const first = kept[groupStart];
    if (!first || order(first, finding) !== 0) groupStart = kept.length;
    let duplicate = false;
    for (let i = groupStart; i < kept.length && !duplicate; i++) {
      const other = kept[i] as Finding;
      duplicate = other.message === finding.message && comparePositions(other.range.end, finding.range.end) === 0;
    }
    if (!duplicate) kept.push(finding);
  }
  return kept;
}
