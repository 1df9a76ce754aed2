import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../server/src/engine';
import { LintRunner } from '../../server/src/lsp/lint-runner';
import {
  holdFromStart,
  holdYoungGeneration,
  releaseStartHold,
  youngGenerationHeld,
} from '../../server/src/young-generation';

const PROBE = path.join(__dirname, '..', 'support', 'young-generation-probe.ts');

function newSpaceAfterStart(mode: 'hold' | 'grow'): number {
  const env = { ...process.env };
  delete env.CNTUTOR_YOUNG_GENERATION;
  const output = execFileSync(process.execPath, ['--import', 'tsx', PROBE, mode], { env, encoding: 'utf8' });
  return (JSON.parse(output) as { newSpaceBytes: number }).newSpaceBytes;
}

describe('the young generation', () => {
  it('stays at its initial size while held from the start, where it grows without the hold', () => {
    const held = newSpaceAfterStart('hold');
    const grown = newSpaceAfterStart('grow');
    assert.ok(held > 0 && grown > 0);
    assert.ok(held * 2 <= grown, `held ${held} bytes, grown ${grown} bytes`);
  });

  it('is held from the start until released once, alongside other holds', () => {
    holdFromStart();
    holdFromStart();
    assert.ok(youngGenerationHeld());
    const release = holdYoungGeneration();
    releaseStartHold();
    assert.ok(youngGenerationHeld(), 'another hold still counts');
    release();
    assert.ok(!youngGenerationHeld());
    releaseStartHold();
    assert.ok(!youngGenerationHeld());
  });

  it('is released by the language server when it first lints a manifest, not a Dockerfile', async () => {
    const runner = new LintRunner();
    holdFromStart();
    const dockerfile = 'FROM alpine:3.20\nRUN apk add --no-cache curl\n';
    for (const [uri, languageId] of [
      ['file:///work/Dockerfile', 'dockerfile'],
      ['file:///work/api.Dockerfile', 'plaintext'],
    ] as const) {
      await runner.run({ uri, text: dockerfile, config: DEFAULT_CONFIG, languageId });
      assert.ok(youngGenerationHeld(), uri);
    }
    const manifest = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata: {}\n';
    await runner.run({ uri: 'file:///work/settings.yaml', text: manifest, config: DEFAULT_CONFIG, languageId: 'yaml' });
    assert.ok(!youngGenerationHeld());
  });
});
