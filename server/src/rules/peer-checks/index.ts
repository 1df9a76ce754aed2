import { BUILDKIT_CHECKS } from './buildkit';
import { CHECKOV_CHECKS } from './checkov';
import { DCLINT_CHECKS } from './dclint';
import { HADOLINT_CHECKS } from './hadolint';
import { HELM_LINT_CHECKS } from './helm-lint';
import { KUBE_LINTER_CHECKS } from './kube-linter';
import { KUBE_SCORE_CHECKS } from './kube-score';
import { POLARIS_CHECKS } from './polaris';
import { PSS_CHECKS } from './pss';
import { TRIVY_CHECKS } from './trivy';
import type { PeerCheck, PeerTool } from './types';

export type { PeerCheck, PeerTool } from './types';

/**
 * Every check of the peer tools, per tool, in the tool's own order. Reference data only: which
 * cntutor rule covers a peer check is recorded by the rules, not here. Sources and counts are in
 * docs/peer-checks.md and in each list's header comment.
 */
export const PEER_CHECKS: Readonly<Record<PeerTool, readonly PeerCheck[]>> = {
  hadolint: HADOLINT_CHECKS,
  buildkit: BUILDKIT_CHECKS,
  kubeLinter: KUBE_LINTER_CHECKS,
  kubeScore: KUBE_SCORE_CHECKS,
  polaris: POLARIS_CHECKS,
  pss: PSS_CHECKS,
  trivy: TRIVY_CHECKS,
  checkov: CHECKOV_CHECKS,
  dclint: DCLINT_CHECKS,
  helmLint: HELM_LINT_CHECKS,
};

/** How each tool is named on screen. */
export const PEER_TOOL_NAMES: Readonly<Record<PeerTool, string>> = {
  hadolint: 'hadolint',
  buildkit: 'BuildKit',
  kubeLinter: 'kube-linter',
  kubeScore: 'kube-score',
  polaris: 'Polaris',
  pss: 'Pod Security Standards',
  trivy: 'Trivy',
  checkov: 'Checkov',
  dclint: 'dclint',
  helmLint: 'helm lint',
};

/** The tools in display order. */
export const PEER_TOOLS: readonly PeerTool[] = Object.keys(PEER_TOOL_NAMES) as PeerTool[];

/** One tool's check by id, or undefined when the tool has no such check. */
export function findPeerCheck(tool: PeerTool, id: string): PeerCheck | undefined {
  return PEER_CHECKS[tool].find((check) => check.id === id);
}
