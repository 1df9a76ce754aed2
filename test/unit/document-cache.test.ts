import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isNode, visit, type Document } from 'yaml';
import { lint } from '../../server/src/engine';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { lintSteps } from '../../server/src/engine/lint';
import { ALL_RULES } from '../../server/src/rules';
import { splitDocuments, YamlDocumentCache } from '../../server/src/engine/kubernetes/document-cache';
import { parseYaml } from '../../server/src/engine/kubernetes/parse';

const DOC = (name: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: nginx:latest
`;

/** Every node's range, so two parses can be compared exactly. */
function ranges(documents: Document.Parsed[]): string[] {
  const out: string[] = [];
  for (const document of documents) {
    out.push(`doc ${String(document.range)}`);
    visit(document, (key, node) => {
      if (isNode(node)) out.push(`${String(key)} ${String(node.range)}`);
    });
    for (const error of document.errors) out.push(`error ${error.code} ${String(error.pos)}`);
  }
  return out;
}

describe('YAML document cache', () => {
  it('splits only at document markers that start a line', () => {
    const text = 'a: 1\n---\nb: "---"\n--- \nc: 3\n...\n';
    assert.deepEqual(
      splitDocuments(text).map((c) => c.chunk),
      ['a: 1\n', '---\nb: "---"\n', '--- \nc: 3\n...\n'],
    );
  });

  it('gives the same node ranges as parsing the whole text, across a sequence of edits', () => {
    const cache = new YamlDocumentCache();
    const versions = [
      [DOC('a'), DOC('b'), DOC('c')].join('---\n'),
      [DOC('a'), DOC('bb'), DOC('c')].join('---\n'),
      [DOC('a-longer-name'), DOC('bb'), DOC('c')].join('---\n'),
      [DOC('a-longer-name'), DOC('c')].join('---\n'),
      [DOC('x'), 'broken: [\n', DOC('a-longer-name'), DOC('c')].join('---\n'),
      [DOC('c'), DOC('c'), DOC('c')].join('---\n'),
    ];
    for (const text of versions) {
      assert.deepEqual(ranges(cache.parseAll(text)), ranges(parseYaml(text).documents), text);
    }
  });

  it('lints the same with and without the cache', () => {
    const cache = new YamlDocumentCache();
    const text = [DOC('a'), DOC('b')].join('---\n');
    const plain = lint(text, 'file:///c/pods.yaml').findings;
    lint(text.replace('name: a', 'name: aaa'), 'file:///c/pods.yaml', undefined, { yamlCache: cache });
    assert.deepEqual(lint(text, 'file:///c/pods.yaml', undefined, { yamlCache: cache }).findings, plain);
  });

  it('parses a long document in many steps, with the same nodes as one parse', () => {
    const keys = Array.from({ length: 6000 }, (_, i) => `    key${i}: { type: string, description: "value ${i}" }`);
    const text = `${DOC('first')}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${keys.join('\n')}\n`;
    assert.ok(text.length > 200_000);
    const steps = new YamlDocumentCache().parseAllSteps(text);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    assert.ok(yields >= 10, `a 200 KB document must not be parsed in one step (${yields} yields)`);
    assert.deepEqual(ranges(step.value), ranges(parseYaml(text).documents));
  });

  it('lints large objects a few per step', () => {
    const data = Array.from({ length: 3000 }, (_, i) => `  key${i}: value-${i}`).join('\n');
    const big = (name: string): string =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${data}\n`;
    const text = [big('a'), big('b'), big('c'), big('d')].join('---\n');
    const perStepWithSmall = (source: string): number => {
      const steps = lintSteps(
        ALL_RULES.filter((rule) => rule.id === 'kubernetes-schema'),
        source,
        'file:///c/big.yaml',
        DEFAULT_CONFIG,
        {},
      );
      let yields = 0;
      while (!steps.next().done) yields++;
      return yields;
    };
    const small = [DOC('a'), DOC('b'), DOC('c'), DOC('d')].join('---\n');
    assert.ok(
      perStepWithSmall(text) >= perStepWithSmall(small) + 2,
      'four objects of 70 KB each are not checked in one step',
    );
  });
});
