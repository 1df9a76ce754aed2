/**
 * The CLI holds V8's young generation at 1 MB (young-generation.ts), so the temporaries of a
 * large parse (a CustomResourceDefinition's YAML tokens live until the whole document is
 * composed) survive two scavenges and are promoted, and V8 lets garbage in the old generation
 * grow to about four times what is alive before it marks. After the index round has parsed a
 * large amount of YAML, one full collection drops that garbage before the rules run and add
 * their own: the CLI on the 2 MB argo-cd install manifest peaked at 115 MB instead of 123 MB,
 * the collection taking about 30 ms of a run of over a second. Where the objects are many and
 * small, the rules' work, not the parse's garbage, makes the peak, and the collection only cost
 * time (5,000 objects in 3 MB: 0.1 s more, the same peak): it runs when the parse outweighs what
 * follows, at 8 KB or more of YAML per object (the argo-cd manifest: 29 KB, mostly CRDs). Only a
 * single-threaded run does it: V8's flags belong to the process, and `--jobs` workers toggling one
 * while another thread compiles against its code cache would make that cache miss.
 */
import type * as Vm from 'node:vm';
import { setV8Flag } from '../v8-flags';

/** Below this much YAML the garbage is too little to be worth a full collection. */
export const LARGE_PARSE_CHARS = 1024 * 1024;
/** Below this much YAML per object, linting the objects weighs more than the parse's garbage. */
export const CHARS_PER_OBJECT = 8 * 1024;

/** Collects the garbage of an index round that parsed `objects` objects from `texts`, when it is worth it. */
export function collectAfterLargeParse(texts: ReadonlyMap<string, string>, objects: number): boolean {
  let yamlChars = 0;
  for (const [file, text] of texts) if (/\.ya?ml$/i.test(file)) yamlChars += text.length;
  if (yamlChars < LARGE_PARSE_CHARS || yamlChars < objects * CHARS_PER_OBJECT) return false;
  return fullCollection();
}

/**
 * V8 offers a full collection to scripts only with --expose-gc; the flag is turned on for as long
 * as it takes to fetch the function and back off after, since V8 stamps a code cache with a hash
 * of its flags and a cache written at exit must match the next start's.
 */
function fullCollection(): boolean {
  if (!setV8Flag('--expose-gc')) return false;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only for large runs
    const gc: unknown = (require('node:vm') as typeof Vm).runInNewContext('typeof gc === "function" ? gc : undefined');
    if (typeof gc !== 'function') return false;
    (gc as () => void)();
    return true;
  } catch {
    // A runtime that will not hand it over collects on its own schedule; nothing depends on this one.
    return false;
  } finally {
    setV8Flag('--no-expose-gc');
  }
}
