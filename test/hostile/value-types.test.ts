import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPair, parseAllDocuments, visit } from 'yaml';
import { lint } from '../../server/src/engine';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { fixtureTexts } from '../rules/support';

/** Values of every other type than a field expects: maps, lists, null, numbers, booleans, odd scalars. */
const VALUES = [
  '{}',
  '[]',
  'null',
  '1',
  'true',
  '"x"',
  '[1]',
  '{a: 1}',
  '-1',
  '1.5',
  '""',
  '[{}]',
  '[[]]',
  '0x10',
  '.inf',
];

/** Where each value of a map entry lies in a text, as [start, end) offsets. */
function valueSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const document of parseAllDocuments(text)) {
    visit(document, {
      Pair(_key, pair) {
        const range = isPair(pair) ? (pair.value as { range?: [number, number, number] } | null)?.range : undefined;
        if (range) spans.push([range[0], range[1]]);
      },
    });
  }
  return spans;
}

describe('a value of the wrong type in a manifest', () => {
  it('breaks no rule and never shows up as [object Object]', () => {
    let runs = 0;
    for (const { rule, name, text } of fixtureTexts('kubernetes')) {
      for (const [start, end] of valueSpans(text)) {
        const value = VALUES[runs % VALUES.length] as string;
        runs++;
        // A block collection's range takes its line break: the flow value replacing it keeps one.
        const mutated = text.slice(0, start) + value + (text[end - 1] === '\n' ? '\n' : '') + text.slice(end);
        const label = `${rule.id}: ${name}: ${JSON.stringify(text.slice(start, end)).slice(0, 40)} → ${value}`;
        const result = lint(mutated, 'manifest.yaml', DEFAULT_CONFIG);
        assert.deepEqual(result.internalErrors, [], label);
        const shown = result.findings.find((finding) => /\[object Object\]|\[native code\]/.test(finding.message));
        assert.equal(shown?.message, undefined, label);
      }
    }
    assert.ok(runs > 5000, `only ${runs} texts`);
  });
});
