import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitDocuments, YAML_PARSE_OPTIONS } from '../../server/src/engine/kubernetes/document-cache';
import { fastParseDocument } from '../../server/src/engine/kubernetes/fast-yaml';
import { fastPlainValue } from '../../server/src/engine/kubernetes/fast-yaml-value';
import { fixtureTexts } from '../rules/support';

/** The value the fast path gives a chunk, beside the library's; undefined when the reader declined it. */
function both(chunk: string): { fast: unknown; library: unknown } | undefined {
  const document = fastParseDocument(chunk, 0, YAML_PARSE_OPTIONS);
  if (!document?.contents) return undefined;
  const fast = fastPlainValue(document.contents);
  assert.ok(fast, 'a document the reader read has a value of its own');
  return { fast: fast.value, library: document.toJS() };
}

describe('plain values of documents the fast reader read', () => {
  it('are the library’s for every fixture document, in LF and CRLF', () => {
    let compared = 0;
    for (const { rule, name, text } of fixtureTexts('kubernetes')) {
      for (const source of [text, text.replace(/\n/g, '\r\n')]) {
        for (const { chunk } of splitDocuments(source)) {
          const pair = both(chunk);
          if (!pair) continue;
          compared++;
          assert.deepStrictEqual(pair.fast, pair.library, `${rule.id}: ${name}`);
        }
      }
    }
    assert.ok(compared > 600, `${compared} documents compared`);
  });

  it('are the library’s for keys that are no strings or that objects inherit, and for special numbers', () => {
    const text =
      '__proto__:\n  polluted: 1\ntoString: x\nconstructor: [1]\n~: null key\n1: one\ntrue: yes\n0x1F: hex\n' +
      'n: [.nan, -.inf, 1e3, 010, 0o17, -0]\nempty:\nlist:\n  -\n  - ""\n';
    const pair = both(text);
    assert.ok(pair, 'the reader takes the text');
    assert.deepStrictEqual(pair.fast, pair.library);
    const fast = pair.fast as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(fast), Object.prototype, '`__proto__` is a key, not the prototype');
    assert.ok(Object.hasOwn(fast, '__proto__') && Object.hasOwn(fast, 'toString'));
    assert.deepEqual(Object.keys(fast), Object.keys(pair.library as object));
  });
});
