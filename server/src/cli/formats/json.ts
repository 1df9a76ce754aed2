import type { FileReport } from '../report';
import type { Finding, Range } from '../../engine/types';

/** The whole output at once: the definition of the text a JsonWriter writes piece by piece. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports.map(jsonReport), null, 2) + '\n';
}

/**
 * Writes the JSON array one report at a time, as `formatJson` would have laid it out, so a run
 * over thousands of files never holds every file's findings (50,000 objects: 257,000 findings).
 */
export class JsonWriter {
  private first = true;

  add(report: FileReport): string {
    return this.separator() + JsonWriter.body(report);
  }

  /** One report's text as it stands in the array, without the separator before it. */
  static body(report: FileReport): string {
    return reportBody(report);
  }

  /**
   * What goes before the next report's text, the array's opening or a comma after the report
   * before, for a report whose text `body` made (in a `--jobs` worker, say).
   */
  separator(): string {
    const opening = this.first ? '[\n' : ',\n';
    this.first = false;
    return opening;
  }

  end(): string {
    return this.first ? '[]\n' : '\n]\n';
  }
}

function jsonReport(report: FileReport): object {
  return {
    file: report.file,
    ...(report.error ? { error: report.error } : {}),
    ...(report.fixed ? { fixed: report.fixed } : {}),
    ...(report.skipped ? { skipped: report.skipped } : {}),
    findings: report.findings.map(jsonFinding),
  };
}

function jsonFinding(finding: Finding): object {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    concept: finding.concept,
    range: finding.range,
    fixable: !!finding.fix,
    // `safe` fixes are applied on save and by --fix; `unsafe` ones only as a quick fix or with --fix-unsafe.
    ...(finding.fix ? { fixSafety: finding.fix.safety ?? 'unsafe' } : {}),
    // Quick fixes to choose between (one per likely target); never applied by --fix.
    ...(finding.choices ? { choices: finding.choices.map((choice) => choice.title) } : {}),
    ...(finding.related ? { related: finding.related } : {}),
  };
}

/*
 * The same text written directly. With an indent, JSON.stringify leaves V8's fast path: writing
 * the output of 10,000 objects took 314 ms of a 4.8 s lint with it, 100 ms so. Findings of an
 * unexpected shape (a field missing, a range with more than its two positions) are laid out by
 * JSON.stringify itself, so the text never differs.
 */

const q = JSON.stringify;

/** A report as the element of the array, indented by two, without the brackets around it. */
function reportBody(report: FileReport): string {
  let out = `  {\n    "file": ${q(report.file)},\n`;
  if (report.error) out += `    "error": ${q(report.error)},\n`;
  if (report.fixed) out += `    "fixed": ${q(report.fixed)},\n`;
  if (report.skipped) out += `    "skipped": ${q(report.skipped)},\n`;
  const findings = report.findings;
  if (findings.length === 0) return out + '    "findings": []\n  }';
  out += '    "findings": [\n';
  for (let i = 0; i < findings.length; i++) {
    out += findingText(findings[i] as Finding);
    out += i < findings.length - 1 ? ',\n' : '\n';
  }
  return out + '    ]\n  }';
}

const FINDING_INDENT = '      ';

function findingText(finding: Finding): string {
  const range = finding.range;
  if (
    typeof finding.ruleId !== 'string' ||
    typeof finding.severity !== 'string' ||
    typeof finding.message !== 'string' ||
    typeof finding.concept !== 'string' ||
    !isPlainRange(range)
  )
    return indented(jsonFinding(finding), FINDING_INDENT);
  let out =
    `      {\n        "ruleId": ${q(finding.ruleId)},\n        "severity": ${q(finding.severity)},\n` +
    `        "message": ${q(finding.message)},\n        "concept": ${q(finding.concept)},\n` +
    `        "range": {\n          "start": {\n            "line": ${range.start.line},\n` +
    `            "character": ${range.start.character}\n          },\n          "end": {\n` +
    `            "line": ${range.end.line},\n            "character": ${range.end.character}\n` +
    `          }\n        },\n        "fixable": ${finding.fix ? 'true' : 'false'}`;
  if (finding.fix) out += `,\n        "fixSafety": ${q(finding.fix.safety ?? 'unsafe')}`;
  if (finding.choices) out += `,\n        "choices": ${nested(finding.choices.map((choice) => choice.title))}`;
  if (finding.related) out += `,\n        "related": ${nested(finding.related)}`;
  return out + '\n      }';
}

/** A range of exactly two positions of integer line and character, in that order, as engines make them. */
function isPlainRange(range: Range): boolean {
  return isPlainPosition(range.start) && isPlainPosition(range.end) && keysAre(range, 'start', 'end');
}

function isPlainPosition(position: Range['start']): boolean {
  return (
    typeof position === 'object' &&
    position !== null &&
    Number.isInteger(position.line) &&
    Number.isInteger(position.character) &&
    keysAre(position, 'line', 'character')
  );
}

function keysAre(value: object, first: string, second: string): boolean {
  let count = 0;
  for (const key in value) {
    if (count === 0 ? key !== first : count === 1 ? key !== second : true) return false;
    count++;
  }
  return count === 2;
}

/** `value` laid out by JSON.stringify at `indent`: each line after the first indented by that much more. */
function indented(value: unknown, indent: string): string {
  return indent + nested(value, indent);
}

/** A finding's field's value, its first line after the key (JSON strings hold no raw line breaks). */
function nested(value: unknown, indent = '        '): string {
  return q(value, null, 2).replace(/\n/g, `\n${indent}`);
}
