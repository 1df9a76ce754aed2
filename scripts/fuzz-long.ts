/**
 * The long fuzz run: the engine properties of the test command with a larger, configurable budget,
 * fresh seeds each round, and (when present) the real-world corpus in ../shared/corpus added to
 * the embedded seeds. Each property runs in a worker under a watchdog, so a hang is reported with
 * its input instead of stalling the run.
 *
 *   npm run fuzz:long -- [--minutes 10] [--scale 5] [--seed N] [--jobs 2]
 *                        [--property "mutated manifests"] [--corpus DIR | --no-corpus] [--verbose]
 *
 * --scale multiplies each property's cases per round; rounds repeat until --minutes have passed
 * (one round when --minutes is 0). Exits 1 when any property failed; each failure is printed with
 * the command that reproduces it (same property, seed, scale and corpus, one round).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { candidateKind } from '../server/src/engine/detect';
import { runInWorker, type Outcome } from '../test/fuzz/pool';
import { engineProperties, type SeedSet } from '../test/fuzz/properties';
import { DOCKERFILE_SEEDS, MANIFEST_SEEDS, type Seed } from '../test/fuzz/seeds';

const ROOT = path.join(__dirname, '..');
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    scale: { type: 'string', default: '3' },
    seed: { type: 'string' },
    jobs: { type: 'string', default: String(Math.max(1, availableParallelism())) },
    property: { type: 'string' },
    corpus: { type: 'string', default: path.join(ROOT, '..', 'shared', 'corpus') },
    'no-corpus': { type: 'boolean', default: false },
    'stall-seconds': { type: 'string', default: '30' },
    /** Also print each whole failure message (with the full counterexample) on stderr. */
    verbose: { type: 'boolean', default: false },
  },
});

/** Corpus seeds are mutated like the embedded ones; very large files only slow every case down. */
const MAX_SEED_CHARS = 64 * 1024;

function corpusSeeds(dir: string): SeedSet {
  const dockerfiles: Seed[] = [];
  const manifests: Seed[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current)) {
      const file = path.join(current, entry);
      const stat = statSync(file);
      if (stat.isDirectory()) walk(file);
      else if (stat.size > 0 && stat.size <= MAX_SEED_CHARS) {
        // Corpus files are named after their origin (`mainline__alpine__Dockerfile`).
        const kind = /(docker|container)file/i.test(entry) ? 'dockerfile' : candidateKind(entry);
        const text = readFileSync(file, 'utf8');
        const name = path.relative(dir, file);
        if (kind === 'dockerfile') dockerfiles.push({ name, uri: 'Dockerfile', text });
        else if (kind === 'yaml' && /^[ \t]*(apiVersion|kind)[ \t]*:/m.test(text))
          manifests.push({ name, uri: entry, text });
      }
    }
  };
  walk(dir);
  return { dockerfiles, manifests };
}

async function main(): Promise<void> {
  const minutes = Number(values.minutes);
  const scale = Number(values.scale);
  const jobs = Math.max(1, Number(values.jobs));
  const stallMs = Number(values['stall-seconds']) * 1000;
  let base = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  let seeds: SeedSet = { dockerfiles: DOCKERFILE_SEEDS, manifests: MANIFEST_SEEDS };
  if (!values['no-corpus'] && existsSync(values.corpus)) {
    const corpus = corpusSeeds(values.corpus);
    seeds = {
      dockerfiles: [...DOCKERFILE_SEEDS, ...corpus.dockerfiles],
      manifests: [...MANIFEST_SEEDS, ...corpus.manifests],
    };
    console.log(
      `corpus: ${corpus.dockerfiles.length} Dockerfiles, ${corpus.manifests.length} manifests from ${values.corpus}`,
    );
  }
  const properties = engineProperties(seeds).filter((p) => !values.property || p.name.includes(values.property));
  if (properties.length === 0) throw new Error(`no property matches "${values.property ?? ''}"`);

  const started = performance.now();
  const deadline = started + minutes * 60_000;
  const failures: { name: string; seed: number; outcome: Outcome }[] = [];
  let cases = 0;
  let round = 0;
  do {
    round++;
    const queue = properties.map((property, i) => ({ property, seed: base + i }));
    base += properties.length;
    const worker = async (): Promise<void> => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const numRuns = Math.max(1, Math.round(job.property.runs * scale));
        const outcome = await runInWorker(
          { property: job.property.name, seed: job.seed, numRuns, seeds, slowMs: 5000 },
          stallMs,
        );
        cases += outcome.ok ? outcome.cases : 0;
        const status = outcome.ok ? 'ok  ' : 'FAIL';
        console.log(
          `${status} round ${round} ${job.property.name}: ${numRuns} cases, seed ${job.seed}, ${Math.round(outcome.ms)} ms`,
        );
        if (!outcome.ok) {
          failures.push({ name: job.property.name, seed: job.seed, outcome });
          // The counterexample can be long; the broken property is stated at the end.
          const text = outcome.message;
          console.log(text.length > 6000 ? `${text.slice(0, 1500)}\n[...]\n${text.slice(-4500)}` : text);
          if (values.verbose) console.error(text);
        }
      }
    };
    await Promise.all(Array.from({ length: jobs }, worker));
  } while (performance.now() < deadline);

  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${cases} cases passed in ${round} round(s), ${seconds.toFixed(0)} s; ${failures.length} failure(s)`);
  for (const failure of failures) {
    const corpus = values['no-corpus'] ? ' --no-corpus' : '';
    console.log(
      `  ${failure.name}: npm run fuzz:long -- --minutes 0 --scale ${scale} --seed ${failure.seed} --property "${failure.name}"${corpus}`,
    );
  }
  process.exitCode = failures.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
