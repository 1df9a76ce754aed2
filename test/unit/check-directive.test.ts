import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, mergeConfig } from '../../server/src/engine';

const DOCKERFILE = 'file:///c/Dockerfile';
const BODY = 'FROM alpine:3.20\nCMD app --serve\n';
const severities = (text: string): Record<string, string> =>
  Object.fromEntries(lint(text, DOCKERFILE).findings.map((f) => [f.ruleId, f.severity]));

describe("BuildKit's check directive", () => {
  it('skip=all silences the rules that stand for BuildKit checks, and only those', () => {
    const found = severities(`# check=skip=all\n${BODY}`);
    assert.equal(found['exec-form-cmd'], undefined);
    assert.equal(found['non-root-user'], 'warning');
  });

  it('error=true makes the findings of BuildKit-mapped rules errors', () => {
    const found = severities(`# check=error=true\n${BODY}`);
    assert.equal(found['exec-form-cmd'], 'error');
    assert.equal(found['non-root-user'], 'warning');
    assert.equal(found['pin-base-image-digest'], 'info');
  });

  it('reads skip and error together, in any case and spacing', () => {
    const found = severities(`# check = skip=StageNameCasing ; error=TRUE\nFROM alpine:3.20 AS Build\nCMD app\n`);
    assert.equal(found['stage-name-casing'], undefined);
    assert.equal(found['exec-form-cmd'], 'error');
    assert.equal(severities(`# check=error=false\n${BODY}`)['exec-form-cmd'], 'warning');
  });

  it('keeps the rule off when the configuration turns it off', () => {
    const config = mergeConfig({ rules: { 'exec-form-cmd': 'off' } });
    const found = lint(`# check=error=true\n${BODY}`, DOCKERFILE, config).findings;
    assert.ok(!found.some((f) => f.ruleId === 'exec-form-cmd'));
  });
});
