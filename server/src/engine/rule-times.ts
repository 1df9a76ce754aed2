/**
 * Time spent in each rule, measured only while a caller has asked for it (`cntutor lint --timing`,
 * the benchmark): a slow rule shows up by name as the catalogue grows.
 *
 * Some work serves several rules and is done by whichever asks first: a file's schema analysis
 * (each object against its kind's schema, and the custom kinds the workspace defines) feeds both
 * `kubernetes-validation` and `unknown-custom-resource`. Counted under the rule that happened to
 * ask first, it made that rule look slow; it is counted under a name of its own instead.
 */
let totals: Map<string, number> | undefined;
let shared: Map<string, number> | undefined;
/** Shared work done inside the rule running now, which that rule's time leaves out. */
let sharedInRule = 0;

/** Starts (or restarts) measuring. */
export function measureRuleTimes(): void {
  totals = new Map();
  shared = new Map();
  sharedInRule = 0;
}

/** Milliseconds per rule id since measuring started, slowest first. */
export function ruleTimes(): [string, number][] {
  return [...(totals ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
}

/** Milliseconds per kind of shared work since measuring started, slowest first. */
export function sharedWorkTimes(): [string, number][] {
  return [...(shared ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
}

/** Runs one rule's work, `body(input)`, adding its duration to the rule's total when measuring. */
export function timed<T>(ruleId: string, body: (input: T) => void, input: T): void {
  if (!totals) {
    body(input);
    return;
  }
  const outer = sharedInRule;
  sharedInRule = 0;
  const started = performance.now();
  try {
    body(input);
  } finally {
    totals.set(ruleId, (totals.get(ruleId) ?? 0) + performance.now() - started - sharedInRule);
    // A rule run inside another: the shared work it did is not the outer rule's either.
    sharedInRule += outer;
  }
}

/**
 * Runs work several rules share (`label` names it), counting its duration under the label rather
 * than the rule that asked first. Not to be nested in other shared work.
 */
export function sharedWork<T>(label: string, work: () => T): T {
  if (!shared) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    const spent = performance.now() - started;
    shared.set(label, (shared.get(label) ?? 0) + spent);
    sharedInRule += spent;
  }
}
