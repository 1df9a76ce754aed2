import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMap, isNode, isPair, isScalar, isSeq, parseDocument, Pair, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';
import { YAML_PARSE_OPTIONS } from '../../server/src/engine/kubernetes/document-cache';
import { fastParseDocument } from '../../server/src/engine/kubernetes/fast-yaml';

const TEXT = 'kind: Pod\nspec:\n  containers:\n    - name: app\n      ports: [80, 443]\n      args: {}\n';

describe('nodes the fast reader makes', () => {
  it('are what the library’s type tests, classes, copies, JSON and printing take them for', () => {
    const fast = fastParseDocument(TEXT, 0, YAML_PARSE_OPTIONS);
    assert.ok(fast);
    const library = parseDocument(TEXT, YAML_PARSE_OPTIONS);
    const kinds: string[] = [];
    visit(fast, (_key, node) => {
      if (isScalar(node)) assert.ok(node instanceof Scalar && isNode(node));
      if (isMap(node)) assert.ok(node instanceof YAMLMap && isNode(node) && node.schema === fast.schema);
      if (isSeq(node)) assert.ok(node instanceof YAMLSeq && isNode(node));
      if (isPair(node)) assert.ok(node instanceof Pair && !isNode(node));
      kinds.push(isScalar(node) ? 'scalar' : isMap(node) ? 'map' : isSeq(node) ? 'seq' : isPair(node) ? 'pair' : '?');
    });
    assert.deepEqual([...new Set(kinds)].sort(), ['map', 'pair', 'scalar', 'seq']);
    assert.deepEqual(fast.toJS(), library.toJS());
    assert.equal(fast.toString(), library.toString());
    assert.equal(JSON.stringify(fast.contents), JSON.stringify(library.contents));
    const copy = fast.clone();
    assert.ok(isMap(copy.contents) && copy.contents !== fast.contents);
    assert.deepEqual(copy.toJS(), library.toJS());
    // The type mark is no property of the node's own, as the library's is not enumerable either.
    const root = fast.contents as YAMLMap;
    assert.deepEqual(Object.keys(root).sort(), Object.keys(library.contents as YAMLMap).sort());
    assert.equal(Object.getOwnPropertyDescriptor(root, 'schema')?.enumerable, false);
  });

  it('take edits made through the library', () => {
    const fast = fastParseDocument(TEXT, 0, YAML_PARSE_OPTIONS);
    assert.ok(fast);
    fast.setIn(['spec', 'containers', 0, 'image'], 'nginx:1.27');
    fast.deleteIn(['kind']);
    assert.equal(
      fast.toString(),
      'spec:\n  containers:\n    - name: app\n      ports: [ 80, 443 ]\n      args: {}\n      image: nginx:1.27\n',
    );
  });
});
