// Command-line linting: `cntutor lint` over a corpus, and the peer CLI (dockerfile-utils) over its Dockerfiles.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface CliRun {
  ms: number[];
  exitCodes: number[];
  outputBytes: number;
  note: string;
  /** Files the run really linted: reported without being skipped and without an error. */
  linted?: number;
}

function timed(
  command: string,
  args: string[],
): { ms: number; status: number; bytes: number; stderr: string; stdout: string } {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  return {
    ms,
    status: result.status ?? -1,
    bytes: Buffer.byteLength(result.stdout ?? ''),
    stderr: (result.stderr ?? '').slice(0, 500),
    stdout: result.stdout ?? '',
  };
}

export function cliBundle(repoRoot: string): string | undefined {
  const path = join(repoRoot, 'dist', 'cli.js');
  return existsSync(path) ? path : undefined;
}

/**
 * `node dist/cli.js lint <paths> --format json`; exit 0 (clean) and 1 (findings) both count as
 * success. `expectLinted` guards the row against measuring nothing: the run fails unless exactly that
 * many files were linted (not skipped).
 */
export function oursLint(cli: string, paths: string[], runs: number, expectLinted?: number): CliRun {
  const out: CliRun = { ms: [], exitCodes: [], outputBytes: 0, note: '' };
  for (let i = 0; i < runs; i++) {
    const r = timed(process.execPath, [cli, 'lint', ...paths, '--format', 'json']);
    if (r.status !== 0 && r.status !== 1) throw new Error(`cntutor lint exited ${r.status}: ${r.stderr}`);
    out.ms.push(r.ms);
    out.exitCodes.push(r.status);
    out.outputBytes = r.bytes;
    const reports = JSON.parse(r.stdout) as { skipped?: string; error?: string }[];
    out.linted = reports.filter((report) => !report.skipped && !report.error).length;
  }
  if (expectLinted !== undefined && out.linted !== expectLinted)
    throw new Error(`cntutor lint ${paths.join(' ')} linted ${out.linted} files, expected ${expectLinted}`);
  out.note = `${out.linted} files linted`;
  return out;
}

/** `dockerfile-utils lint --json FILE` once per Dockerfile: its CLI takes a single file. */
export function dockerfileUtilsLint(files: string[], runs: number): CliRun {
  const bin = join(dirname(require.resolve('dockerfile-utils/package.json')), 'bin', 'dockerfile-utils');
  const out: CliRun = { ms: [], exitCodes: [], outputBytes: 0, note: `${files.length} processes per run` };
  for (let i = 0; i < runs; i++) {
    let total = 0;
    let bytes = 0;
    let worst = 0;
    for (const file of files) {
      const r = timed(process.execPath, [bin, 'lint', '--json', file]);
      if (r.status !== 0 && r.status !== 1)
        throw new Error(`dockerfile-utils lint ${file} exited ${r.status}: ${r.stderr}`);
      total += r.ms;
      bytes += r.bytes;
      worst = Math.max(worst, r.status);
    }
    out.ms.push(total);
    out.exitCodes.push(worst);
    out.outputBytes = bytes;
  }
  return out;
}

/** One rule's share of a `cntutor lint --timing` run. */
export interface RuleTime {
  rule: string;
  ms: number;
  share: number;
}

/** The table `cntutor lint --timing` prints on stderr: the slowest rules, then all rules and the whole run. */
export function ruleTiming(cli: string, paths: string[]): RuleTime[] {
  const result = spawnSync(process.execPath, [cli, 'lint', ...paths, '--format', 'json', '--timing'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const rows: RuleTime[] = [];
  for (const line of (result.stderr ?? '').split('\n')) {
    const match = /^(\S.*?)\s+(\d+\.\d)\s+(\d+\.\d)%$/.exec(line);
    if (match) rows.push({ rule: match[1] ?? '', ms: Number(match[2]), share: Number(match[3]) });
  }
  if (rows.length < 2)
    throw new Error(`cntutor lint --timing printed no table: ${(result.stderr ?? '').slice(0, 300)}`);
  return rows;
}
