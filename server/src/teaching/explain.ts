import { getConcept } from '../concepts';
import { localize, type Rule } from '../engine/rule';
import type { Locale } from '../engine/types';
import { ui } from './ui-text';

/**
 * What a learner reads about a finding, in the order that teaches: the rule's own reason, a wrong
 * and a right example, the fix, the legitimate exceptions, then one line on the idea underneath
 * with the way into its note. Hovers, `cntutor lint`, `cntutor explain` and SARIF help all use it.
 */
export interface Explanation {
  ruleId: string;
  title: string;
  why: string;
  bad: string;
  good: string;
  /** The code fence language of the examples. */
  fence: 'dockerfile' | 'yaml';
  remediation: string;
  exceptions?: string;
  fix?: 'safe' | 'unsafe';
  concept: { id: string; title: string; line: string };
  topics: { id: string; title: string }[];
}

export function explainRule(rule: Rule, locale: Locale): Explanation {
  const note = getConcept(rule.concept, locale);
  const shown = exampleExcerpt(rule.example.bad, rule.example.good);
  return {
    ruleId: rule.id,
    title: localize(rule.title, locale),
    why: localize(rule.description, locale),
    bad: shown.bad,
    good: shown.good,
    fence: rule.target === 'dockerfile' ? 'dockerfile' : 'yaml',
    remediation: localize(rule.remediation, locale),
    ...(rule.exceptions ? { exceptions: localize(rule.exceptions, locale) } : {}),
    ...(rule.fix ? { fix: rule.fix } : {}),
    concept: { id: rule.concept, title: note?.title ?? rule.concept, line: firstSentence(note?.summary ?? '') },
    topics: rule.topics.map((id) => ({ id, title: getConcept(id, locale)?.title ?? id })),
  };
}

/** The first sentence of a summary: the one line a hover spends on the concept. */
export function firstSentence(text: string): string {
  const match = /^.+?[.!?。](?=\s|$)/u.exec(text.trim());
  return (match?.[0] ?? text).trim();
}

export interface MarkdownOptions {
  locale: Locale;
  /**
   * The link that opens a concept note where this markdown is shown; without one (SARIF uploaded
   * elsewhere) notes are named with the command that prints them.
   */
  link?: (conceptId: string) => string;
  /** Whether a fix is on offer for the finding at hand (hovers); omitted in rule documentation. */
  fixOffered?: 'safe' | 'unsafe';
}

/** The explanation as markdown sections, without the heading line (callers put their own). */
export function explanationMarkdown(explanation: Explanation, options: MarkdownOptions): string {
  const { locale, link } = options;
  const parts = [`**${ui('why', locale)}** — ${explanation.why}`];
  parts.push(
    `❌ ${ui('insteadOf', locale)}\n\`\`\`${explanation.fence}\n${explanation.bad}\n\`\`\`\n` +
      `✅ ${ui('write', locale)}\n\`\`\`${explanation.fence}\n${explanation.good}\n\`\`\``,
  );
  const fixNote = options.fixOffered ? ` ${ui(options.fixOffered === 'safe' ? 'safeFix' : 'unsafeFix', locale)}` : '';
  parts.push(`**${ui('howToFix', locale)}** — ${explanation.remediation}${fixNote}`);
  if (explanation.exceptions) parts.push(`**${ui('exceptions', locale)}** — ${explanation.exceptions}`);
  const { concept } = explanation;
  const show = (id: string, title: string): string =>
    link ? `[${escapeMarkdown(title)}](${link(id)})` : `${escapeMarkdown(title)} (\`cntutor explain ${id}\`)`;
  const topics = explanation.topics.map((topic) => show(topic.id, topic.title)).join(', ');
  parts.push(
    `📘 **${ui('concept', locale)}: ${show(concept.id, concept.title)}** — ${concept.line}` +
      (topics ? `  \n${ui('course', locale)}: ${topics}` : ''),
  );
  return parts.join('\n\n');
}

/** The explanation as indented plain text for a terminal: why, fix, and where to read more. */
export function explanationText(explanation: Explanation, locale: Locale, indent = '    '): string {
  const lines = [
    `${ui('why', locale)}: ${explanation.why}`,
    `${ui('howToFix', locale)}: ${explanation.remediation}`,
    ...(explanation.exceptions ? [`${ui('exceptions', locale)}: ${explanation.exceptions}`] : []),
    `${ui('concept', locale)}: ${explanation.concept.title} — cntutor explain ${explanation.ruleId}`,
  ];
  return lines.map((line) => indent + line).join('\n');
}

/** The line that leads from a hover to a concept note, `📘 Concept: [title](link) — first sentence`; empty for no note. */
export function conceptLineMarkdown(id: string, locale: Locale, link: (id: string) => string): string {
  const note = getConcept(id, locale);
  return note
    ? `📘 **${ui('concept', locale)}: [${escapeMarkdown(note.title)}](${link(note.id)})** — ${firstSentence(note.summary)}`
    : '';
}

export function escapeMarkdown(text: string): string {
  return text.replace(/([*_[\]])/g, '\\$1');
}

/** Examples up to this many lines are shown whole; longer ones around the lines that differ. */
const WHOLE_EXAMPLE_LINES = 14;
const CONTEXT_LINES = 2;

/**
 * The parts of a ❌/✅ pair worth showing. Examples are complete files (so a test can lint them),
 * but a hover should show only what changes: the lines that differ between the two, with a little
 * context, and `…` where lines are left out.
 */
export function exampleExcerpt(bad: string, good: string): { bad: string; good: string } {
  const a = bad.replace(/\n$/, '').split('\n');
  const b = good.replace(/\n$/, '').split('\n');
  if (a.length <= WHOLE_EXAMPLE_LINES && b.length <= WHOLE_EXAMPLE_LINES)
    return { bad: a.join('\n'), good: b.join('\n') };
  const [keepA, keepB] = changedLines(a, b);
  return { bad: window(a, keepA, insertionPoint(keepB)), good: window(b, keepB, insertionPoint(keepA)) };
}

/**
 * Where the other side's first change sits, counted in this side's lines: the number of unchanged
 * lines before it. A side with nothing of its own to show is shown around that point, so a setting
 * the ✅ adds is seen against the ❌ lines where it is missing.
 */
function insertionPoint(otherChanged: boolean[]): number {
  const first = otherChanged.indexOf(true);
  return first < 0 ? 0 : otherChanged.slice(0, first).filter((changed) => !changed).length;
}

/** For each side, whether each line is absent from the longest common subsequence of the two. */
function changedLines(a: string[], b: string[]): [boolean[], boolean[]] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (lengths[i] as number[])[j] =
        a[i] === b[j]
          ? ((lengths[i + 1] as number[])[j + 1] ?? 0) + 1
          : Math.max((lengths[i + 1] as number[])[j] ?? 0, (lengths[i] as number[])[j + 1] ?? 0);
  const changedA = a.map(() => true);
  const changedB = b.map(() => true);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      changedA[i++] = false;
      changedB[j++] = false;
    } else if (((lengths[i + 1] as number[])[j] ?? 0) >= ((lengths[i] as number[])[j + 1] ?? 0)) i++;
    else j++;
  }
  return [changedA, changedB];
}

function window(lines: string[], changed: boolean[], anchor: number): string {
  const shown = lines.map((_, i) => changed.some((c, k) => c && Math.abs(k - i) <= CONTEXT_LINES));
  // Where nothing changed on this side (a pure addition on the other), show the lines around the gap.
  if (!shown.some(Boolean)) {
    const start = Math.max(0, anchor - CONTEXT_LINES - 1);
    shown.fill(true, start, Math.min(lines.length, start + CONTEXT_LINES * 2 + 1));
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (shown[i]) out.push(line);
    else if (out[out.length - 1] !== '…') out.push('…');
  });
  return out.join('\n');
}
