import { MarkupContent, type Hover } from 'vscode-languageserver';
import { findRule } from '../rules';
import type { Finding, Locale, Severity } from '../engine/types';
import { SEVERITY_RANK } from '../engine/types';
import { conceptLineMarkdown, escapeMarkdown, explainRule, explanationMarkdown } from '../teaching/explain';

const ICON: Record<Severity, string> = { error: '⛔', warning: '⚠️', info: 'ℹ️', hint: '💡' };

/**
 * The explanation of the findings under the cursor, as markdown. Findings of one rule share one
 * section: each message once, then the rule's explanation once, however many findings it made here.
 */
export function hoverMarkdown(
  findings: readonly Finding[],
  locale: Locale,
  conceptLink: (concept: string) => string,
  includeMessage = true,
): MarkupContent {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const sections = [...byRule.values()].map((group) => {
    const first = group[0] as Finding;
    const worst = group.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
    const rule = findRule(first.ruleId);
    const title = rule ? explainRule(rule, locale).title : first.ruleId;
    const parts = [`${ICON[worst.severity]} **${escapeMarkdown(title)}** · \`${first.ruleId}\``];
    if (includeMessage) parts.push([...new Set(group.map((f) => f.message))].join('\n\n'));
    if (rule) {
      const offered = group.find((f) => f.fix)?.fix;
      parts.push(
        explanationMarkdown(explainRule(rule, locale), {
          locale,
          link: conceptLink,
          ...(offered ? { fixOffered: offered.safety ?? 'unsafe' } : {}),
        }),
      );
    } else {
      // The engine's own notes (a file too large, a template not rendered) have no rule to explain
      // them, but still lead to the idea behind them.
      const line = conceptLineMarkdown(first.concept, locale, conceptLink);
      if (line) parts.push(line);
    }
    return parts.join('\n\n');
  });
  return { kind: 'markdown', value: sections.join('\n\n---\n\n') };
}

/** The hover over findings: the findings first, then what the key under the cursor means, if anything. */
export function findingsHover(
  findings: readonly Finding[],
  field: Hover | null,
  locale: Locale,
  conceptLink: (concept: string) => string,
  includeMessage: boolean,
): Hover {
  const explained = hoverMarkdown(findings, locale, conceptLink, includeMessage);
  const described = field && MarkupContent.is(field.contents) ? field.contents.value : '';
  return {
    contents: {
      kind: explained.kind,
      value: described ? `${explained.value}\n\n---\n\n${described}` : explained.value,
    },
    range: findings[0]?.range,
  };
}
