import { parentPort, workerData } from 'node:worker_threads';
import { lint } from '../../server/src/engine';
import { coverage, observeCases, type Coverage } from './invariants';
import { engineProperties, type SeedSet } from './properties';

/**
 * Runs one named engine property inside a worker thread, announcing each input before it is
 * linted: a hang then costs the watchdog in the main thread one input, not the whole test run.
 */
export interface WorkerJob {
  property: string;
  seed: number;
  numRuns: number;
  seeds: SeedSet;
  slowMs: number;
}
export type WorkerMessage =
  | { type: 'case'; text: string; uri: string }
  | { type: 'done'; cases: number; coverage: Coverage }
  | { type: 'failed'; message: string };

const port = parentPort;
if (port) {
  const job = workerData as WorkerJob;
  const post = (message: WorkerMessage): void => port.postMessage(message);
  // The first lint of each kind compiles schemas and parsers; that one-time cost is not a slow input.
  for (const seed of [...job.seeds.dockerfiles.slice(0, 1), ...job.seeds.manifests.slice(0, 1)])
    lint(seed.text, seed.uri);
  observeCases({
    onCase: (text, uri) => post({ type: 'case', text, uri }),
    onSlow: (text, uri, ms) =>
      post({
        type: 'failed',
        message: `lint took ${Math.round(ms)} ms (limit ${job.slowMs}) on ${uri}:\n${JSON.stringify(text)}`,
      }),
    slowMs: job.slowMs,
  });
  const property = engineProperties(job.seeds).find((p) => p.name === job.property);
  try {
    if (!property) throw new Error(`no fuzz property named "${job.property}"`);
    property.check({ seed: job.seed, numRuns: job.numRuns });
    post({ type: 'done', cases: job.numRuns, coverage: coverage() });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : '';
    post({ type: 'failed', message: `${error instanceof Error ? error.message : String(error)}${cause}` });
  }
}
