/**
 * `cntutor`: a few lines that load the CLI's bundle through the code cache (see code-cache.ts),
 * since a script cannot take the cache for itself once Node has compiled it.
 */
import * as path from 'node:path';
import { requireWithCodeCache } from '../code-cache';

const bundle = requireWithCodeCache(path.join(__dirname, 'cli-bundle.js')) as { runCli(): void };
bundle.runCli();
