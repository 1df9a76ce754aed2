import type { Locale } from '../engine/types';
import { plainFences } from './examples';
import { NOTE_SOURCES } from './sources';
import { isOwnKey, ownValue } from '../engine/own-keys';

/** A concept note: the idea a finding teaches, in every supported locale. */
export interface ConceptNote {
  id: string;
  locale: Locale;
  title: string;
  /** Two or three sentences on why the idea matters, shown in hovers. */
  summary: string;
  related: string[];
  /** For notes on one of the course's twelve topics, its number (1–12); undefined for principle notes. */
  topic?: number;
  /** The markdown body without front matter. */
  body: string;
}

const cache = new Map<string, ConceptNote>();

export function conceptIds(): string[] {
  return Object.keys(NOTE_SOURCES).sort();
}

export function hasConcept(id: string): boolean {
  return isOwnKey(NOTE_SOURCES, id);
}

/** The note in the requested locale, falling back to English; undefined for an unknown id. */
export function getConcept(id: string, locale: Locale = 'en'): ConceptNote | undefined {
  const sources = ownValue(NOTE_SOURCES, id);
  if (!sources) return undefined;
  const chosen: Locale = sources[locale] ? locale : 'en';
  const key = `${id}:${chosen}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const note = parseNote(id, chosen, sources[chosen]);
  cache.set(key, note);
  return note;
}

export function parseNote(id: string, locale: Locale, source: string): ConceptNote {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  const header = match?.[1] ?? '';
  const body = (match?.[2] ?? source).trim();
  const field = (name: string): string =>
    new RegExp(`^${name}:\\s*(.*)$`, 'm')
      .exec(header)?.[1]
      ?.trim()
      .replace(/^["']|["']$/g, '') ?? '';
  const related = field('related')
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const topic = field('topic');
  return {
    id,
    locale,
    title: field('title') || id,
    summary: field('summary'),
    related,
    ...(/^\d+$/.test(topic) ? { topic: Number(topic) } : {}),
    body,
  };
}

/** The whole note as markdown, ready for a preview or a file (examples' test markers left out). */
export function renderConcept(note: ConceptNote): string {
  return `# ${note.title}\n\n${plainFences(note.body)}\n`;
}
