/**
 * Examples are code, in the notes as in the rules: every ✅ block of every note, in both languages,
 * is clean at warning and above with every rule, and every ❌ block makes at least one rule fire on
 * its own lines. Blocks are marked in the fence (server/src/concepts/examples.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conceptIds, getConcept } from '../../server/src/concepts';
import { noteExamples, plainFences, type NoteExample } from '../../server/src/concepts/examples';
import { lint } from '../../server/src/engine';
import { SEVERITY_RANK, type Finding, type Locale } from '../../server/src/engine/types';
import { exampleFile } from '../support/note-examples';

const LINTED_LANGUAGES = new Set(['dockerfile', 'yaml']);

function describeFinding(f: Finding): string {
  return `${f.ruleId} ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`;
}

function lintExample(example: NoteExample): { findings: Finding[]; text: string; own: [number, number] } {
  const file = exampleFile(example);
  return { findings: lint(file.text, file.uri).findings, text: file.text, own: file.lines };
}

describe('note examples', () => {
  for (const id of conceptIds()) {
    for (const locale of ['en', 'ko'] as Locale[]) {
      const note = getConcept(id, locale);
      if (!note) continue;
      const examples = noteExamples(note.body);

      it(`${id} (${locale}): every Dockerfile and YAML block is marked good or bad, with known words`, () => {
        for (const example of examples) {
          assert.deepEqual(example.unknown, [], `unknown marker words at line ${example.line}`);
          if (!LINTED_LANGUAGES.has(example.language)) continue;
          assert.ok(example.verdict, `the ${example.language} block at line ${example.line} is not marked good or bad`);
          const first = example.code.split('\n')[0] ?? '';
          if (first.includes('❌') || first.includes('✅'))
            assert.equal(
              example.verdict,
              first.includes('❌') ? 'bad' : 'good',
              `line ${example.line}: the marker contradicts the block's own ❌/✅`,
            );
          if (example.wrap)
            assert.equal(example.language, 'yaml', `line ${example.line}: only YAML blocks are wrapped`);
        }
        assert.ok(
          examples.some((e) => e.verdict),
          'a note teaches with at least one linted example',
        );
      });

      examples.forEach((example) => {
        if (!example.verdict || !LINTED_LANGUAGES.has(example.language)) return;
        const label = `${id} (${locale}) line ${example.line}: ${example.verdict === 'good' ? '✅' : '❌'}${example.wrap ? ` (${example.wrap})` : ''}`;
        if (example.verdict === 'good') {
          it(`${label} is clean at warning and above with every rule`, () => {
            const { findings, text } = lintExample(example);
            const loud = findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning);
            assert.deepEqual(loud.map(describeFinding), [], `linted as:\n${text}`);
          });
        } else {
          it(`${label} makes a rule fire on its own lines`, () => {
            const { findings, text, own } = lintExample(example);
            const inside = findings.filter((f) => f.range.start.line >= own[0] && f.range.start.line < own[1]);
            assert.ok(
              inside.length > 0,
              `no finding on the example's lines ${own[0] + 1}–${own[1]}; all findings: ${findings.map(describeFinding).join('; ') || 'none'}\nlinted as:\n${text}`,
            );
          });
        }
      });
    }
  }

  it('the English and Korean notes mark the same examples', () => {
    for (const id of conceptIds()) {
      const shape = (locale: Locale): string[] =>
        noteExamples(getConcept(id, locale)?.body ?? '')
          .filter((e) => e.verdict)
          .map((e) => `${e.language} ${e.verdict} ${e.wrap ?? ''}`);
      assert.deepEqual(shape('ko'), shape('en'), `${id}: the two languages show different examples`);
    }
  });

  it('markers are left out when a note is rendered', () => {
    assert.equal(plainFences('```yaml good container\na: 1\n```'), '```yaml\na: 1\n```');
    assert.equal(plainFences('```dockerfile bad\nFROM x\n```'), '```dockerfile\nFROM x\n```');
    assert.equal(plainFences('```text\nx\n```'), '```text\nx\n```');
  });
});
