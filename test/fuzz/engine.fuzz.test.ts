import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { describe, it } from 'node:test';
import { runInWorker } from './pool';
import { engineProperties, totalRuns } from './properties';
import { DOCKERFILE_SEEDS, MANIFEST_SEEDS } from './seeds';

/**
 * At least 10,000 cases over the engine: mutated and generated Dockerfiles and manifests, raw
 * random strings and random edit sequences, each property in its own worker under a watchdog.
 * FUZZ_SEED picks another seed; `npm run fuzz:long` is the longer, configurable run.
 */
// A fixed seed keeps the test command reproducible; the long run explores with fresh seeds.
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_251_125;
const seeds = { dockerfiles: DOCKERFILE_SEEDS, manifests: MANIFEST_SEEDS };
const properties = engineProperties(seeds);
const concurrency = Math.max(1, Math.min(4, availableParallelism()));

describe(`engine fuzzing (${totalRuns(properties)} cases, FUZZ_SEED=${seed})`, { concurrency }, () => {
  it('runs at least 10,000 cases', () => {
    assert.ok(totalRuns(properties) >= 10_000);
  });
  for (const [i, property] of properties.entries()) {
    it(`${property.name}: ${property.runs} cases`, async (t) => {
      const outcome = await runInWorker(
        { property: property.name, seed: seed + i, numRuns: property.runs, seeds, slowMs: 2000 },
        15_000,
      );
      t.diagnostic(`${outcome.cases} cases in ${Math.round(outcome.ms)} ms`);
      assert.ok(outcome.ok, outcome.message);
    });
  }
});
