import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { HOSTILE_CASES } from './cases';
import type { HostileReport } from './worker';

/**
 * Each hostile input is linted in its own worker with a heap limit; the lint must finish within
 * TIME_LIMIT_MS (generous for a loaded two-core machine), keep every range inside the text and,
 * where the input is broken, say so with a finding. The measured time and heap growth are printed.
 */
const TIME_LIMIT_MS = 5000;
const HEAP_LIMIT_MB = 1024;
/** A worker silent for this long is a hang: it is stopped so the test fails instead of waiting forever. */
const HANG_MS = 15_000;

const BOOT = [
  "require('tsx/cjs');",
  `require(${JSON.stringify(path.join(__dirname, '..', 'register-text.cjs'))});`,
  `require(${JSON.stringify(path.join(__dirname, 'worker.ts'))});`,
].join('');

function runCase(index: number): Promise<HostileReport> {
  const worker = new Worker(BOOT, {
    eval: true,
    workerData: index,
    resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`no answer within ${HANG_MS} ms: the engine hangs on this input`));
    }, HANG_MS);
    worker.once('message', (report: HostileReport) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(report);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`the worker died (heap limit ${HEAP_LIMIT_MB} MB?): ${error.message}`));
    });
  });
}

describe('hostile input', { concurrency: Math.max(1, Math.min(2, availableParallelism())) }, () => {
  for (const [index, hostile] of HOSTILE_CASES.entries()) {
    it(hostile.name, async (t) => {
      const report = await runCase(index);
      t.diagnostic(
        `${(report.chars / 1024).toFixed(0)} KiB, ${report.ms.toFixed(0)} ms, heap +${report.heapMb.toFixed(0)} MB, findings: ${report.ruleIds.join(', ') || 'none'}`,
      );
      assert.ok(report.ok, report.message);
      assert.ok(report.ms < TIME_LIMIT_MS, `took ${report.ms.toFixed(0)} ms, limit ${TIME_LIMIT_MS} ms`);
      if (hostile.expect.length > 0) {
        assert.ok(
          hostile.expect.some((id) => report.ruleIds.includes(id)),
          `expected a finding from ${hostile.expect.join(' or ')}, got ${report.ruleIds.join(', ') || 'none'}`,
        );
      }
      if (report.sameLines) assert.deepEqual(report.lines, report.sameLines, 'findings differ from the plain text');
    });
  }
});
