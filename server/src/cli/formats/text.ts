import type { Severity } from '../../engine/types';
import type { FileReport } from '../report';

const COLORS: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '90' };

export function formatText(reports: readonly FileReport[], color: boolean): string {
  const paint = (code: string, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixed = 0;
  for (const report of reports) {
    fixed += report.fixed ?? 0;
    if (report.error) {
      lines.push(`${report.file}: ${paint('31', 'error')} ${report.error}`);
      counts.error++;
      continue;
    }
    for (const finding of report.findings) {
      counts[finding.severity]++;
      const where = `${report.file}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      const fixable = finding.fix ? ' (fixable)' : '';
      lines.push(
        `${where}: ${paint(COLORS[finding.severity], finding.severity)} ${finding.message} ${paint('90', `[${finding.ruleId}]`)}${fixable}`,
      );
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const summary =
    total === 0
      ? `${reports.length} file(s) checked, no findings`
      : `${reports.length} file(s) checked: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info, ${counts.hint} hint(s)`;
  lines.push(fixed > 0 ? `${summary}; ${fixed} fix(es) applied` : summary);
  return lines.join('\n') + '\n';
}
