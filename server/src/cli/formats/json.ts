import type { FileReport } from '../report';

/** The whole output at once: the same text a JsonWriter writes piece by piece. */
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
    return this.addBody(JsonWriter.body(report));
  }

  /** One report's text as it stands in the array, without the separator before it. */
  static body(report: FileReport): string {
    // A one-element array is laid out with its element indented as in the whole array: only its
    // brackets are cut (re-indenting the element's lines took 1 s of 134 MB of output).
    return JSON.stringify([jsonReport(report)], null, 2).slice(2, -2);
  }

  /** Adds a report whose text `body` made (in a `--jobs` worker, say). */
  addBody(body: string): string {
    const opening = this.first ? '[\n' : ',\n';
    this.first = false;
    return opening + body;
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
    findings: report.findings.map((finding) => ({
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
    })),
  };
}
