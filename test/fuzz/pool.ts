import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Coverage } from './invariants';
import type { WorkerJob, WorkerMessage } from './worker';

/**
 * Starts fuzz workers (TypeScript, through tsx) and watches them: a worker that stays silent on one
 * input for `stallMs` is terminated and the input is saved for reproduction.
 */
const WORKER = path.join(__dirname, 'worker.ts');
const REGISTER = path.join(__dirname, '..', 'register-text.cjs');
const BOOT = `require('tsx/cjs'); require(${JSON.stringify(REGISTER)}); require(${JSON.stringify(WORKER)});`;

/** How many stall periods a worker may take to start and lint its first input. */
const BOOT_STALLS = 4;

export interface Outcome {
  ok: boolean;
  cases: number;
  ms: number;
  /** What went wrong, with the counterexample. */
  message: string;
  /** Rules fired and fixes applied, when the property passed. */
  coverage?: Coverage;
}

export function runInWorker(job: WorkerJob, stallMs: number): Promise<Outcome> {
  const started = performance.now();
  const worker = new Worker(BOOT, { eval: true, workerData: job });
  let last: { text: string; uri: string; at: number } = { text: '', uri: '', at: performance.now() };
  let settled = false;
  return new Promise((resolve) => {
    const finish = (ok: boolean, message: string, cases = 0, coverage?: Coverage): void => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      void worker.terminate();
      resolve({ ok, cases, ms: performance.now() - started, message, ...(coverage ? { coverage } : {}) });
    };
    const watchdog = setInterval(() => {
      // Starting a worker compiles the TypeScript sources, which on a loaded machine takes a while.
      const allowed = last.uri === '' ? BOOT_STALLS * stallMs : stallMs;
      if (performance.now() - last.at < allowed) return;
      if (last.uri === '') {
        finish(false, `the worker did not start within ${allowed} ms`);
        return;
      }
      const file = path.join(tmpdir(), `cntutor-fuzz-hang-${process.pid}-${Date.now()}.txt`);
      writeFileSync(file, last.text);
      finish(
        false,
        `no answer within ${allowed} ms (a hang) linting ${last.uri}; input saved to ${file}:\n${JSON.stringify(last.text)}`,
      );
    }, 250);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'case') last = { text: message.text, uri: message.uri, at: performance.now() };
      else if (message.type === 'done') finish(true, '', message.cases, message.coverage);
      else finish(false, message.message);
    });
    worker.on('error', (error) => finish(false, `worker crashed: ${error.stack ?? error.message}`));
    worker.on('exit', (code) => finish(false, `worker exited early with code ${code}`));
  });
}
