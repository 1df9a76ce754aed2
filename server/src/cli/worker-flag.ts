import type * as WorkerThreads from 'node:worker_threads';

/**
 * The argument a `--jobs` worker is started with. Loading `node:worker_threads` to ask
 * `isMainThread` cost every `cntutor` start about 5 ms (it is not in Node's startup snapshot), so a
 * process looks for this argument first and loads the module only when it is there.
 */
export const LINT_WORKER_ARG = '--cntutor-lint-worker';

/** True in a thread started by `lintInWorkers`; a user who types the argument is still the main thread. */
export function startedAsLintWorker(): boolean {
  return (
    process.argv.includes(LINT_WORKER_ARG) &&
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    !(require('node:worker_threads') as typeof WorkerThreads).isMainThread
  );
}
