import { conceptIds, getConcept, type ConceptNote } from '../concepts';
import { localize } from '../engine/rule';
import type { Locale } from '../engine/types';
import { allRules } from '../rules';

/** The rules that teach a note: those linking it as their principle, then those naming it as a course topic. */
export function rulesTeaching(conceptId: string): { id: string; title: string; principle: boolean }[] {
  const principle = allRules().filter((rule) => rule.concept === conceptId);
  const topic = allRules().filter((rule) => rule.concept !== conceptId && rule.topics.includes(conceptId));
  return [...principle, ...topic].map((rule) => ({
    id: rule.id,
    title: rule.title.en,
    principle: rule.concept === conceptId,
  }));
}

export interface NoteSummary {
  id: string;
  title: string;
  kind: 'topic' | 'principle';
  topic?: number;
  languages: Locale[];
  rules: string[];
}

/** Every note, course topics first in course order, then the principles by title. */
export function listNotes(locale: Locale): NoteSummary[] {
  const notes = conceptIds().map((id) => getConcept(id, locale) as ConceptNote);
  const summaries = notes.map((note): NoteSummary => ({
    id: note.id,
    title: note.title,
    kind: note.topic ? 'topic' : 'principle',
    ...(note.topic ? { topic: note.topic } : {}),
    languages: (['en', 'ko'] as const).filter((l) => getConcept(note.id, l)?.locale === l),
    rules: rulesTeaching(note.id).map((r) => r.id),
  }));
  return summaries.sort(
    (a, b) => (a.topic ?? 99) - (b.topic ?? 99) || a.title.localeCompare(b.title, locale === 'ko' ? 'ko' : 'en'),
  );
}

const HEADINGS = {
  related: { en: 'Related notes', ko: '관련 노트' },
  rules: { en: 'Rules that teach this', ko: '이것을 가르치는 규칙' },
  asPrinciple: { en: 'as its principle', ko: '원칙으로' },
  asTopic: { en: 'as a course topic', ko: '강의 주제로' },
};

/**
 * What a note links to, generated from the notes' `related` lists and the rule metadata so it
 * cannot drift: its related notes and the rules that teach it. `link` turns a note id into a link,
 * `ruleLink` a rule id (the editor opens the rule's explanation and its findings).
 */
export function noteAppendix(
  note: ConceptNote,
  locale: Locale,
  link?: (id: string) => string,
  ruleLink?: (id: string) => string,
): string {
  const show = (id: string, title: string): string => (link ? `[${title}](${link(id)})` : `${title} (\`${id}\`)`);
  const related = note.related
    .map((id) => getConcept(id, locale))
    .filter((n): n is ConceptNote => !!n)
    .map((n) => `- ${show(n.id, n.title)}`);
  const rules = rulesTeaching(note.id).map((rule) => {
    const full = allRules().find((r) => r.id === rule.id);
    const title = full ? localize(full.title, locale) : rule.title;
    const how = localize(rule.principle ? HEADINGS.asPrinciple : HEADINGS.asTopic, locale);
    return ruleLink
      ? `- [${title}](${ruleLink(rule.id)}) · \`${rule.id}\` (${how})`
      : `- \`${rule.id}\` — ${title} (${how})`;
  });
  const sections: string[] = [];
  if (related.length > 0) sections.push(`## ${localize(HEADINGS.related, locale)}\n\n${related.join('\n')}`);
  if (rules.length > 0) sections.push(`## ${localize(HEADINGS.rules, locale)}\n\n${rules.join('\n')}`);
  return sections.join('\n\n');
}
