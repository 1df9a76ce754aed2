// How `cntutor lint --jobs N` scales, beside how much two busy processes gain on this machine at all.
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { oursLint, type CliRun } from './cli-bench';
import { ratioTarget, row, type Row } from './report';

/**
 * Two workloads with no I/O, each about half a second alone: one that allocates objects, some of
 * them kept a while, as a parse does; one that only does arithmetic. Started two at a time, the
 * second shows whether the cores are really two; the first, how much the collectors and the memory
 * they share leave to a second thread that allocates, which is what a linter does.
 */
const WORKLOADS = {
  'allocating objects, some kept a while': `const keep = [];
for (let round = 0; round < 24; round++) {
  const batch = [];
  for (let i = 0; i < 200000; i++) batch.push({ i, text: 'x' + i });
  keep.push(batch);
  if (keep.length > 4) keep.shift();
}`,
  'arithmetic only': `let x = 0;
for (let i = 0; i < 200000000; i++) x = (x * 31 + i) | 0;
if (x === 42) console.log(x);`,
} as const;

function runAlone(script: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['-e', script], { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`the host workload exited ${String(result.status)}`);
  return performance.now() - start;
}

function runPair(script: string): Promise<number> {
  const start = performance.now();
  const one = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`the host workload exited ${code}`))));
    });
  return Promise.all([one(), one()]).then(() => performance.now() - start);
}

/** Per workload: two at once, against the same two one after the other (twice the time of one alone). */
export async function hostParallelRows(runs: number): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, script] of Object.entries(WORKLOADS)) {
    const alone: number[] = [];
    const pairs: number[] = [];
    for (let i = 0; i < runs; i++) {
      alone.push(runAlone(script));
      pairs.push(await runPair(script));
    }
    rows.push({
      ...row(
        'This machine: 2 processes at once (ratio: their speed-up)',
        name,
        'ms',
        pairs,
        'the same two one after the other',
        alone.map((ms) => 2 * ms),
      ),
      target: undefined,
    });
  }
  return rows;
}

/**
 * `--jobs N` against `--jobs 1` on a run large enough for the workers' start to matter little;
 * near-linear means at least 0.85 of N.
 */
export function jobsScalingRow(
  cli: string,
  dir: string,
  files: number,
  input: string,
  oneThread: CliRun,
  cores: number,
  runs: number,
): Row {
  const spread = oursLint(cli, [dir, '--jobs', String(cores)], runs, files);
  const nearLinear = 0.85 * cores;
  return ratioTarget(
    row(`\`lint --jobs ${cores}\`, the same`, input, 'ms', spread.ms, 'the same with --jobs 1', oneThread.ms),
    nearLinear,
    `≥ ${nearLinear.toFixed(1)}x (near-linear)`,
  );
}
