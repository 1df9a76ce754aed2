import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Finding, Severity } from '../engine/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a code action needs to find the finding again; never the message text. */
export interface DiagnosticData {
  ruleId: string;
  concept: string;
  fixable: boolean;
}

export function toDiagnostic(finding: Finding, conceptHref: (concept: string) => string): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId, concept: finding.concept, fixable: !!finding.fix };
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: conceptHref(finding.concept) },
    source: 'cntutor',
    message: finding.message,
    data,
  };
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  return !!value && typeof value === 'object' && typeof (value as DiagnosticData).ruleId === 'string';
}
