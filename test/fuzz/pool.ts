import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerMessage } from './worker';

/**
 * Starts fuzz workers (TypeScript, through tsx) and watches them: a worker that stays silent on one
 * input for `stallMs` is terminated and the input is saved for reproduction.
 */
const WORKER = path.join(__dirname, 'worker.ts');
const REGISTER = path.join(__dirname, '..', 'register-text.cjs');
const BOOT = `require('tsx/cjs'); require(${JSON.stringify(REGISTER)}); require(${JSON.stringify(WORKER)});`;

export interface Outcome {
  ok: boolean;
  cases: number;
  ms: number;
  /** What went wrong, with the counterexample. */
  message: string;
}

export function runInWorker(job: WorkerJob, stallMs: number): Promise<Outcome> {
  const started = performance.now();
  const worker = new Worker(BOOT, { eval: true, workerData: job });
  let last: { text: string; uri: string; at: number } = { text: '', uri: '', at: performance.now() };
  let settled = false;
  return new Promise((resolve) => {
    const finish = (ok: boolean, message: string, cases = 0): void => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      void worker.terminate();
      resolve({ ok, cases, ms: performance.now() - started, message });
    };
    const watchdog = setInterval(() => {
      if (performance.now() - last.at < stallMs) return;
      const file = path.join(tmpdir(), `cntutor-fuzz-hang-${process.pid}-${Date.now()}.txt`);
      writeFileSync(file, last.text);
      finish(
        false,
        `no answer within ${stallMs} ms (a hang) linting ${last.uri}; input saved to ${file}:\n${JSON.stringify(last.text)}`,
      );
    }, 250);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'case') last = { text: message.text, uri: message.uri, at: performance.now() };
      else if (message.type === 'done') finish(true, '', message.cases);
      else finish(false, message.message);
    });
    worker.on('error', (error) => finish(false, `worker crashed: ${error.stack ?? error.message}`));
    worker.on('exit', (code) => finish(false, `worker exited early with code ${code}`));
  });
}
