import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Progress } from '../../server/src/cli/progress';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const stream = {
    isTTY,
    columns: 80,
    written: '',
    write(chunk: string) {
      stream.written += chunk;
      return true;
    },
  };
  return stream as unknown as NodeJS.WriteStream & { written: string };
}

describe('CLI progress line', () => {
  const withoutCI = <T>(body: () => T): T => {
    const saved = process.env.CI;
    delete process.env.CI;
    try {
      return body();
    } finally {
      if (saved !== undefined) process.env.CI = saved;
    }
  };

  it('shows the count and the file on an interactive terminal, and clears itself', () => {
    const stream = fakeStream(true);
    withoutCI(() => {
      const progress = new Progress(120, stream);
      progress.tick('k8s/deploy.yaml');
      progress.done();
    });
    assert.match(stream.written, /1\/120 k8s\/deploy\.yaml/);
    assert.ok(stream.written.endsWith('\r\u001b[2K'));
  });

  it('stays silent in pipes, in CI logs and on short runs', () => {
    for (const [isTTY, ci, total] of [
      [false, false, 500],
      [true, true, 500],
      [true, false, 3],
    ] as const) {
      const stream = fakeStream(isTTY);
      const run = (): void => {
        const progress = new Progress(total, stream);
        progress.tick('a.yaml');
        progress.done();
      };
      if (ci) {
        const saved = process.env.CI;
        process.env.CI = 'true';
        run();
        if (saved === undefined) delete process.env.CI;
        else process.env.CI = saved;
      } else withoutCI(run);
      assert.equal(stream.written, '', `isTTY=${isTTY} CI=${ci} total=${total}`);
    }
  });
});
