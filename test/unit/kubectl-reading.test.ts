import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument, type Node } from 'yaml';
import { splitDocuments, YAML_PARSE_OPTIONS } from '../../server/src/engine/kubernetes/document-cache';
import { fastParseDocument } from '../../server/src/engine/kubernetes/fast-yaml';
import { readsAlikeInYaml11 } from '../../server/src/engine/kubernetes/yaml11-alike';
import { asKubectlReadsIt } from '../../server/src/schema/validate';
import { allRules } from '../../server/src/rules';
import { loadFixtures, unmark } from '../rules/support';

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

describe('documents the fast reader finds kubectl reads alike', () => {
  const marked = (text: string): boolean => {
    const document = fastParseDocument(text, 0, YAML_PARSE_OPTIONS);
    assert.ok(document, `the reader takes ${JSON.stringify(text)}`);
    return readsAlikeInYaml11(document.contents);
  };

  it('are those without a null or an unquoted YAML 1.1 boolean', () => {
    assert.equal(marked('a: 1\nb: [x, "yes"]\nc: |\n  no\n'), true);
    for (const text of [
      'a:\nb: 1\n',
      'a: ~\n',
      'a: null\n',
      'a: yes\n',
      'a: [x, Off]\n',
      'a:\n  - N\n',
      'a:\n  b:\n  c: 1\n',
    ])
      assert.equal(marked(text), false, text);
  });

  it('send their value as it is: every fixture document marked reads the same to kubectl', () => {
    let alike = 0;
    let other = 0;
    for (const rule of allRules().filter((candidate) => candidate.target === 'kubernetes')) {
      const fixtures = loadFixtures(rule);
      for (const fixture of [...fixtures.fire, ...fixtures.dontFire]) {
        for (const { chunk } of splitDocuments(unmark(fixture.text).text)) {
          const document = fastParseDocument(chunk, 0, YAML_PARSE_OPTIONS);
          if (!document?.contents) continue;
          const value: unknown = document.toJS();
          const same = asKubectlReadsIt(value, document.contents as Node) === value;
          if (readsAlikeInYaml11(document.contents)) {
            alike++;
            assert.ok(same, `${rule.id}: ${fixture.name}`);
          } else if (!same) other++;
        }
      }
    }
    assert.ok(alike > 200, `${alike} documents marked`);
    assert.ok(other >= 4, `${other} documents that kubectl reads otherwise`);
  });
});
