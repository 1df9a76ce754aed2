/**
 * `cntutor lint --jobs N`: the files are shared out among worker threads, each running the same
 * bundle, in two rounds. First each worker reads and parses its own files and indexes them (CRDs,
 * kustomizations, the facts of every object); the main thread joins those indexes into one, in
 * the order a single thread would have built it, and hands every worker a copy. Then each worker
 * lints its files against the whole index, reusing the parse of the first round, so cross-file
 * findings are the same whichever worker lints a file and no file is parsed twice. Results come
 * back in input order.
 */
import { availableParallelism } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { sizeOf } from '../file-size';
import { candidateKind } from '../engine/detect';
import type * as WorkerThreads from 'node:worker_threads';
import type { Config } from '../engine';
import type { WorkspaceSnapshot } from '../schema/workspace-snapshot';
import type { FileToLint } from './files';
import type { FileReport, RenderedReport } from './report';
import { renderJson } from './lint-output';
import { cliCacheVariant, WORKER_VARIANT_ARG } from '../launch/cli-variant';
import { LINT_WORKER_ARG, startedAsLintWorker } from './worker-flag';

export type FixMode = 'none' | 'safe' | 'all';

export interface LintJob {
  targets: FileToLint[];
  config: Config;
  fixMode: FixMode;
  /** `--kind`, applied to files named on the command line. */
  kind: string | undefined;
  /** `json`: the worker writes each report out as JSON itself (`--format json`). */
  render?: 'json';
}

/** What a worker does in each round; `State` (texts and parses) stays in the worker between them. */
export interface LintRounds<State> {
  index(job: LintJob): { index: WorkspaceSnapshot; state: State };
  /** Work that needs no other worker's index, done once this worker's index is sent. */
  meanwhile?(job: LintJob, state: State): void;
  /** Lints the job's files in order, handing over each report as soon as it is made. */
  lint(job: LintJob, workspace: WorkspaceSnapshot, state: State, report: (report: FileReport) => void): void;
}

/** A worker's message in the lint round: a file's report, by its place in the job, or the end. */
type LintAnswer = { position: number; report: FileReport | RenderedReport } | { done: true };

/** Fewer files than this per worker cost more to start a thread for than they take to lint. */
export const FILES_PER_WORKER = 8;

/**
 * A worker costs about 0.2 s to start (loading the bundle and the validators) and warms up its
 * own compiled code, and threads that allocate as a linter does slow each other down: on two
 * cores, two processes allocating at once each ran 1.6 times slower than one alone, their
 * collectors no longer having a core to spare. Measured there, two workers gained nothing up to
 * about 3 MB of manifests (the corpus's 2.7 MB: 1.97 s against 1.94 s) and won from 6 MB (4.0–5.4 s
 * against 6.0–6.2 s; 12 MB: 9.6–10.2 s against 11.4–12.8 s). By default a worker is started per
 * core only while each gets this much to lint; `--jobs N` asks for N whatever the size.
 */
const BYTES_PER_DEFAULT_WORKER = 3 * 1024 * 1024;
/**
 * A Dockerfile byte costs about half a manifest byte to lint, and each worker parses the RUN lines
 * repeated across files again: two workers took 1.75 s for the corpus's 198 Dockerfiles (1.1 MB)
 * where one thread took 1.45 s. By default they count for a quarter.
 */
const DOCKERFILE_BYTE_WEIGHT = 0.25;

/** How many threads lint `targets`: `--jobs`, or by default what the work is worth, at most one per core. */
export function workerCount(
  jobs: number | undefined,
  targets: readonly FileToLint[],
  cores: number = availableParallelism(),
): number {
  const byFiles = Math.floor(targets.length / FILES_PER_WORKER);
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, byFiles));
  const weight = (file: string): number => (candidateKind(file) === 'dockerfile' ? DOCKERFILE_BYTE_WEIGHT : 1);
  const bytes = targets.reduce((sum, target) => sum + sizeOf(target.file) * weight(target.file), 0);
  return Math.max(1, Math.min(cores, byFiles, Math.floor(bytes / BYTES_PER_DEFAULT_WORKER)));
}

const JOB_KEY = 'cntutorLintJob';

/** The script a worker starts: the bundle itself, or the launcher that loads it from the code cache. */
let workerEntry = __filename;
export function setWorkerEntry(file: string): void {
  workerEntry = file;
}

/** True inside a worker started by `lintInWorkers`. */
export function isLintWorker(): boolean {
  return startedAsLintWorker() && (threads().workerData as Record<string, unknown> | null)?.[JOB_KEY] !== undefined;
}

/** Loaded when a worker is started or answers, not at every start (see worker-flag.ts). */
function threads(): typeof WorkerThreads {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:worker_threads') as typeof WorkerThreads;
}

/** In a worker: indexes the job's files, waits for the whole index, then lints them. */
export function answerLintJob<State>(rounds: LintRounds<State>): void {
  const { workerData, parentPort: port } = threads();
  const job = (workerData as Record<string, LintJob>)[JOB_KEY] as LintJob;
  if (!port) return;
  const { index, state } = rounds.index(job);
  port.once('message', (shared: SharedArrayBuffer) => {
    const workspace = deserialize(new Uint8Array(shared)) as WorkspaceSnapshot;
    let position = 0;
    const send = (report: FileReport | RenderedReport): void =>
      port.postMessage(
        { position: position++, report } as LintAnswer,
        'json' in report ? [report.json.buffer as ArrayBuffer] : [],
      );
    rounds.lint(job, workspace, state, job.render === 'json' ? (report) => send(renderJson(report)) : send);
    port.postMessage({ done: true } as LintAnswer);
  });
  port.postMessage(index);
  // The whole index arrives as a message, so it is taken only once this is done.
  rounds.meanwhile?.(job, state);
}

/**
 * Lints `targets` in `count` workers; `joinIndexes` turns the workers' indexes (in no particular
 * order) into the whole workspace. Each report is handed to `onReport` in the order of `targets`
 * as soon as it and those before it have come, so output is written while the workers lint and a
 * report is held only until its turn.
 */
export async function lintInWorkers(
  targets: readonly FileToLint[],
  shared: Omit<LintJob, 'targets'>,
  count: number,
  joinIndexes: (indexes: WorkspaceSnapshot[]) => WorkspaceSnapshot,
  onReport: (report: FileReport | RenderedReport) => void,
): Promise<void> {
  const sizes = targets.map((target) => sizeOf(target.file));
  // Largest files first, each to the least loaded worker, so the workers finish about together.
  const order = targets.map((_, i) => i).sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0));
  const buckets = Array.from({ length: count }, () => ({ indices: [] as number[], bytes: 0 }));
  for (const i of order) {
    const lightest = buckets.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.indices.push(i);
    lightest.bytes += (sizes[i] ?? 0) + 1;
  }
  // Each worker lints its files in the order of `targets`, so each one's reports arrive in that order.
  for (const bucket of buckets) bucket.indices.sort((a, b) => a - b);
  const running = buckets
    .filter((bucket) => bucket.indices.length > 0)
    .map((bucket) => ({
      bucket,
      worker: new WorkerRounds({ ...shared, targets: bucket.indices.map((i) => targets[i] as FileToLint) }),
    }));
  try {
    const indexes = await Promise.all(running.map(({ worker }) => worker.indexed));
    // Copied for each worker, the whole index took the main thread 0.9 s of a 50,000-object run
    // while the workers waited (0.3 s serialised once into memory they all read).
    const workspace = sharedCopy(joinIndexes(indexes));
    const waiting = new Map<number, FileReport | RenderedReport>();
    let next = 0;
    const arrived = (index: number, report: FileReport | RenderedReport): void => {
      waiting.set(index, report);
      for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
        waiting.delete(next++);
        onReport(ready);
      }
    };
    await Promise.all(
      running.map(({ bucket, worker }) =>
        worker.lint(workspace, (position, report) => arrived(bucket.indices[position] as number, report)),
      ),
    );
  } finally {
    for (const { worker } of running) worker.stop();
  }
}

/** The value serialised into memory threads share: each reads it back with `deserialize`. */
function sharedCopy(value: unknown): SharedArrayBuffer {
  const bytes = serialize(value);
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  return shared;
}

/** One worker and its answers: its files' index, then their reports one by one. */
class WorkerRounds {
  readonly indexed: Promise<WorkspaceSnapshot>;
  private readonly worker: WorkerThreads.Worker;
  /** Where the worker's messages go: its index, then, in the lint round, each report and the end. */
  private onAnswer: ((answer: unknown) => void) | undefined;
  private failure: ((error: Error) => void)[] = [];

  constructor(job: LintJob) {
    // The worker loads the bundle through the same code cache as this thread.
    const variant = `${WORKER_VARIANT_ARG}${cliCacheVariant(process.argv.slice(2), false)}`;
    this.worker = new (threads().Worker)(workerEntry, {
      workerData: { [JOB_KEY]: job },
      argv: [LINT_WORKER_ARG, variant],
    });
    this.worker.on('message', (answer: unknown) => this.onAnswer?.(answer));
    const fail = (error: Error): void => {
      for (const reject of this.failure) reject(error);
      this.failure = [];
    };
    this.worker.once('error', fail);
    this.worker.once('exit', (code) => fail(new Error(`a lint worker stopped (exit code ${code}) before answering`)));
    this.indexed = this.round<WorkspaceSnapshot>((answer, resolve) => resolve(answer as WorkspaceSnapshot));
  }

  /** Sends the whole index, serialised; resolves once each report of the worker's files has gone to `onReport`. */
  lint(
    workspace: SharedArrayBuffer,
    onReport: (position: number, report: FileReport | RenderedReport) => void,
  ): Promise<void> {
    const done = this.round<undefined>((answer, resolve) => {
      const message = answer as LintAnswer;
      if ('done' in message) resolve(undefined);
      else onReport(message.position, message.report);
    });
    this.worker.postMessage(workspace);
    return done;
  }

  stop(): void {
    void this.worker.terminate();
  }

  /** A round of the worker's answers, each handed to `take`, until it resolves the round. */
  private round<T>(take: (answer: unknown, resolve: (value: T) => void) => void): Promise<T> {
    const answered = new Promise<T>((resolve, reject) => {
      this.onAnswer = (answer) => take(answer, resolve);
      this.failure.push(reject);
    });
    // When one worker fails the run ends with its error; the others' answers are no longer awaited.
    answered.catch(() => undefined);
    return answered;
  }
}
