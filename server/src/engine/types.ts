/**
 * The engine's vocabulary. Positions follow LSP conventions (zero-based lines, UTF-16 columns)
 * so the language server can hand them over unchanged, yet nothing here depends on the LSP runtime.
 */
import type { ImageFacts } from './dockerfile/image-facts';
import type { IndexedObject } from './kubernetes/facts';

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
  /** Set by the engine from the rule unless the rule decided for this fix (see FixSafety). */
  safety?: 'safe' | 'unsafe';
}
/** A place elsewhere that explains a finding, e.g. the Deployment a Service was meant to select. */
export interface RelatedLocation {
  /** The file's URI; absent for the file of the finding itself. */
  uri?: string;
  range: Range;
  message: string;
}

/** `chart` is a Helm chart's Chart.yaml. */
export type FileKind = 'dockerfile' | 'kubernetes' | 'compose' | 'chart' | 'kustomization';
export type Locale = 'en' | 'ko';

/** Names of the equivalent checks in other tools; used for documentation and for honouring their suppressions. */
export interface Peers {
  hadolint?: string[];
  buildkit?: string[];
  kubeLinter?: string[];
  kubeScore?: string[];
  polaris?: string[];
  /** Pod Security Standards controls, e.g. `privileged-containers`. */
  pss?: string[];
  trivy?: string[];
  checkov?: string[];
  /** dclint (Docker Compose linter) rule names, e.g. `no-unbound-port-interfaces`. */
  dclint?: string[];
  /** `helm lint`'s checks, by the name of Helm's function that makes each (`validateChartVersion`). */
  helmLint?: string[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  concept: string;
  fix?: Fix;
  /**
   * Fixes a person chooses between (one per likely target, say): offered as quick fixes beside
   * `fix`, never applied by fix-all or the CLI, which cannot know which one was meant.
   */
  choices?: Fix[];
  related?: RelatedLocation[];
}

export interface LintResult {
  kind: FileKind | undefined;
  findings: Finding[];
  /** Problems of the engine itself (a rule that threw), reported once per rule and run. */
  internalErrors: string[];
  /** The file's Kubernetes objects as the workspace index keeps them, when asked for with `indexObjects`. */
  objects?: IndexedObject[];
  /** A Dockerfile's final image as the workspace index keeps it, when asked for with `indexObjects`. */
  image?: ImageFacts;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };
