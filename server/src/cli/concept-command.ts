import { renderConcept, type ConceptNote } from '../concepts';
import type { Locale } from '../engine/types';
import { listNotes, noteAppendix } from '../teaching/note-links';
import { UsageError } from './files';
import { runExplain } from './explain-command';
import type { ParsedArgs } from './main';

/** `cntutor concept ID`: the note, or for a rule id the rule's explanation (the ids a user sees in findings). */
export function runConcept(args: ParsedArgs): number {
  return runExplain(args);
}

/** The note as a terminal shows it: the note itself, then its related notes and the rules that teach it. */
export function renderNoteForTerminal(note: ConceptNote, locale: Locale): string {
  const appendix = noteAppendix(note, locale);
  return renderConcept(note) + (appendix ? `\n${appendix}\n` : '');
}

export function runConcepts(args: ParsedArgs): number {
  const locale = (args.values.locale as Locale | undefined) ?? 'en';
  const format = args.values.format ?? 'text';
  const notes = listNotes(locale);
  if (format === 'json') {
    process.stdout.write(JSON.stringify(notes, null, 2) + '\n');
    return 0;
  }
  if (format !== 'text') throw new UsageError(`--format must be text or json, not "${String(format)}"`);
  const idWidth = Math.max(...notes.map((n) => n.id.length));
  const kindWord = (n: (typeof notes)[number]): string =>
    n.kind === 'topic'
      ? `${locale === 'ko' ? '주제' : 'topic'} ${String(n.topic).padStart(2)}`
      : locale === 'ko'
        ? '원칙'
        : 'principle';
  const kindWidth = Math.max(...notes.map((n) => displayWidth(kindWord(n))));
  for (const note of notes) {
    const kind = kindWord(note);
    const rules = locale === 'ko' ? `규칙 ${note.rules.length}개` : `${note.rules.length} rule(s)`;
    process.stdout.write(
      `${note.id.padEnd(idWidth)}  ${kind}${' '.repeat(kindWidth - displayWidth(kind))}  ${note.title} — ${rules} [${note.languages.join(', ')}]\n`,
    );
  }
  return 0;
}

/** Columns a string takes in a terminal: Hangul and other wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char)
      ? 2
      : 1;
  return width;
}
