// The 2 MB argo-cd install manifest of ../shared/corpus/large: `cntutor lint` on it alone (time and
// peak memory, process start included), and opening it in the servers with a hover sent meanwhile.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { TextInput } from './inputs';
import type { ServerSpec } from './lsp-client';
import { limitTarget, row, type Row } from './report';
import { bigFile, hoverNotes } from './scenarios';

export const LARGE_MANIFEST = join('large', 'argo-cd__manifests__ha__install.yaml');

/** Written into each `cntutor lint` process: its peak resident memory, at exit, to a file. */
const MAX_RSS_PROBE = `process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_MAX_RSS_OUT, String(process.resourceUsage().maxRSS)));`;

export function largeManifest(corpusDir: string | undefined): (TextInput & { path: string }) | undefined {
  const path = corpusDir === undefined ? undefined : join(corpusDir, LARGE_MANIFEST);
  if (path === undefined || !existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  return {
    name: 'argo-cd-install.yaml',
    origin: `corpus ${LARGE_MANIFEST}`,
    text,
    lines: text.split('\n').length,
    path,
  };
}

const describe = (input: TextInput): string =>
  `argo-cd install, ${(input.text.length / 1e6).toFixed(1)} MB, ${input.lines.toLocaleString('en-US')} lines`;

/** `cntutor lint` on the file alone, `runs` times: wall time and peak RSS of each process. */
export function largeManifestCliRows(cli: string, input: TextInput & { path: string }, runs: number): Row[] {
  const dir = mkdtempSync(join(tmpdir(), 'cntutor-bench-rss-'));
  const probe = join(dir, 'probe.js');
  writeFileSync(probe, MAX_RSS_PROBE);
  const ms: number[] = [];
  const rssMb: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const out = join(dir, `rss-${i}`);
      const start = performance.now();
      const result = spawnSync(process.execPath, ['--require', probe, cli, 'lint', input.path, '--format', 'json'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, BENCH_MAX_RSS_OUT: out },
      });
      ms.push(performance.now() - start);
      if (result.status !== 0 && result.status !== 1) throw new Error(`cntutor lint exited ${result.status}`);
      const reports = JSON.parse(result.stdout) as { skipped?: string; error?: string }[];
      if (reports.length !== 1 || reports[0]?.skipped || reports[0]?.error) throw new Error('the file was not linted');
      rssMb.push(Number(readFileSync(out, 'utf8')) / 1024);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    limitTarget(
      row('`lint`, one large manifest (process start included)', describe(input), 'ms', ms, '', undefined),
      500,
      '< 500 ms',
    ),
    limitTarget(row('`lint` peak RSS', describe(input), 'MB', rssMb, '', undefined), 120, '< 120 MB'),
  ];
}

/** Opens the file in each server after a small one, with a hover 100 ms in. */
export async function largeManifestServerRows(
  ours: ServerSpec | undefined,
  peer: ServerSpec,
  input: TextInput,
  warm: TextInput,
  opts: { runs: number; workDir: string },
  notes: string[],
): Promise<Row[]> {
  const options = { runs: opts.runs, hoverDelayMs: 100, workDir: opts.workDir };
  const mine = ours === undefined ? undefined : await bigFile(ours, input, warm, options);
  const theirs = await bigFile(peer, input, warm, options);
  notes.push(
    ...hoverNotes('argo-cd install', [
      ['cntutor', mine],
      [peer.name, theirs],
    ]),
  );
  const answeredMeanwhile = mine !== undefined && mine.hoverBeforeDiagnostics === mine.diagnoseMs.length;
  return [
    {
      ...row('Open → full diagnostics', describe(input), 'ms', mine?.diagnoseMs, peer.name, theirs.diagnoseMs),
      target: undefined,
    },
    {
      ...row('Hover sent 100 ms into that', describe(input), 'ms', mine?.hoverMs, peer.name, theirs.hoverMs),
      target: { text: 'answered before the diagnostics', met: mine === undefined ? undefined : answeredMeanwhile },
    },
  ];
}
