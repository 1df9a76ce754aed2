import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules } from '../../server/src/rules';
import { lintFixture } from '../rules/support';

const rule = allRules().find((candidate) => candidate.id === 'package-manager-matches-base');

const koreanMessages = (dockerfile: string): string[] => {
  assert.ok(rule);
  return lintFixture(rule, { config: { locale: 'ko' } }, dockerfile, [rule]).findings.map((f) => f.message);
};

describe('package-manager-matches-base in Korean', () => {
  it('puts no particle straight after a command name, whose reading varies', () => {
    const [foreign, none] = koreanMessages(
      'FROM nginx:alpine\nRUN apt-get update\nFROM busybox:1.36\nRUN apt-get update\n',
    );
    assert.match(foreign ?? '', /nginx:alpine에는 apt-get 명령이 없어/);
    assert.match(none ?? '', /busybox:1\.36에는 apt-get 명령이 없습니다/);
  });
});
