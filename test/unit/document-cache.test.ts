import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isNode, parseAllDocuments, visit, type Document } from 'yaml';
import { lint } from '../../server/src/engine';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { lintSteps } from '../../server/src/engine/lint';
import { allRules } from '../../server/src/rules';
import {
  parseDocuments,
  significantLength,
  splitDocuments,
  YAML_PARSE_OPTIONS,
  YamlDocumentCache,
} from '../../server/src/engine/kubernetes/document-cache';
import { moveOffsets } from '../../server/src/engine/kubernetes/document-offsets';
import { parseYaml } from '../../server/src/engine/kubernetes/parse';
import { kindsTakeIn } from '../../server/src/engine/kubernetes/workloads';
import { loadFixtures, unmark } from '../rules/support';

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

/** The document with its offsets moved as if it stood `by` characters further on. */
function shifted(document: Document.Parsed, by: number): Document.Parsed {
  moveOffsets(document, (offset) => offset + by);
  return document;
}

describe('YAML document cache', () => {
  it('splits only at document markers that start a line', () => {
    const text = 'a: 1\n---\nb: "---"\n--- \nc: 3\n...\n';
    assert.deepEqual(
      splitDocuments(text).map((c) => c.chunk),
      ['a: 1\n', '---\nb: "---"\n', '--- \nc: 3\n...\n'],
    );
  });

  it('ends a quoted scalar left open at the next document marker, as kubectl splits a file', () => {
    const later = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: later\n';
    for (const open of ["a: 'open\n", 'a: "open\n', 'a:\n  b: "open\nc: 1\n', 'a: "x\\"\n']) {
      const text = `${open}---\n${later}`;
      // Read whole, the library takes the rest of the file into the scalar (or ends it elsewhere).
      const whole = parseAllDocuments(text, YAML_PARSE_OPTIONS) as Document.Parsed[];
      const [first, second] = [
        ...parseAllDocuments(open, YAML_PARSE_OPTIONS),
        ...parseAllDocuments(`---\n${later}`, YAML_PARSE_OPTIONS),
      ] as Document.Parsed[];
      const expected = ranges([first as Document.Parsed, shifted(second as Document.Parsed, open.length)]);
      assert.notDeepEqual(ranges(whole), expected, open);
      assert.deepEqual(ranges(parseDocuments(text)), expected, open);
      assert.deepEqual(ranges(new YamlDocumentCache().parseAll(text)), expected, open);
      const parsed = parseYaml(text);
      assert.deepEqual(
        parsed.objects.map((object) => object.name),
        ['later'],
        open,
      );
      assert.ok(
        parsed.problems.length > 0 && parsed.problems.every((p) => p.range.start.line <= open.split('\n').length - 1),
        open,
      );
    }
  });

  it('reports a quote left open where it opens, not where the parser stopped reading', () => {
    for (const [text, line, character] of [
      ["a: 'open\nb: 1\n", 0, 3],
      ['a:\n  b: "open\n  c: 1\n---\nd: 1\n', 1, 5],
      ['a: ["x\n', 0, 4],
    ] as const) {
      const problem = parseYaml(text).problems.find((p) => p.message.startsWith('Missing closing'));
      assert.deepEqual(problem?.range.start, { line, character }, text);
      assert.deepEqual(new YamlDocumentCache().parseAll(text).length, parseYaml(text).documents.length);
    }
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

  it('hands a text read again a reading of its own that shares the last one, until the cache reads anything else', () => {
    const cache = new YamlDocumentCache();
    const a = [DOC('a'), DOC('b')].join('---\n');
    const b = [DOC('x'), DOC('a'), DOC('b')].join('---\n');
    const first = parseYaml(a, cache);
    const again = parseYaml(a, cache);
    assert.notEqual(again, first, 'analyses kept per reading must not outlive a lint');
    assert.equal(again.index, first.index);
    assert.equal(again.documents, first.documents);
    // Reading b moves a's documents, which b holds too, to where they stand in b.
    parseYaml(b, cache);
    const afterB = parseYaml(a, cache);
    assert.notEqual(afterB.index, first.index);
    assert.deepEqual(ranges(afterB.documents), ranges(parseYaml(a).documents));
    // So does a reading that does not go through parseYaml (the workspace index's).
    cache.parseAll(b);
    assert.deepEqual(ranges(parseYaml(a, cache).documents), ranges(parseYaml(a).documents));
    assert.deepEqual(ranges(parseYaml(b, cache).documents), ranges(parseYaml(b).documents));
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

  it('checks objects rule by rule within an object, still yielding every few checks', () => {
    const text = Array.from({ length: 100 }, (_, i) => DOC(`p${i}`)).join('---\n');
    const steps = lintSteps(allRules(), text, 'file:///c/pods.yaml', DEFAULT_CONFIG, {});
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    // Every 50 checks of the rules that take in a Pod (rules about other kinds are passed over).
    const pod = parseYaml(DOC('p')).objects[0];
    assert.ok(pod);
    const objectRules = allRules().filter(
      (rule) => rule.target === 'kubernetes' && rule.check && kindsTakeIn(rule.kinds, pod),
    ).length;
    assert.ok(objectRules > 40, `${objectRules} rules check a Pod`);
    assert.ok(yields >= (100 * objectRules) / 50, `${yields} yields for 100 objects and ${objectRules} rules`);
    assert.deepEqual(step.value.findings, lint(text, 'file:///c/pods.yaml').findings);
  });

  it('lints large objects a few per step', () => {
    const data = Array.from({ length: 3000 }, (_, i) => `  key${i}: value-${i}`).join('\n');
    const big = (name: string): string =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${data}\n`;
    const text = [big('a'), big('b'), big('c'), big('d')].join('---\n');
    const perStepWithSmall = (source: string): number => {
      const steps = lintSteps(
        allRules().filter((rule) => rule.id === 'kubernetes-schema'),
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

describe('a long tail of empty lines', () => {
  const TAIL = 5000;
  const PREFIXES = [
    DOC('tail'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n',
    'data:\n  a: |\n    text\n',
    'data:\n  a: |+\n    kept\n',
    'data:\n  a: >2+\n    kept\n',
    'data:\n  a: "open\n',
    "data:\n  a: 'open\n",
    'data: [a,\n',
    'data: {a: 1,\n',
    'data:\n  # comment\n',
    'a: 1\n---\nb: 2\n',
    'a: b\n  c\n',
    'key',
    'data:\n  a: >\n',
    'data:\n  a: |-\n',
    'data:\n  a: |\n',
    'list:\n  - \n',
    'a: &anchor\n',
    'a: !!str\n',
    '? complex\n',
    'a: "closed\n  over lines"\n',
    '%YAML 1.2\n---\na: 1\n...\n',
    'a: 1\n  b: 2\n',
    'a: 1 # c\n',
    'a:\n  - x\n  # c\n',
    '# only a comment\n',
    'a: 1\n# c\n',
    'a:\n  b:\n    c: |\n      x\n\n      y\n',
    'a: [1, 2]\n',
    'a: {b: 1}\n',
    '- a\n- b:\n',
  ];

  it('is parsed only as far as its first few lines', () => {
    const text = DOC('tail') + '\n'.repeat(TAIL);
    // The line break ending the last line counts as the first of the three.
    assert.equal(significantLength(text), DOC('tail').length + 2);
    assert.equal(significantLength(DOC('tail') + '\r\n'.repeat(TAIL)), DOC('tail').length + 4);
    // Short tails, and block scalars that keep their trailing lines, are parsed whole.
    assert.equal(significantLength(DOC('tail') + '\n'.repeat(100)), DOC('tail').length + 100);
    const kept = 'data:\n  a: |+\n    kept\n' + '\n'.repeat(TAIL);
    assert.equal(significantLength(kept), kept.length);
  });

  it('parses to the same documents, values and errors as the parser given every line', () => {
    for (const prefix of PREFIXES) {
      for (const lineBreak of ['\n', '\r\n']) {
        const text = prefix.replace(/\n/g, lineBreak) + lineBreak.repeat(TAIL);
        const ours = parseDocuments(text);
        const whole = parseAllDocuments(text, YAML_PARSE_OPTIONS) as Document.Parsed[];
        const label = JSON.stringify(prefix + lineBreak);
        assert.deepEqual(ranges(ours), ranges(whole), label);
        assert.deepEqual(
          ours.map((document) => document.toJS()),
          whole.map((document) => document.toJS()),
          label,
        );
        assert.deepEqual(
          ours.map((document) => document.warnings.map((warning) => `${warning.code} ${String(warning.pos)}`)),
          whole.map((document) => document.warnings.map((warning) => `${warning.code} ${String(warning.pos)}`)),
          label,
        );
      }
    }
  });

  it('parses every manifest fixture of the rules the same with such a tail', () => {
    let compared = 0;
    for (const rule of allRules().filter((candidate) => candidate.target === 'kubernetes')) {
      const fixtures = loadFixtures(rule);
      for (const fixture of [...fixtures.fire, ...fixtures.dontFire]) {
        const text = unmark(fixture.text).text + '\n'.repeat(1100);
        const whole = parseAllDocuments(text, YAML_PARSE_OPTIONS) as Document.Parsed[];
        assert.deepEqual(ranges(parseDocuments(text)), ranges(whole), `${rule.id}: ${fixture.name}`);
        compared++;
      }
    }
    assert.ok(compared > 250, `only ${compared} fixtures compared`);
  });

  it('is left out of the cached parse too, with the same findings as a short tail', () => {
    const text = DOC('tail') + '\n'.repeat(TAIL);
    const cached = new YamlDocumentCache().parseAll(text);
    assert.deepEqual(ranges(cached), ranges(parseAllDocuments(text, YAML_PARSE_OPTIONS) as Document.Parsed[]));
    const ids = (source: string): string[] =>
      lint(source, 'tail.yaml').findings.map((f) => `${f.ruleId} ${JSON.stringify(f.range)}`);
    assert.deepEqual(ids(text), ids(DOC('tail')));
  });
});
