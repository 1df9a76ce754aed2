import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMap, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';
import { keyNodeAt, nodeAt } from '../../server/src/engine/kubernetes/parse';
import { fixtureTexts } from '../rules/support';

type Path = (string | number)[];

/** The lookup as the YAML library does it, one `get` per key. */
function libraryNodeAt(from: unknown, path: Path): unknown {
  let node = from;
  for (const segment of path) {
    if (isMap(node) && typeof segment === 'string') node = node.get(segment, true);
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return node ?? undefined;
}

/** The key node naming the last segment, as the library's entries give it. */
function libraryKeyNodeAt(from: unknown, path: Path): unknown {
  const parent = libraryNodeAt(from, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!isMap(parent) || typeof last !== 'string') return undefined;
  return parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last)?.key;
}

/** Every path to a node, plus paths that miss (absent keys, indexes past the end, a key on a list). */
function pathsIn(node: unknown, prefix: Path, out: Path[]): void {
  out.push(prefix, [...prefix, 'absent'], [...prefix, 0], [...prefix, 99]);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key === 'string') pathsIn(pair.value, [...prefix, key], out);
      if (typeof key === 'number') out.push([...prefix, String(key)]);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => pathsIn(item, [...prefix, index], out));
  }
}

describe('nodeAt', () => {
  it('finds the nodes and keys the YAML library finds, for every path of every manifest fixture', () => {
    let compared = 0;
    for (const { text } of fixtureTexts('kubernetes')) {
      for (const document of parseAllDocuments(text)) {
        if (!('contents' in document)) continue;
        const paths: Path[] = [];
        pathsIn(document.contents, [], paths);
        for (const path of paths) {
          assert.equal(nodeAt(document.contents as Node, path), libraryNodeAt(document.contents, path));
          assert.equal(keyNodeAt(document.contents as Node, path), libraryKeyNodeAt(document.contents, path));
          compared++;
        }
      }
    }
    assert.ok(compared > 10_000, `only ${compared} paths compared`);
  });

  it('takes the first of duplicate keys, and matches keys by their text only', () => {
    const [document] = parseAllDocuments('a: 1\na: 2\n80: port\n"q": quoted\n? [x]\n: complex\n~: null\n');
    const root = document?.contents as Node;
    assert.equal(String(nodeAt(root, ['a'])), '1');
    assert.equal(nodeAt(root, ['80']), undefined);
    assert.equal(String(nodeAt(root, ['q'])), 'quoted');
    assert.equal(nodeAt(root, ['x']), undefined);
    assert.equal(nodeAt(root, ['null']), undefined);
  });
});
