/**
 * The engine's vocabulary. Positions follow LSP conventions (zero-based lines, UTF-16 columns)
 * so the language server can hand them over unchanged, yet nothing here depends on the LSP runtime.
 */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export type FileKind = 'dockerfile' | 'kubernetes';
export type Locale = 'en' | 'ko';

/** Names of the equivalent checks in other tools; used for documentation and for honouring their suppressions. */
export interface Peers {
  hadolint?: string[];
  buildkit?: string[];
  kubeLinter?: string[];
  kubeScore?: string[];
  polaris?: string[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  concept: string;
  fix?: Fix;
}

export interface LintResult {
  kind: FileKind | undefined;
  findings: Finding[];
  /** Problems of the engine itself (a rule that threw), reported once per rule and run. */
  internalErrors: string[];
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };
