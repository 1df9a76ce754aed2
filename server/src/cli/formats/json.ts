import type { FileReport } from '../report';
import { findRule } from '../../rules';

export function formatJson(reports: readonly FileReport[]): string {
  return (
    JSON.stringify(
      reports.map((report) => ({
        file: report.file,
        ...(report.error ? { error: report.error } : {}),
        ...(report.fixed ? { fixed: report.fixed } : {}),
        findings: report.findings.map((finding) => ({
          ruleId: finding.ruleId,
          severity: finding.severity,
          message: finding.message,
          concept: finding.concept,
          range: finding.range,
          fixable: !!finding.fix,
          // Editors apply on save only fixes that keep the workload running as before.
          fixOnSave: !!finding.fix && !findRule(finding.ruleId)?.fixChangesBehaviour,
        })),
      })),
      null,
      2,
    ) + '\n'
  );
}
