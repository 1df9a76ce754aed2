import type { FileReport } from '../report';

export function formatJson(reports: readonly FileReport[]): string {
  return (
    JSON.stringify(
      reports.map((report) => ({
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
      })),
      null,
      2,
    ) + '\n'
  );
}
