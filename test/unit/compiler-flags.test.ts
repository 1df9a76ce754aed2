import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';

const PROBE = path.join(__dirname, '..', 'support', 'compiler-flags-probe.ts');

/** V8's trace line for a call inlined into the probe's optimised function, if there is one. */
function inliningTrace(mode: 'lean' | 'default', env: NodeJS.ProcessEnv = {}): string | undefined {
  const run = spawnSync(
    process.execPath,
    // Compiling on the main thread only: a background compile's trace could cut into the line.
    [
      '--allow-natives-syntax',
      '--trace-turbo-inlining',
      '--no-concurrent-recompilation',
      '--import',
      'tsx',
      PROBE,
      mode,
    ],
    { env: { ...process.env, CNTUTOR_TURBO_INLINING: '', ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /^result 10600$/m, 'the optimised function still computes the same');
  return run.stdout.split('\n').find((line) => /^Inlining .* summed>/.test(line));
}

describe('the compiler flags our processes start with', () => {
  it('leave calls where they are: TurboFan inlines nothing', () => {
    assert.equal(inliningTrace('lean'), undefined);
  });

  it('are what makes the difference, and CNTUTOR_TURBO_INLINING=on keeps V8 default', () => {
    assert.ok(inliningTrace('default'), 'without them the call is inlined');
    assert.ok(inliningTrace('lean', { CNTUTOR_TURBO_INLINING: 'on' }));
  });
});
