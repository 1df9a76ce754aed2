// Loads one file through the code cache in a fresh process and prints what happened, so a test can
// see a second process take the cache the first one wrote. Optional arguments: the cache's variant
// (or ""), "grows", and the engine parts this process runs before it saves.
import { codeCacheState, requireWithCodeCache, saveCodeCaches } from '../../server/src/code-cache';
import { noteCodeUse, type CodePart } from '../../server/src/code-use';

const [file, variant, grows, ...parts] = process.argv.slice(2) as [string, string?, string?, ...string[]];
const exported = requireWithCodeCache(file, {
  ...(variant ? { variant } : {}),
  grows: grows === 'grows',
}) as { answer(): unknown };
const loaded = codeCacheState(file);
for (const part of parts) noteCodeUse(part as CodePart);
saveCodeCaches();
process.stdout.write(JSON.stringify({ loaded, saved: codeCacheState(file), answer: exported.answer() }));
