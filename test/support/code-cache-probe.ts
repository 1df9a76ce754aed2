// Loads one file through the code cache in a fresh process and prints what happened, so a test can
// see a second process take the cache the first one wrote.
import { codeCacheState, requireWithCodeCache, saveCodeCaches } from '../../server/src/code-cache';

const file = process.argv[2] as string;
const exported = requireWithCodeCache(file) as { answer(): unknown };
const loaded = codeCacheState(file);
saveCodeCaches();
process.stdout.write(JSON.stringify({ loaded, saved: codeCacheState(file), answer: exported.answer() }));
