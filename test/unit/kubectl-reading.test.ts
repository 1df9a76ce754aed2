import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument, type Node } from 'yaml';
import { asKubectlReadsIt } from '../../server/src/schema/validate';

function read(text: string): { value: Record<string, unknown>; sent: unknown } {
  const document = parseDocument(text);
  const value = document.toJS() as Record<string, unknown>;
  return { value, sent: asKubectlReadsIt(value, document.contents as Node) };
}

describe('the value as kubectl sends it', () => {
  it('is the value itself when kubectl reads it the same', () => {
    const { value, sent } = read('spec:\n  containers:\n    - name: app\n      args: ["yes", "no"]\n');
    assert.equal(sent, value);
  });

  it('drops keys without a value and reads unquoted yes/no as booleans, in copies of the maps and lists on the way', () => {
    const text = 'a: {keep: 1}\nspec:\n  empty:\n  list: [yes, "no", off]\n  same: {x: 1}\n';
    const { value, sent } = read(text);
    assert.deepEqual(sent, { a: { keep: 1 }, spec: { list: [true, 'no', false], same: { x: 1 } } });
    const spec = value.spec as Record<string, unknown>;
    assert.deepEqual(spec.list, ['yes', 'no', 'off'], 'the parsed value is left as it was');
    assert.ok('empty' in spec);
    const sentValue = sent as Record<string, Record<string, unknown>>;
    assert.equal(sentValue.a, value.a, 'a map that reads the same is shared');
    assert.equal(sentValue.spec?.same, spec.same);
    assert.deepEqual(Object.keys(sentValue.spec ?? {}), ['list', 'same'], 'keys keep their order');
  });
});
