import type { PeerTool } from './types';

/**
 * Peer checks that no cntutor rule covers, each with the reason: a deliberate decision, shown in the
 * rules table. A check is either named in some rule's `peers` or listed here, never both.
 */
export const PEER_DECISIONS: Partial<Record<PeerTool, Readonly<Record<string, string>>>> = {};

/** The tools whose every check must be covered or decided; Trivy and Checkov ids are mapped where they match. */
export const TOOLS_COVERED_IN_FULL: readonly PeerTool[] = [
  'hadolint',
  'buildkit',
  'kubeLinter',
  'kubeScore',
  'polaris',
  'pss',
];
