import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as idle } from 'node:timers/promises';
import { lint } from '../../server/src/engine';
import { loadedValidatorModules, preloadValidatorsWhenIdle } from '../../server/src/schema/compile';

describe('the validators of the rarer kinds', () => {
  it('are not loaded by a lint of common kinds, and are once the server asks for them when idle', async () => {
    lint('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n', 'file:///w/c.yaml');
    assert.deepEqual(loadedValidatorModules(), { common: true, more: false });
    preloadValidatorsWhenIdle();
    assert.equal(loadedValidatorModules().more, false, 'not while the current work runs');
    await idle();
    assert.deepEqual(loadedValidatorModules(), { common: true, more: true });
  });
});
