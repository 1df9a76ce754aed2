/**
 * The peer tools whose checks are catalogued, so the rules table can say, for each of their
 * checks, which cntutor rule covers it or why none does.
 */
export type PeerTool =
  | 'hadolint'
  | 'buildkit'
  | 'kubeLinter'
  | 'kubeScore'
  | 'polaris'
  | 'pss'
  | 'trivy'
  | 'checkov'
  | 'dclint'
  | 'helmLint';

export interface PeerCheck {
  /** Exactly as the tool names it: DL3008, JSONArgsRecommended, latest-tag, container-resources, runAsRootAllowed, ... */
  id: string;
  /** One line in English, written for this catalogue (not the tool's own wording). */
  summary: string;
  /** The tool's default severity, where it has one (hadolint: error/warning/info/style/ignore; Polaris: danger/warning). */
  severity?: string;
  /** Runs without being asked for: kube-linter "enabled by default", kube-score not optional, Polaris in its default config. */
  defaultOn?: boolean;
  /** Removed from, or retired by, the tool but still known by its id (old ignore lists and configs name it). */
  deprecated?: boolean;
  /** Only runs when the user opts into the tool's experimental checks. */
  experimental?: boolean;
  /** Kubernetes kinds the check looks at, where it is narrower than "any object". */
  kinds?: readonly string[];
}
