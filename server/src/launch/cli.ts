/**
 * `cntutor`: a few lines that load the CLI's bundle through the code cache (see code-cache.ts),
 * since a script cannot take the cache for itself once Node has compiled it. `--jobs` workers
 * start here too: the bundle answers their job as it loads.
 */
import * as path from 'node:path';
import { requireWithCodeCache } from '../code-cache';
import { useLeanCompiler } from '../compiler-flags';
import { startedAsLintWorker } from '../cli/worker-flag';
import { cliCacheVariant } from './cli-variant';

const worker = startedAsLintWorker();
// Workers share the process's flags: only the main thread sets them.
if (!worker) useLeanCompiler();

const bundle = requireWithCodeCache(path.join(__dirname, 'cli-bundle.js'), {
  variant: cliCacheVariant(process.argv.slice(2), worker),
  grows: true,
}) as { runCli(launcher: string): void };
if (!worker) bundle.runCli(__filename);
