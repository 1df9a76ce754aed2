import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { finalSound, particle } from '../../server/src/engine/korean';
import { format, placeholders } from '../../server/src/engine/rule';

describe('Korean particles', () => {
  it('reads the final sound of Hangul, digits, letters and English words', () => {
    const cases: [string, string][] = [
      ['파드', 'vowel'],
      ['컨테이너', 'vowel'],
      ['이미지', 'vowel'],
      ['서비스', 'vowel'],
      ['볼륨', 'consonant'],
      ['레이블', 'rieul'],
      ['"alpine:3.23.3"', 'consonant'],
      ['web-server-0', 'consonant'],
      ['redis-announce-2', 'vowel'],
      ['port 8', 'rieul'],
      ['nginx', 'vowel'],
      ['app', 'consonant'],
      ['pool', 'rieul'],
      ['team', 'consonant'],
      ['CPU', 'vowel'],
      ['URL', 'rieul'],
      ['server', 'vowel'],
      ['`latest`', 'vowel'],
      ['apt-get', 'consonant'],
      ['Secret', 'consonant'],
      ['bucket', 'consonant'],
      ['output', 'consonant'],
      ['port', 'vowel'],
      ['root', 'vowel'],
      ['host', 'vowel'],
      ['script', 'vowel'],
      ['dockerfile', 'rieul'],
      ['rule', 'rieul'],
      ['name', 'consonant'],
      ['engine', 'consonant'],
      ['image', 'vowel'],
      ['icon.png', 'vowel'],
      ['ping', 'consonant'],
    ];
    for (const [word, sound] of cases) assert.equal(finalSound(word), sound, word);
  });

  it('chooses each pair by that sound, 으로/로 taking 로 after ㄹ', () => {
    assert.equal(particle('파드', '이/가'), '가');
    assert.equal(particle('볼륨', '이/가'), '이');
    assert.equal(particle('볼륨', '을/를'), '을');
    assert.equal(particle('레이블', '으로/로'), '로');
    assert.equal(particle('web-0', '으로/로'), '으로');
    assert.equal(particle('node:22', '은/는'), '는');
  });

  it('fills particles in templates, after the value or after a closing quote', () => {
    assert.equal(format('{name|이/가} 없습니다', { name: '볼륨' }), '볼륨이 없습니다');
    assert.equal(
      format('"{image}"{이/가} 움직이는 태그입니다', { image: 'alpine:3.23.3' }),
      '"alpine:3.23.3"이 움직이는 태그입니다',
    );
    assert.equal(format('"{name}"{을/를} 고르세요', { name: 'web-server-0' }), '"web-server-0"을 고르세요');
    assert.equal(format('{x}', {}), '{x}');
    assert.deepEqual(placeholders('"{image}"{이/가} {name|을/를} {n}'), ['image', 'n', 'name']);
  });
});
