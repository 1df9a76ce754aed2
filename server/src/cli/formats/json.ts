import type { FileReport } from '../report';
import type { Finding, Range } from '../../engine/types';
import { ByteSink } from './byte-sink';

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

  /** The separator before the report, then the report's text, as UTF-8. */
  add(report: FileReport): Uint8Array {
    return reportBody(report, this.separator());
  }

  /** One report's text as it stands in the array, without the separator before it, as UTF-8. */
  static body(report: FileReport): Uint8Array {
    return reportBody(report, '');
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
 * The same text written directly, as UTF-8 bytes (see byte-sink.ts). With an indent,
 * JSON.stringify leaves V8's fast path: writing the output of 10,000 objects took 314 ms of a
 * 4.8 s lint with it, 100 ms so. Findings of an unexpected shape (a field missing, a range with
 * more than its two positions) are laid out by JSON.stringify itself, so the text never differs.
 */

const q = JSON.stringify;
const sink = new ByteSink();

/** The layout's fixed parts, as bytes. */
const LAYOUT = {
  reportOpen: '  {\n    "file": ',
  error: ',\n    "error": ',
  fixed: ',\n    "fixed": ',
  skipped: ',\n    "skipped": ',
  noFindings: ',\n    "findings": []\n  }',
  findingsOpen: ',\n    "findings": [\n',
  findingsClose: '\n    ]\n  }',
  between: ',\n',
  ruleId: '      {\n        "ruleId": ',
  severity: ',\n        "severity": ',
  message: ',\n        "message": ',
  concept: ',\n        "concept": ',
  startLine: ',\n        "range": {\n          "start": {\n            "line": ',
  startCharacter: ',\n            "character": ',
  endLine: '\n          },\n          "end": {\n            "line": ',
  endCharacter: ',\n            "character": ',
  fixable: '\n          }\n        },\n        "fixable": true',
  notFixable: '\n          }\n        },\n        "fixable": false',
  fixSafety: ',\n        "fixSafety": ',
  choices: ',\n        "choices": ',
  related: ',\n        "related": ',
  findingClose: '\n      }',
};
const BYTES = Object.fromEntries(Object.entries(LAYOUT).map(([name, text]) => [name, ByteSink.fixed(text)])) as Record<
  keyof typeof LAYOUT,
  Uint8Array
>;

/**
 * Rule ids, severities, concepts and fix safeties repeat across findings from a small set: each is
 * quoted and encoded once. Bounded, so that values of another kind never make it grow without end.
 */
const quotedNames = new Map<string, Uint8Array>();
const QUOTED_NAMES_KEPT = 4096;

function writeName(value: string): void {
  let bytes = quotedNames.get(value);
  if (bytes === undefined) {
    if (quotedNames.size >= QUOTED_NAMES_KEPT) {
      sink.text(q(value));
      return;
    }
    bytes = ByteSink.fixed(q(value));
    quotedNames.set(value, bytes);
  }
  sink.copy(bytes);
}

/** A value as a template literal would have written `${JSON.stringify(value)}`. */
function writeQuoted(value: unknown): void {
  sink.text(String(q(value)));
}

/** `before`, then a report as the element of the array, indented by two, without the brackets around it. */
function reportBody(report: FileReport, before: string): Uint8Array {
  // Whatever a report that threw part way left behind is not this report's.
  sink.clear();
  sink.text(before);
  sink.copy(BYTES.reportOpen);
  writeQuoted(report.file);
  if (report.error) {
    sink.copy(BYTES.error);
    writeQuoted(report.error);
  }
  if (report.fixed) {
    sink.copy(BYTES.fixed);
    writeQuoted(report.fixed);
  }
  if (report.skipped) {
    sink.copy(BYTES.skipped);
    writeQuoted(report.skipped);
  }
  const findings = report.findings;
  if (findings.length === 0) {
    sink.copy(BYTES.noFindings);
    return sink.take();
  }
  sink.copy(BYTES.findingsOpen);
  for (let i = 0; i < findings.length; i++) {
    if (i > 0) sink.copy(BYTES.between);
    writeFinding(findings[i] as Finding);
  }
  sink.copy(BYTES.findingsClose);
  return sink.take();
}

const FINDING_INDENT = '      ';

function writeFinding(finding: Finding): void {
  const range = finding.range;
  if (
    typeof finding.ruleId !== 'string' ||
    typeof finding.severity !== 'string' ||
    typeof finding.message !== 'string' ||
    typeof finding.concept !== 'string' ||
    !isPlainRange(range)
  ) {
    sink.text(indented(jsonFinding(finding), FINDING_INDENT));
    return;
  }
  sink.copy(BYTES.ruleId);
  writeName(finding.ruleId);
  sink.copy(BYTES.severity);
  writeName(finding.severity);
  sink.copy(BYTES.message);
  sink.text(q(finding.message));
  sink.copy(BYTES.concept);
  writeName(finding.concept);
  sink.copy(BYTES.startLine);
  sink.number(range.start.line);
  sink.copy(BYTES.startCharacter);
  sink.number(range.start.character);
  sink.copy(BYTES.endLine);
  sink.number(range.end.line);
  sink.copy(BYTES.endCharacter);
  sink.number(range.end.character);
  sink.copy(finding.fix ? BYTES.fixable : BYTES.notFixable);
  if (finding.fix) {
    sink.copy(BYTES.fixSafety);
    writeName(finding.fix.safety ?? 'unsafe');
  }
  if (finding.choices) {
    sink.copy(BYTES.choices);
    sink.text(nested(finding.choices.map((choice) => choice.title)));
  }
  if (finding.related) {
    sink.copy(BYTES.related);
    sink.text(nested(finding.related));
  }
  sink.copy(BYTES.findingClose);
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
