/**
 * The long fuzz run: the engine properties of the test command with a larger, configurable budget,
 * fresh seeds each round, and (when present) the real-world corpus in ../shared/corpus added to
 * the embedded seeds. Each property runs in a worker under a watchdog, so a hang is reported with
 * its input instead of stalling the run.
 *
 *   npm run fuzz:long -- [--minutes 10 | --cases 1000000] [--scale 5] [--seed N] [--jobs 2]
 *                        [--property "mutated manifests"] [--corpus DIR | --no-corpus] [--verbose]
 *
 * Seeds: the embedded ones, every rule's fixtures, and the corpus. --scale multiplies each
 * property's cases per round; rounds repeat until --minutes have passed, or until --cases cases
 * have run (one round when --minutes is 0 and --cases is not given). Exits 1 when any property
 * failed; each failure is printed with the command that reproduces it (same property, seed, scale
 * and corpus, one round). The summary gives the cases run, the seeds used, and the rules that never
 * fired or whose fix was never applied.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { candidateKind } from '../server/src/engine/detect';
import { allRules } from '../server/src/rules';
import { rulesWithFixFixtures, withFixtureSeeds } from '../test/fuzz/fixture-seeds';
import { runInWorker, type Outcome } from '../test/fuzz/pool';
import { engineProperties, totalRuns, type SeedSet } from '../test/fuzz/properties';
import { DOCKERFILE_SEEDS, MANIFEST_SEEDS, type Seed } from '../test/fuzz/seeds';

const ROOT = path.join(__dirname, '..');
const USAGE =
  'npm run fuzz:long -- [--minutes 10 | --cases 1000000] [--scale 5] [--seed N] [--jobs 2]\n' +
  '                     [--property "mutated manifests"] [--corpus DIR | --no-corpus] [--verbose]';
const { values } = readArgs();

function readArgs(): ReturnType<typeof parseOptions> {
  try {
    const parsed = parseOptions();
    if (!parsed.values.help) return parsed;
    console.log(USAGE);
    process.exit(0);
  } catch (error) {
    console.error(`fuzz:long: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

function parseOptions() {
  return parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      minutes: { type: 'string', default: '5' },
      cases: { type: 'string' },
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
}

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
  const targetCases = values.cases === undefined ? undefined : Number(values.cases);
  if (targetCases !== undefined && !(targetCases > 0)) throw new Error(`--cases must be a positive number`);
  let seeds: SeedSet = withFixtureSeeds({ dockerfiles: DOCKERFILE_SEEDS, manifests: MANIFEST_SEEDS });
  if (!values['no-corpus'] && existsSync(values.corpus)) {
    const corpus = corpusSeeds(values.corpus);
    seeds = {
      dockerfiles: [...seeds.dockerfiles, ...corpus.dockerfiles],
      manifests: [...seeds.manifests, ...corpus.manifests],
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
  const fired = new Set<string>();
  const fixed = new Set<string>();
  const firstSeed = base;
  let cases = 0;
  let attempted = 0;
  let round = 0;
  const perRound = totalRuns(properties, scale);
  console.log(
    `${properties.length} properties, ${perRound} cases per round at scale ${scale}; seeds: ` +
      `${seeds.dockerfiles.length} Dockerfiles, ${seeds.manifests.length} manifests`,
  );
  const more = (): boolean => (targetCases === undefined ? performance.now() < deadline : attempted < targetCases);
  do {
    round++;
    const queue = properties.map((property, i) => ({ property, seed: base + i }));
    base += properties.length;
    const worker = async (): Promise<void> => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const numRuns = Math.max(1, Math.round(job.property.runs * scale));
        attempted += numRuns;
        const outcome = await runInWorker(
          { property: job.property.name, seed: job.seed, numRuns, seeds, slowMs: 5000 },
          stallMs,
        );
        cases += outcome.ok ? outcome.cases : 0;
        for (const id of outcome.coverage?.fired ?? []) fired.add(id);
        for (const id of outcome.coverage?.fixed ?? []) fixed.add(id);
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
  } while (more());

  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${cases} cases passed in ${round} round(s), ${seconds.toFixed(0)} s; ${failures.length} failure(s)`);
  console.log(`seeds ${firstSeed} to ${base - 1} (one per property and round)`);
  const silent = allRules()
    .map((r) => r.id)
    .filter((id) => !fired.has(id));
  const unfixed = rulesWithFixFixtures().filter((id) => !fixed.has(id));
  console.log(`rules that never fired: ${silent.join(', ') || 'none'}`);
  console.log(`rules whose fix was never applied: ${unfixed.join(', ') || 'none'}`);
  for (const failure of failures) {
    const corpusGiven = process.argv.some((arg) => arg === '--corpus' || arg.startsWith('--corpus='));
    const corpus = values['no-corpus'] ? ' --no-corpus' : corpusGiven ? ` --corpus ${values.corpus}` : '';
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
