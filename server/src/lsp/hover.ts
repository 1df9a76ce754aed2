import type { MarkupContent } from 'vscode-languageserver/node';
import { getConcept } from '../concepts';
import { findRule } from '../rules';
import type { Finding, Locale } from '../engine/types';

const LABELS: Record<
  Locale,
  { why: string; fix: string; quickFix: string; review: string; learn: string; bad: string; good: string }
> = {
  en: {
    why: 'Why it matters',
    fix: 'How to fix',
    quickFix: 'A quick fix is available (Ctrl+. / Cmd+.).',
    review: 'A quick fix is available; it changes how the container runs, so it is never applied on save.',
    learn: 'Learn more',
    bad: 'Instead of',
    good: 'write',
  },
  ko: {
    why: '왜 중요한가',
    fix: '고치는 법',
    quickFix: '빠른 수정을 쓸 수 있습니다 (Ctrl+. / Cmd+.).',
    review: '빠른 수정을 쓸 수 있지만 컨테이너의 실행 방식이 바뀌므로 저장할 때 자동으로 적용되지는 않습니다.',
    learn: '더 알아보기',
    bad: '이렇게 쓰지 말고',
    good: '이렇게 쓰세요',
  },
};

const ICON = { error: '⛔', warning: '⚠️', info: 'ℹ️', hint: '💡' } as const;

/** The explanation of one or more findings under the cursor, as markdown. */
export function hoverMarkdown(
  findings: readonly Finding[],
  locale: Locale,
  conceptLink: (concept: string) => string,
  includeMessage = true,
): MarkupContent {
  const labels = LABELS[locale];
  const sections = findings.map((finding) => {
    const rule = findRule(finding.ruleId);
    const note = getConcept(finding.concept, locale);
    const fence = rule?.target === 'kubernetes' ? 'yaml' : 'dockerfile';
    const parts = [`${ICON[finding.severity]} **${escape(rule?.title ?? finding.ruleId)}** · \`${finding.ruleId}\``];
    if (includeMessage) parts.push(finding.message);
    if (note?.summary) parts.push(`**${labels.why}** — ${note.summary}`);
    if (rule) {
      parts.push(
        `❌ ${labels.bad}\n\`\`\`${fence}\n${rule.example.bad}\n\`\`\`\n✅ ${labels.good}\n\`\`\`${fence}\n${rule.example.good}\n\`\`\``,
      );
      parts.push(
        `**${labels.fix}** — ${rule.remediation}${finding.fix ? ` ${rule.fixChangesBehaviour ? labels.review : labels.quickFix}` : ''}`,
      );
    }
    if (note) parts.push(`[${labels.learn}: ${escape(note.title)}](${conceptLink(finding.concept)})`);
    return parts.join('\n\n');
  });
  return { kind: 'markdown', value: sections.join('\n\n---\n\n') };
}

function escape(text: string): string {
  return text.replace(/([*_[\]])/g, '\\$1');
}
