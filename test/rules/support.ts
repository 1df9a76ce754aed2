import path from 'node:path';
import type { Rule } from '../../server/src/engine/rule';
import { LineIndex } from '../../server/src/engine/text';
import type { Range } from '../../server/src/engine/types';
import { MARK_CLOSE, MARK_OPEN, type RuleFixtures } from '../../server/src/rules/fixtures';

const RULES_DIR = path.join(__dirname, '../../server/src/rules');

export function ruleFolder(rule: Rule): string {
  return path.join(RULES_DIR, rule.target, rule.id);
}

export function loadFixtures(rule: Rule): RuleFixtures {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path.join(ruleFolder(rule), 'fixtures.ts')) as { default: RuleFixtures }).default;
}

/** Strips ⟦ ⟧ markers and returns the clean text with the ranges they marked. */
export function unmark(marked: string): { text: string; ranges: Range[] } {
  let text = '';
  const offsets: [number, number][] = [];
  let open = -1;
  for (const char of marked) {
    if (char === MARK_OPEN) open = text.length;
    else if (char === MARK_CLOSE) {
      offsets.push([open, text.length]);
      open = -1;
    } else text += char;
  }
  const index = new LineIndex(text);
  return { text, ranges: offsets.map(([s, e]) => index.rangeOf(s, e)) };
}
