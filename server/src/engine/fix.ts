import { LineIndex, comparePositions, rangesOverlap } from './text';
import type { Finding, Range, TextEdit } from './types';

/** Applies non-overlapping edits; edits that overlap an earlier one are skipped, never merged. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  const accepted: TextEdit[] = [];
  for (const edit of [...edits].sort((a, b) => comparePositions(a.range.start, b.range.start))) {
    const last = accepted[accepted.length - 1];
    if (last && (rangesOverlap(last.range, edit.range) || comparePositions(last.range.end, edit.range.start) > 0))
      continue;
    accepted.push(edit);
  }
  let result = text;
  for (const edit of accepted.reverse()) {
    result =
      result.slice(0, index.offsetAt(edit.range.start)) + edit.newText + result.slice(index.offsetAt(edit.range.end));
  }
  return result;
}

/**
 * Rules whose fixes repair the file's structure (a misspelt key, broken syntax). Other rules judged
 * the broken structure, so their fixes wait for the next pass: a renamed `metadata` key and another
 * rule's new `metadata` block, applied together, would give the map the same key twice.
 */
const STRUCTURAL_RULES: ReadonlySet<string> = new Set(['yaml-syntax', 'kubernetes-schema', 'dockerfile-syntax']);

/** The edits of every fixable finding whose edits do not collide with a fix already chosen. */
export function compatibleFixEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const repairs = findings.filter((f) => f.fix && STRUCTURAL_RULES.has(f.ruleId));
  for (const finding of repairs.length > 0 ? repairs : findings) {
    const edits = finding.fix?.edits;
    if (!edits) continue;
    const collides = edits.some((edit) =>
      chosen.some(
        (other) =>
          rangesOverlap(edit.range, other.range) ||
          (comparePositions(edit.range.start, other.range.start) === 0 &&
            comparePositions(edit.range.end, other.range.end) === 0) ||
          insertsAtBoundary(edit.range, other.range) ||
          insertsAtBoundary(other.range, edit.range),
      ),
    );
    if (!collides) chosen.push(...edits);
  }
  return chosen;
}

/**
 * An insertion where another edit's replaced text starts or ends: both fixes were computed against
 * the same neighbour (a RUN's end that one appends to and another joins to the next RUN), so the
 * second waits for the next pass and is computed against the first one's result.
 */
function insertsAtBoundary(insertion: Range, other: Range): boolean {
  if (comparePositions(insertion.start, insertion.end) !== 0 || comparePositions(other.start, other.end) === 0)
    return false;
  return comparePositions(insertion.start, other.start) === 0 || comparePositions(insertion.start, other.end) === 0;
}

/**
 * Applies every safe fix, re-linting between passes because one fix can move the text another
 * fix was computed against. Stops when nothing changes or after a bounded number of passes.
 */
export function fixAll(
  text: string,
  lintText: (text: string) => readonly Finding[],
  maxPasses = 10,
): { text: string; passes: number } {
  let current = text;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const edits = compatibleFixEdits(lintText(current));
    if (edits.length === 0) return { text: current, passes: pass - 1 };
    const next = applyEdits(current, edits);
    if (next === current) return { text: current, passes: pass - 1 };
    current = next;
  }
  return { text: current, passes: maxPasses };
}
