import type * as V8 from 'node:v8';

/**
 * Sets one of V8's flags for the whole process (they are the process's, not a thread's). False
 * when the runtime refuses, which none is known to do and every caller survives: the flag only
 * tunes speed or memory. `node:v8` is loaded when first needed: it costs a start about a
 * millisecond.
 */
export function setV8Flag(flag: string): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('node:v8') as typeof V8).setFlagsFromString(flag);
    return true;
  } catch {
    return false;
  }
}
