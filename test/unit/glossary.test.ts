/**
 * One Korean term for each English one: no note, rule text, exercise, UI or CLI string, manifest
 * translation, walkthrough or snippet description uses a spelling the glossary rejects.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GLOSSARY, koreanProse, rejectedTerms } from '../../server/src/concepts/glossary';
import { ownKoreanTexts, ruleTexts, type KoreanText } from '../support/korean-texts';

function problems(texts: readonly KoreanText[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const { where, text } of texts) {
    const terms = rejectedTerms(text);
    if (terms.length > 0) found[where] = terms.map((t) => t.found);
  }
  return found;
}

describe('glossary', () => {
  it('gives one Korean term per English term, never rejecting its own choice', () => {
    const english = GLOSSARY.map((e) => e.en);
    assert.equal(new Set(english).size, english.length, 'an English term appears twice');
    for (const entry of GLOSSARY) {
      assert.match(entry.ko, /[\uac00-\ud7a3]/u, `${entry.en} has no Korean term`);
      assert.deepEqual(rejectedTerms(entry.ko), [], `${entry.en}: "${entry.ko}" is rejected by the glossary itself`);
    }
  });

  it('flags rejected spellings in prose, and leaves code, glosses and kept names alone', () => {
    assert.deepEqual(
      rejectedTerms('Pod가 재시작되면 라벨이 바뀝니다.').map((t) => t.found),
      ['Pod', '라벨'],
    );
    assert.deepEqual(rejectedTerms('`Deployment`의 파드(Pod)는 Horizontal Pod Autoscaler가 늘립니다.'), []);
    assert.deepEqual(rejectedTerms('```yaml\nkind: Pod\n```\n파드입니다.'), []);
    assert.deepEqual(
      rejectedTerms('디플로이먼트를 쓰세요.'),
      [],
      'a longer preferred term is not its own prefix variant',
    );
    assert.deepEqual(
      rejectedTerms('디플로이를 쓰세요.').map((t) => t.found),
      ['디플로이'],
    );
    assert.doesNotMatch(koreanProse('[노트](cntutor:concept/containers)'), /containers/);
  });

  it('is followed by the notes, exercises, UI and CLI strings, manifest, walkthrough and snippets', () => {
    assert.deepEqual(problems(ownKoreanTexts()), {});
  });

  it('is followed by the rule texts, apart from those listed for their authors to fix', () => {
    const found = problems(ruleTexts());
    assert.deepEqual(found, {}, 'rule texts with rejected terms');
  });
});
