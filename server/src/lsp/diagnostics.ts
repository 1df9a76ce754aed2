import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
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
  /** How far the fix may be trusted: a `safe` one is also applied on save. */
  fixSafety?: 'safe' | 'unsafe';
}

export function toDiagnostic(finding: Finding, conceptHref: (concept: string) => string, uri: string): Diagnostic {
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    concept: finding.concept,
    fixable: !!finding.fix || !!finding.choices,
    ...(finding.fix?.safety ? { fixSafety: finding.fix.safety } : {}),
  };
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: conceptHref(finding.concept) },
    source: 'cntutor',
    message: finding.message,
    ...(finding.related
      ? {
          relatedInformation: finding.related.map((related) => ({
            location: { uri: related.uri ?? uri, range: related.range },
            message: related.message,
          })),
        }
      : {}),
    data,
  };
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  return !!value && typeof value === 'object' && typeof (value as DiagnosticData).ruleId === 'string';
}
