import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ConceptNote,
  conceptIds,
  getConcept,
  hasConcept,
  parseNote,
  renderConcept,
} from '../../server/src/concepts';
import { NOTE_SOURCES } from '../../server/src/concepts/sources';
import type { Locale } from '../../server/src/engine/types';

const LOCALES: readonly Locale[] = ['en', 'ko'];
const HANGUL = /[\uac00-\ud7a3]/u;
const LATIN = /[A-Za-z]/;
/** A fenced block with at least one non-blank line inside. */
const FENCED_EXAMPLE = /^```[\w-]*\r?\n(?:.*\r?\n)*?.*\S.*\r?\n(?:.*\r?\n)*?```\s*$/m;

/** Body words, front matter excluded; the lengths the notes are written to. */
const WORD_RANGE = { principle: [250, 500], topic: [150, 350] } as const;

function note(id: string, locale: Locale): ConceptNote {
  const found = getConcept(id, locale);
  assert.ok(found, `no note "${id}"`);
  assert.equal(found.locale, locale, `"${id}" has no ${locale} note`);
  return found;
}

/** The body with fenced code blocks and inline code removed: what a reader reads as prose. */
function prose(body: string): string {
  return body.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

function count(text: string, pattern: RegExp): number {
  return text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;
}

function sentences(summary: string): number {
  return count(summary, /[.!?](?=\s|$)/);
}

/**
 * CommonMark does not close `**` when it follows punctuation and precedes a letter
 * (`**지시어(directive)**가` renders with literal asterisks), a trap in Korean text.
 */
function strandedEmphasis(body: string): string[] {
  const problems: string[] = [];
  for (const line of prose(body).split('\n')) {
    const parts = line.split('**');
    for (let i = 1; i < parts.length; i += 2) {
      const before = parts[i]?.slice(-1) ?? '';
      const after = parts[i + 1]?.charAt(0) ?? '';
      if (i + 1 < parts.length && /\p{P}/u.test(before) && /[\p{L}\p{N}]/u.test(after)) problems.push(line.trim());
    }
  }
  return problems;
}

const ids = conceptIds();
const topicIds = ids.filter((id) => note(id, 'en').topic !== undefined);

describe('concept notes', () => {
  it('are registered in the record sorted by id, with kebab-case ids', () => {
    const keys = Object.keys(NOTE_SOURCES);
    assert.deepEqual(keys, [...keys].sort(), 'keep NOTE_SOURCES sorted by id');
    for (const id of keys) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    assert.ok(!hasConcept('no-such-note'));
    assert.equal(getConcept('no-such-note'), undefined);
  });

  it('cover the twelve course topics, each numbered exactly once', () => {
    const numbers = topicIds.map((id) => note(id, 'en').topic).sort((a, b) => (a ?? 0) - (b ?? 0));
    assert.deepEqual(
      numbers,
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });

  it('parse a topic number only when the front matter has one', () => {
    assert.equal(parseNote('x', 'en', '---\ntitle: X\nsummary: S.\n---\nbody').topic, undefined);
    assert.equal(parseNote('x', 'en', '---\ntitle: X\ntopic: 7\nsummary: S.\n---\nbody').topic, 7);
  });

  for (const id of ids) {
    describe(id, () => {
      it('has an English and a Korean source', () => {
        for (const locale of LOCALES) {
          const source = NOTE_SOURCES[id]?.[locale] ?? '';
          assert.ok(source.trim(), `missing ${locale} source`);
          assert.match(source, /^---\r?\n[\s\S]*?\r?\n---\r?\n/, `${locale}: no front matter`);
        }
      });

      for (const locale of LOCALES) {
        it(`${locale}: front matter has a title and a two-or-three-sentence summary`, () => {
          const n = note(id, locale);
          assert.match(NOTE_SOURCES[id]?.[locale] ?? '', /^title:\s*\S/m, 'title is missing');
          assert.ok(n.title.trim() && n.title !== id, 'title is missing');
          assert.ok(n.summary.trim(), 'summary is empty');
          const s = sentences(n.summary);
          assert.ok(s >= 2 && s <= 3, `summary has ${s} sentences, expected 2 or 3`);
        });

        it(`${locale}: related ids exist, are unique and do not point at the note itself`, () => {
          const { related } = note(id, locale);
          assert.ok(related.length > 0, 'no related notes');
          assert.equal(new Set(related).size, related.length, `repeated related ids: ${related.join(', ')}`);
          for (const other of related) {
            assert.notEqual(other, id, 'a note cannot relate to itself');
            assert.ok(hasConcept(other), `related note "${other}" does not exist`);
          }
        });

        it(`${locale}: has a fenced example and no level-one heading of its own`, () => {
          const { body } = note(id, locale);
          assert.match(body, FENCED_EXAMPLE, 'no fenced code example');
          assert.doesNotMatch(prose(body), /^# /m, 'the renderer adds the title as the only level-one heading');
          assert.deepEqual(strandedEmphasis(body), [], 'emphasis that markdown will not close');
          assert.ok(renderConcept(note(id, locale)).startsWith(`# ${note(id, locale).title}\n`));
        });
      }

      it('has the same related notes and topic number in both locales', () => {
        const en = note(id, 'en');
        const ko = note(id, 'ko');
        assert.deepEqual([...ko.related].sort(), [...en.related].sort());
        assert.equal(ko.topic, en.topic);
      });

      it('is written in Korean in the Korean note and without Hangul in the English one', () => {
        const ko = note(id, 'ko');
        assert.match(ko.title, HANGUL, 'the Korean title has no Hangul');
        assert.match(ko.summary, HANGUL, 'the Korean summary has no Hangul');
        const text = prose(ko.body);
        const hangul = count(text, HANGUL);
        const latin = count(text, LATIN);
        assert.ok(
          hangul / Math.max(1, hangul + latin) >= 0.5,
          `the Korean prose is mostly not Korean (${hangul} Hangul, ${latin} Latin letters)`,
        );
        const en = note(id, 'en');
        assert.doesNotMatch(`${en.title}\n${en.summary}\n${en.body}`, HANGUL, 'the English note contains Hangul');
      });

      it('has the length of its kind', () => {
        const en = note(id, 'en');
        const [min, max] = WORD_RANGE[en.topic === undefined ? 'principle' : 'topic'];
        const words = en.body.split(/\s+/).filter(Boolean).length;
        assert.ok(words >= min && words <= max, `${words} words, expected ${min}–${max}`);
      });

      if (!topicIds.includes(id)) {
        it('relates to at least one course topic', () => {
          const related = note(id, 'en').related;
          assert.ok(
            related.some((other) => topicIds.includes(other)),
            `relate "${id}" to the course topics it belongs to`,
          );
        });
      }
    });
  }
});
