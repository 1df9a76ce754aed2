/**
 * Time spent in each rule, measured only while a caller has asked for it (`cntutor lint --timing`,
 * the benchmark): a slow rule shows up by name as the catalogue grows.
 */
let totals: Map<string, number> | undefined;

/** Starts (or restarts) measuring. */
export function measureRuleTimes(): void {
  totals = new Map();
}

/** Milliseconds per rule id since measuring started, slowest first. */
export function ruleTimes(): [string, number][] {
  return [...(totals ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
}

/** Runs one rule's work, `body(input)`, adding its duration to the rule's total when measuring. */
export function timed<T>(ruleId: string, body: (input: T) => void, input: T): void {
  if (!totals) {
    body(input);
    return;
  }
  const started = performance.now();
  try {
    body(input);
  } finally {
    totals.set(ruleId, (totals.get(ruleId) ?? 0) + performance.now() - started);
  }
}
