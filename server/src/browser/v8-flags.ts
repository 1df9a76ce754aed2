/** The browser bundle's copy of v8-flags.ts: a worker cannot tune the browser's V8, and need not. */
export function setV8Flag(): boolean {
  return false;
}
