/**
 * Which parts of the engine this process has run. The code cache (code-cache.ts) records the parts
 * a cache was made after, and makes it again once a process runs a part it lacks: a cache holds
 * only the functions compiled before it was made, so one made after a Dockerfile-only run left
 * every later manifest run compiling the Kubernetes half again (the joined corpus: 628 ms instead
 * of 551). The launcher and the bundle it loads each carry a copy of this module: the record lives
 * on the process, so both see the same one.
 */
export const CODE_PARTS = ['dockerfile', 'kubernetes'] as const;
export type CodePart = (typeof CODE_PARTS)[number];

interface Shared {
  used: Set<CodePart>;
  listeners: ((part: CodePart) => void)[];
}
const shared = ((globalThis as Record<symbol, Shared | undefined>)[Symbol.for('cntutor.codeUse')] ??= {
  used: new Set(),
  listeners: [],
});

/** Records that this process runs `part`; the first time, whoever listens hears of it. */
export function noteCodeUse(part: CodePart): void {
  if (shared.used.has(part)) return;
  shared.used.add(part);
  for (const listener of shared.listeners) listener(part);
}

/** The parts this process has run so far. */
export function codeUsed(): ReadonlySet<CodePart> {
  return shared.used;
}

/** Calls `listener` with each part the first time this process runs it. */
export function onFirstCodeUse(listener: (part: CodePart) => void): void {
  shared.listeners.push(listener);
}
