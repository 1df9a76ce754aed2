import { parentPort, workerData } from 'node:worker_threads';
import { observeCases } from './invariants';
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
  { type: 'case'; text: string; uri: string } | { type: 'done'; cases: number } | { type: 'failed'; message: string };

const port = parentPort;
if (port) {
  const job = workerData as WorkerJob;
  const post = (message: WorkerMessage): void => port.postMessage(message);
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
    post({ type: 'done', cases: job.numRuns });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : '';
    post({ type: 'failed', message: `${error instanceof Error ? error.message : String(error)}${cause}` });
  }
}
