import { Worker, type MessagePort } from 'node:worker_threads';
import { lint } from '../engine';
import type { Config } from '../engine/config';
import { YamlDocumentCache } from '../engine/kubernetes/document-cache';
import type { LintResult } from '../engine/types';
import type { CustomResourceDefinitionSource, WorkspaceIndex } from '../engine/workspace';

/** Documents at least this long are linted on a worker thread, so hovers and edits stay responsive. */
export const WORKER_THRESHOLD_CHARS = 200_000;

export interface LintJob {
  uri: string;
  text: string;
  config: Config;
  languageId: string;
  workspace?: WorkspaceIndex;
}

/** What a worker needs of the workspace index, as plain data that can cross threads. */
interface WorkspaceSnapshot {
  customResourceDefinitions: CustomResourceDefinitionSource[];
  isKustomizePatch: boolean;
}

function snapshot(job: LintJob): WorkspaceSnapshot {
  return {
    customResourceDefinitions: [...(job.workspace?.customResourceDefinitions?.() ?? [])],
    isKustomizePatch: job.workspace?.isKustomizePatch?.(job.uri) ?? false,
  };
}

function fromSnapshot(uri: string, data: WorkspaceSnapshot): WorkspaceIndex {
  return {
    customResourceDefinitions: () => data.customResourceDefinitions,
    isKustomizePatch: (candidate) => candidate === uri && data.isKustomizePatch,
  };
}

interface WorkerReply {
  id: number;
  result?: LintResult;
  error?: string;
}

/**
 * Runs the engine for the language server: small documents inline (fastest), large ones on a
 * worker thread. Each document keeps a cache of its parsed YAML documents between edits.
 */
export class LintRunner {
  private readonly caches = new Map<string, YamlDocumentCache>();
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, (reply: WorkerReply) => void>();

  constructor(private readonly workerScript: string | undefined) {}

  isLarge(text: string): boolean {
    return this.workerScript !== undefined && text.length >= WORKER_THRESHOLD_CHARS;
  }

  async run(job: LintJob): Promise<LintResult> {
    if (!this.isLarge(job.text)) return this.inline(job);
    try {
      return await this.onWorker(job);
    } catch {
      // A worker that cannot start or has died must not leave the document without diagnostics.
      return this.inline(job);
    }
  }

  forget(uri: string): void {
    this.caches.delete(uri);
    this.worker?.postMessage({ forget: uri });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private inline(job: LintJob): LintResult {
    let cache = this.caches.get(job.uri);
    if (!cache) {
      cache = new YamlDocumentCache();
      this.caches.set(job.uri, cache);
    }
    return lint(job.text, job.uri, job.config, {
      languageId: job.languageId,
      yamlCache: cache,
      ...(job.workspace ? { workspace: job.workspace } : {}),
    });
  }

  private onWorker(job: LintJob): Promise<LintResult> {
    const worker = this.startWorker();
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (reply) => (reply.result ? resolve(reply.result) : reject(new Error(reply.error))));
      const plain: LintJob = { uri: job.uri, text: job.text, config: job.config, languageId: job.languageId };
      worker.postMessage({ id, job: plain, workspace: snapshot(job) });
    });
  }

  private startWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerScript ?? '', { workerData: { role: 'cntutor-lint-worker' } });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
    const fail = (error: unknown): void => {
      this.worker = undefined;
      for (const settle of this.pending.values()) settle({ id: 0, error: String(error) });
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`lint worker exited with ${code}`)));
    this.worker = worker;
    return worker;
  }
}

/** The worker side: the same engine, with its own per-document caches. */
export function serveLintWorker(port: MessagePort): void {
  const runner = new LintRunner(undefined);
  port.on('message', (message: { id?: number; job?: LintJob; workspace?: WorkspaceSnapshot; forget?: string }) => {
    if (message.forget) {
      runner.forget(message.forget);
      return;
    }
    if (message.id === undefined || !message.job) return;
    try {
      const job = message.workspace
        ? { ...message.job, workspace: fromSnapshot(message.job.uri, message.workspace) }
        : message.job;
      void runner.run(job).then((result) => port.postMessage({ id: message.id, result }));
    } catch (error) {
      port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
