/**
 * `cntutor-language-server`: a few lines that load the server's bundle through the code cache
 * (see code-cache.ts), since a script cannot take the cache for itself once Node has compiled it.
 */
import * as path from 'node:path';
import { requireWithCodeCache } from '../code-cache';
import { holdFromStart } from '../young-generation';
import { useLeanCompiler } from '../compiler-flags';

useLeanCompiler();
holdFromStart();

const bundle = requireWithCodeCache(path.join(__dirname, 'server-bundle.js'), { grows: true }) as {
  runLanguageServer(): void;
};
bundle.runLanguageServer();
