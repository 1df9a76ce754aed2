import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';

const rulesOf = (text: string): string[] =>
  [...new Set(lint(text, 'file:///w/Dockerfile').findings.map((f) => f.ruleId))].sort();

describe('a package manager the base image cannot have', () => {
  it('is reported once, by package-manager-matches-base, and not advised on by the rules about how it is called', () => {
    const text =
      'FROM python:3.12.7-alpine3.20\nRUN apt-get update && apt-get install -y gcc && apt-get upgrade -y\nUSER 10001\nCMD ["python"]\n';
    assert.deepEqual(rulesOf(text), ['package-manager-matches-base', 'pin-base-image-digest']);
  });

  it('leaves those rules to advise where the base image is not known', () => {
    const text =
      'FROM example.com/base:1.0@sha256:0000000000000000000000000000000000000000000000000000000000000000\nRUN apt-get update && apt-get install -y gcc\nUSER 10001\nCMD ["app"]\n';
    assert.deepEqual(rulesOf(text), ['apt-lists-cleanup', 'apt-no-install-recommends', 'pin-os-package-versions']);
  });
});
