import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measureRuleTimes, ruleTimes, sharedWork, sharedWorkTimes, timed } from '../../server/src/engine/rule-times';

/** Runs `body` with performance.now() reading a clock the test moves by hand. */
function withClock(body: (advance: (ms: number) => void) => void): void {
  let now = 0;
  const original = performance.now.bind(performance);
  performance.now = () => now;
  try {
    body((ms) => (now += ms));
  } finally {
    performance.now = original;
  }
}

describe('rule times', () => {
  it('counts work several rules share under its own name, not under the rule that asked first', () => {
    withClock((advance) => {
      measureRuleTimes();
      timed(
        'first-asker',
        () => {
          advance(2);
          assert.equal(
            sharedWork('(shared) analysis', () => {
              advance(30);
              return 'done';
            }),
            'done',
          );
          advance(3);
        },
        undefined,
      );
      timed('second-asker', () => advance(4), undefined);
      // A rule's time stays its own when it runs inside another's (a rule calling a helper rule).
      timed(
        'outer',
        () => timed('inner', () => sharedWork('(shared) analysis', () => advance(10)), undefined),
        undefined,
      );
      assert.deepEqual(ruleTimes(), [
        ['first-asker', 5],
        ['second-asker', 4],
        ['inner', 0],
        ['outer', 0],
      ]);
      assert.deepEqual(sharedWorkTimes(), [['(shared) analysis', 40]]);
    });
  });
});
