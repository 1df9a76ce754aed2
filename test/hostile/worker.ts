import { parentPort, workerData } from 'node:worker_threads';
import { lint, type LintResult } from '../../server/src/engine';
import { checkResult } from '../fuzz/invariants';
import { HOSTILE_CASES } from './cases';

/** Lints one hostile case in a worker with a memory limit and reports what it cost. */
export interface HostileReport {
  ok: boolean;
  /** The failure, when not ok. */
  message: string;
  ms: number;
  heapMb: number;
  chars: number;
  ruleIds: string[];
  /** Rule id and line of each finding, for comparison with the `sameAs` text. */
  lines: string[];
  sameLines: string[] | undefined;
}

const summary = (result: LintResult): string[] =>
  result.findings.map((f) => `${f.ruleId}@${f.range.start.line}-${f.range.end.line}`);

const REFERENCES: readonly (readonly [string, string])[] = [
  ['FROM node:20\nRUN apt-get install curl && echo "$(pwd)"\nCMD node server.js\n', 'Dockerfile'],
  [
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: nginx\n',
    'p.yaml',
  ],
];

const port = parentPort;
if (port) {
  const hostile = HOSTILE_CASES[workerData as number];
  const report: HostileReport = {
    ok: true,
    message: '',
    ms: 0,
    heapMb: 0,
    chars: 0,
    ruleIds: [],
    lines: [],
    sameLines: undefined,
  };
  try {
    if (!hostile) throw new Error(`no hostile case ${String(workerData)}`);
    const reference = REFERENCES.map(([text, uri]) => summary(lint(text, uri)).join(' '));
    const text = hostile.make();
    report.chars = text.length;
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const result = lint(text, hostile.uri);
    report.ms = performance.now() - started;
    report.heapMb = Math.max(0, process.memoryUsage().heapUsed - heapBefore) / (1024 * 1024);
    checkResult(text, result);
    report.ruleIds = [...new Set(result.findings.map((f) => f.ruleId))];
    report.lines = summary(result);
    if (hostile.sameAs) report.sameLines = summary(lint(hostile.sameAs(), hostile.uri));
    // The parsers and caches keep state between calls: a hostile input must not spoil it.
    const afterwards = REFERENCES.map(([text, uri]) => summary(lint(text, uri)).join(' '));
    if (afterwards.join('\n') !== reference.join('\n'))
      throw new Error(
        `ordinary files lint differently after this input:\n${reference.join('\n')}\n${afterwards.join('\n')}`,
      );
  } catch (error) {
    report.ok = false;
    report.message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  port.postMessage(report);
}
