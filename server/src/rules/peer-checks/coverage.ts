import { allRules } from '..';
import { PEER_DECISIONS, TOOLS_COVERED_IN_FULL } from './decisions';
import { PEER_CHECKS, PEER_TOOL_NAMES } from './index';
import type { PeerTool } from './types';

export interface PeerGap {
  tool: PeerTool;
  id: string;
  summary: string;
}

/** The ids each tool's checks are named by in rules' `peers`. */
export function coveredPeerIds(): Map<PeerTool, Map<string, string[]>> {
  const covered = new Map<PeerTool, Map<string, string[]>>();
  for (const rule of allRules()) {
    for (const [tool, ids] of Object.entries(rule.peers) as [PeerTool, string[]][]) {
      const byId = covered.get(tool) ?? new Map<string, string[]>();
      for (const id of ids) byId.set(id, [...(byId.get(id) ?? []), rule.id]);
      covered.set(tool, byId);
    }
  }
  return covered;
}

/** Checks of the fully covered tools that no rule names and no decision explains. */
export function uncoveredPeerChecks(): PeerGap[] {
  const covered = coveredPeerIds();
  const gaps: PeerGap[] = [];
  for (const tool of TOOLS_COVERED_IN_FULL) {
    for (const check of PEER_CHECKS[tool]) {
      if (check.deprecated) continue;
      if (covered.get(tool)?.has(check.id) || PEER_DECISIONS[tool]?.[check.id]) continue;
      gaps.push({ tool, id: check.id, summary: check.summary });
    }
  }
  return gaps;
}

/** The README table of the peer checks no rule covers, each with the decision's reason. */
export function peerDecisionsMarkdown(): string {
  const rows: string[] = [];
  for (const tool of TOOLS_COVERED_IN_FULL) {
    for (const [id, reason] of Object.entries(PEER_DECISIONS[tool] ?? {})) {
      rows.push(`| ${PEER_TOOL_NAMES[tool]} | \`${id}\` | ${reason.replace(/\|/g, '\\|')} |`);
    }
  }
  return ['| Tool | Check | Why no rule covers it |', '|---|---|---|', ...rows].join('\n') + '\n';
}
