/**
 * V8 grows the young generation from 1 MB towards 16 MB per semi-space when much of what it
 * allocates survives a scavenge — as a freshly parsed manifest does, living until its findings are
 * out — and the process keeps those pages. Holding it at its initial size while a whole large file
 * is parsed and linted measured 15–30 MB less peak memory (the CLI on a 2 MB install manifest:
 * 157 MB → 128 MB; the language server opening an 8,000-line manifest: 131 MB → 117 MB) at an
 * unchanged speed: a long-lived parse is copied at most twice before promotion either way.
 * Edits are another matter: most of what they allocate dies young, and held at 1 MB each edit's
 * work is promoted and collected later at a cost (edits of that manifest took a quarter longer;
 * a Dockerfile edit, a millisecond more). So the CLI, which only parses whole files, holds it from
 * its start, and the language server for a large document's first run, and from its start
 * until it first lints a manifest: loading the bundle alone grew the young generation to 4 MB per
 * semi-space, and a Dockerfile's edits allocate too little to gain from more (a 300-line
 * Dockerfile's edit session: 74.7 → 69.9 MB peak, its edits no slower). The CLI lets go when it
 * is given several files or much to lint (lint-command.ts): scavenges of a 1 MB young generation
 * while 28 MB of YAML in 148 files was parsed and linted numbered 6,500 and took 11.7 s of a 48 s
 * run, and each file's lint work, which dies with the file, was copied at every scavenge.
 *
 * The growth factor is read whenever the young generation would grow, so it can be set at run
 * time, where its sibling --max-semi-space-size is read once at start and would need a wrapper
 * process. CNTUTOR_YOUNG_GENERATION=grow leaves V8's default throughout.
 */
import { setV8Flag } from './v8-flags';

/** V8's default growth factor. */
const GROW = 2;
/**
 * V8's flags belong to the process, and the launcher and the bundle it loads each carry a copy of
 * this module: the count of holds lives on the process too, so both copies see the same one.
 */
interface Shared {
  holds: number;
  releaseStart?: () => void;
}
const shared = ((globalThis as Record<symbol, Shared | undefined>)[Symbol.for('cntutor.youngGeneration')] ??= {
  holds: 0,
});

function apply(): void {
  if (process.env.CNTUTOR_YOUNG_GENERATION === 'grow') return;
  setFlag(shared.holds > 0 ? 1 : GROW);
}

function setFlag(factor: number): void {
  setV8Flag(`--semi-space-growth-factor=${factor}`);
}

/** Holds the young generation at its current size until the returned function is called. */
export function holdYoungGeneration(): () => void {
  shared.holds++;
  if (shared.holds === 1) apply();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    shared.holds--;
    if (shared.holds === 0) apply();
  };
}

/** Whether anything holds the young generation at its size now (for tests and diagnostics). */
export function youngGenerationHeld(): boolean {
  return shared.holds > 0 && process.env.CNTUTOR_YOUNG_GENERATION !== 'grow';
}

/** The hold from the process start (the language server's before its bundle loads, the CLI's); see above. */
export function holdFromStart(): void {
  shared.releaseStart ??= holdYoungGeneration();
}

/** Ends the hold from the start, if there is one: the first manifest, or a large run, is about to be linted. */
export function releaseStartHold(): void {
  const release = shared.releaseStart;
  if (release === undefined) return;
  shared.releaseStart = undefined;
  release();
}

/**
 * Runs `work` with V8's default growth factor. V8 stamps a code cache with a hash of its flags and
 * rejects the cache when they differ, so a cache is made and read with the same, default ones.
 */
export function withDefaultYoungGeneration<T>(work: () => T): T {
  if (!youngGenerationHeld()) return work();
  setFlag(GROW);
  try {
    return work();
  } finally {
    apply();
  }
}
