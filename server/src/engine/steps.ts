/**
 * Long work written as a generator that yields between units (a batch of documents, one rule over
 * a batch of objects). The CLI and tests drain it at once; the language server drains it in time
 * slices, so a 50,000-line manifest never keeps a hover waiting.
 */
export type Steps<T> = Generator<void, T, void>;

export function drain<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

export interface SliceControl {
  /** Longest stretch of work before other events get their turn. */
  sliceMs: number;
  /** Checked between slices; true abandons the work (a newer edit made it stale). */
  cancelled?: () => boolean;
}

/** Runs the steps, yielding to the event loop every `sliceMs`; undefined when cancelled. */
export async function drainInSlices<T>(steps: Steps<T>, control: SliceControl): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < control.sliceMs) continue;
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (control.cancelled?.()) return undefined;
    sliceStart = performance.now();
  }
}
