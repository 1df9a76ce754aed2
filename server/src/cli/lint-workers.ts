/**
 * `cntutor lint --jobs N`: the files are shared out among worker threads, each running the same
 * bundle. The main thread builds the workspace index once and hands every worker a copy, so
 * cross-file findings are the same whichever worker lints a file; results come back in input order.
 */
import { statSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Config } from '../engine';
import type { WorkspaceSnapshot } from '../schema/workspace-index';
import type { FileToLint } from './files';
import type { FileReport } from './report';

export type FixMode = 'none' | 'safe' | 'all';

export interface LintJob {
  targets: FileToLint[];
  config: Config;
  fixMode: FixMode;
  /** `--kind`, applied to files named on the command line. */
  kind: string | undefined;
  workspace: WorkspaceSnapshot;
}

/** Fewer files than this per worker cost more to start a thread for than they take to lint. */
export const FILES_PER_WORKER = 8;

const JOB_KEY = 'cntutorLintJob';

/** True inside a worker started by `lintInWorkers`. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[JOB_KEY] !== undefined;
}

/** In a worker: lints the job's files with `lint` and sends the reports back. */
export function answerLintJob(lint: (job: LintJob) => FileReport[]): void {
  const job = (workerData as Record<string, LintJob>)[JOB_KEY] as LintJob;
  parentPort?.postMessage(lint(job));
}

/** Lints `targets` in `count` workers; the reports are in the order of `targets`. */
export async function lintInWorkers(
  targets: readonly FileToLint[],
  shared: Omit<LintJob, 'targets'>,
  count: number,
): Promise<FileReport[]> {
  const sizes = targets.map((target) => sizeOf(target.file));
  // Largest files first, each to the least loaded worker, so the workers finish about together.
  const order = targets.map((_, i) => i).sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0));
  const buckets = Array.from({ length: count }, () => ({ indices: [] as number[], bytes: 0 }));
  for (const i of order) {
    const lightest = buckets.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.indices.push(i);
    lightest.bytes += (sizes[i] ?? 0) + 1;
  }
  const reports: FileReport[] = new Array<FileReport>(targets.length);
  await Promise.all(
    buckets
      .filter((bucket) => bucket.indices.length > 0)
      .map(async (bucket) => {
        const job: LintJob = { ...shared, targets: bucket.indices.map((i) => targets[i] as FileToLint) };
        const done = await runWorker(job);
        done.forEach((report, k) => (reports[bucket.indices[k] as number] = report));
      }),
  );
  return reports;
}

function runWorker(job: LintJob): Promise<FileReport[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { [JOB_KEY]: job } });
    let answered = false;
    worker.once('message', (reports: FileReport[]) => {
      answered = true;
      resolve(reports);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`a lint worker stopped (exit code ${code}) before answering`));
    });
  });
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
