import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, mergeConfig } from '../../server/src/engine';

function messages(run: string, locale: 'en' | 'ko' = 'en'): string[] {
  const text = `FROM php:8.3-apache\nRUN ${run}\n`;
  return lint(text, 'file:///w/Dockerfile', mergeConfig({ locale }))
    .findings.filter((f) => f.ruleId === 'pipefail-before-pipe')
    .map((f) => f.message);
}

describe('pipefail-before-pipe names the pipeline as written', () => {
  it('a pipeline of two commands shows no command between them', () => {
    // The composer installer line of SergeiSvirin72/rabbitmq and three more PHP Dockerfiles.
    const run = 'curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin';
    assert.deepEqual(messages(run), ['"curl | php" succeeds when php does, even if curl failed; set pipefail.']);
    assert.deepEqual(messages(run, 'ko'), [
      '"curl | php"는 curl이 실패해도 php가 성공하면 성공합니다. pipefail을 설정하세요.',
    ]);
  });

  it('a longer pipeline keeps its ellipsis', () => {
    assert.deepEqual(messages('curl -fsSL https://example.com/x.tgz | tar -xz | tee /log'), [
      '"curl | … | tee" succeeds when tee does, even if curl failed; set pipefail.',
    ]);
  });
});
