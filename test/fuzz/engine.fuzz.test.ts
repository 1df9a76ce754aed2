import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { describe, it } from 'node:test';
import { allRules } from '../../server/src/rules';
import { rulesWithFixFixtures, withFixtureSeeds } from './fixture-seeds';
import { runInWorker, type Outcome } from './pool';
import { engineProperties, totalRuns } from './properties';
import { DOCKERFILE_SEEDS, MANIFEST_SEEDS } from './seeds';

/**
 * At least 10,000 cases over the engine: mutated, reshaped and generated Dockerfiles and manifests,
 * raw random strings and random edit sequences, each property in its own worker under a watchdog.
 * Seeds are the embedded ones plus every rule's fixtures, and the run must make every rule fire
 * and apply every fix the fixtures show. FUZZ_SEED picks another seed; `npm run fuzz:long` is the
 * longer, configurable run.
 */
// A fixed seed keeps the test command reproducible; the long run explores with fresh seeds.
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_251_125;
const seeds = withFixtureSeeds({ dockerfiles: DOCKERFILE_SEEDS, manifests: MANIFEST_SEEDS });
const properties = engineProperties(seeds);
const concurrency = Math.max(1, Math.min(4, availableParallelism()));
const outcomes: Promise<Outcome>[] = [];

describe(`engine fuzzing (${totalRuns(properties)} cases, FUZZ_SEED=${seed})`, { concurrency }, () => {
  it('runs at least 10,000 cases', () => {
    assert.ok(totalRuns(properties) >= 10_000);
  });
  for (const [i, property] of properties.entries()) {
    const outcome = new Promise<Outcome>((resolve) => {
      it(`${property.name}: ${property.runs} cases`, async (t) => {
        const result = await runInWorker(
          { property: property.name, seed: seed + i, numRuns: property.runs, seeds, slowMs: 2000 },
          15_000,
        );
        resolve(result);
        t.diagnostic(`${result.cases} cases in ${Math.round(result.ms)} ms`);
        assert.ok(result.ok, result.message);
      });
    });
    outcomes.push(outcome);
  }

  // Declared last, so it starts once every property has started: it waits for their results only.
  it('every registered rule fires, and every fix its fixtures show is applied', async (t) => {
    const done = await Promise.all(outcomes);
    assert.ok(
      done.every((o) => o.ok),
      'a fuzz property failed, so coverage is incomplete',
    );
    const fired = new Set(done.flatMap((o) => o.coverage?.fired ?? []));
    const fixed = new Set(done.flatMap((o) => o.coverage?.fixed ?? []));
    const silent = allRules()
      .map((r) => r.id)
      .filter((id) => !fired.has(id));
    const unfixed = rulesWithFixFixtures().filter((id) => !fixed.has(id));
    t.diagnostic(`${fired.size} rules fired, ${fixed.size} rules had a fix applied`);
    assert.deepEqual(
      { neverFired: silent, fixNeverApplied: unfixed },
      { neverFired: [], fixNeverApplied: [] },
      `in ${totalRuns(properties)} fuzz cases, rules that never fired: ${silent.join(', ') || 'none'}; ` +
        `rules whose fix was never applied: ${unfixed.join(', ') || 'none'}`,
    );
  });
});
