/** What every way of running the suite shares: the compiled suite and a disposable copy of the fixtures. */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { tempFolder } from '../../support/temp-folder';

export const repoRoot = path.resolve(__dirname, '../../..');

/** Bundles test/e2e/suite (entry point plus one file per *.test.ts) for the extension host; returns index.js. */
export async function buildSuite(outdir = path.join(repoRoot, 'out/e2e/suite')): Promise<string> {
  const dir = path.join(repoRoot, 'test/e2e/suite');
  const tests = fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts'));
  fs.rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: ['index.ts', ...tests].map((f) => path.join(dir, f)),
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(outdir, 'index.js');
}

/**
 * Bundles test/e2e/web-suite for the browser's extension host, a web worker: no Node built-in may
 * be in it (esbuild fails the bundle on one). Returns the entry point.
 */
export async function buildWebSuite(outdir = path.join(repoRoot, 'out/e2e/web-suite')): Promise<string> {
  fs.rmSync(outdir, { recursive: true, force: true });
  const outfile = path.join(outdir, 'index.js');
  await build({
    entryPoints: [path.join(repoRoot, 'test/e2e/web-suite/index.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'cjs',
    sourcemap: true,
    external: ['vscode'],
    logLevel: 'warning',
  });
  return outfile;
}

/** Copies a fixture folder to a fresh temporary folder, so that no run can change the fixtures. */
export function copyFolder(source: string, name = path.basename(source)): string {
  const target = path.join(tempFolder('cntutor-ws-'), name);
  fs.cpSync(source, target, { recursive: true });
  return target;
}

export function removeCopy(copy: string): void {
  fs.rmSync(path.dirname(copy), { recursive: true, force: true });
}
