import { spawnSync } from 'node:child_process';
import path from 'node:path';

const CLI = path.join(__dirname, '../../dist/cli.js');

/** Runs the built `cntutor` in `cwd`, as CI would (no colours, no prompts). */
export function runCli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    // The default 1 MB would cut a large SARIF report short.
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CI: 'true' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonFinding {
  ruleId: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  related?: { uri?: string; message: string }[];
}

/** The findings of `lint --format json` output, of every file. */
export function jsonFindings(stdout: string): JsonFinding[] {
  return (JSON.parse(stdout) as { file: string; findings: JsonFinding[] }[]).flatMap((report) => report.findings);
}
