import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitDocuments, YAML_PARSE_OPTIONS } from '../../server/src/engine/kubernetes/document-cache';
import { indexObject, type IndexedObject } from '../../server/src/engine/kubernetes/facts';
import { fastPlainDocument } from '../../server/src/engine/kubernetes/fast-yaml';
import { readIndexedObjects } from '../../server/src/engine/kubernetes/index-reading';
import { parseYaml } from '../../server/src/engine/kubernetes/parse';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { lint } from '../../server/src/engine';
import { fixtureTexts } from '../rules/support';

const URI = 'file:///repo/app.yaml';

/** What the index made of a file before it read plain values: the lint's parse, object by object. */
function parsedObjects(text: string): IndexedObject[] {
  const file = parseYaml(text);
  return file.objects.map((object) => indexObject(object, URI, file.index));
}

/** The plain reading's objects, checked against the parse's (values, key order, ranges). */
function compare(text: string, label: string): IndexedObject[] {
  const read = readIndexedObjects(URI, text);
  assert.ok(read, `${label}: read`);
  const parsed = parsedObjects(text);
  assert.deepStrictEqual(read, parsed, label);
  assert.equal(JSON.stringify(read), JSON.stringify(parsed), `${label}: key order`);
  return read;
}

/** How many of the text's documents the plain mode read itself (the others were parsed). */
function readPlainly(text: string): number {
  return splitDocuments(text).filter(({ chunk, start }) => fastPlainDocument(chunk, start, YAML_PARSE_OPTIONS)).length;
}

describe('the index’s reading of files it will not lint', () => {
  it('makes the objects the lint’s parse makes, for every fixture, in LF and CRLF', () => {
    let objects = 0;
    let plain = 0;
    for (const { rule, name, text } of fixtureTexts('kubernetes')) {
      for (const source of [text, text.replace(/\n/g, '\r\n')]) {
        objects += compare(source, `${rule.id}: ${name}`).length;
        plain += readPlainly(source);
      }
    }
    assert.ok(objects > 900, `${objects} objects compared`);
    // Half the sources are CRLF, which the plain mode leaves to the parse, and many fixtures are odd on purpose.
    assert.ok(plain > 300, `${plain} documents read plainly`);
  });

  it('points at the name, a name that is a collection, or the kind, as the parse does', () => {
    const text = [
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  namespace: a\n  name: "quoted"  # c\ndata:\n  k: v\n',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  labels:\n    app: x\n',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name:\n    - odd\n',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name:\ntype: Opaque\n',
      'apiVersion: v1\nkind: Secret\nmetadata: []\n',
      'apiVersion: v1\nkind: Secret\nmetadata: {}\n',
      'apiVersion: 1\nkind: 2\nmetadata:\n  name: 3\n  namespace: 4.5\n',
    ].join('---\n');
    assert.equal(readPlainly(text), 7);
    const read = compare(text, 'names');
    assert.deepEqual(
      read.map((o) => [o.kind, o.name, o.range.start.line, o.range.start.character]),
      [
        ['ConfigMap', 'quoted', 4, 8],
        ['Secret', undefined, 9, 6],
        ['Secret', undefined, 18, 4],
        ['Secret', undefined, 23, 7],
        ['Secret', undefined, 27, 6],
        ['Secret', undefined, 31, 6],
        ['2', '3', 37, 8],
      ],
    );
  });

  it('leaves to the parse what plain values cannot tell, and reads the rest plainly', () => {
    // A List reads plainly, but its objects are its items: the parse makes them.
    const list =
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata:\n      name: s\n';
    assert.deepEqual(
      compare(list, 'a List').map((o) => o.kind),
      ['Service'],
    );
    const cases: Record<string, string> = {
      'a duplicate key': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n',
      'a name in a flow map': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: flow}\n',
      'a key that is no string': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  1: one\n',
      'a key that is an array index': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  "0": zero\n',
      'an anchor': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &n a\n  labels:\n    app: *n\n',
    };
    for (const [label, text] of Object.entries(cases)) {
      assert.equal(readPlainly(text), 0, `${label}: parsed`);
      const between = `apiVersion: v1\nkind: Service\nmetadata:\n  name: plain\n---\n${text}---\napiVersion: v1\nkind: Pod\n`;
      assert.equal(readPlainly(between), 2, `${label}: the documents around it read plainly`);
      assert.ok(compare(between, label).length >= 3, label);
    }
    assert.equal(readIndexedObjects(URI, '%YAML 1.2\n---\napiVersion: v1\nkind: Pod\n'), undefined, 'a directive');
  });

  it('finds the pods of custom resources in plain values as in nodes', () => {
    const podTemplate = (indent: string): string =>
      `${indent}template:\n${indent}  metadata:\n${indent}    labels:\n${indent}      app: ray\n` +
      `${indent}  spec:\n${indent}    serviceAccountName: sa\n${indent}    containers:\n${indent}      - name: c\n` +
      `${indent}        image: i\n${indent}        envFrom:\n${indent}          - configMapRef:\n${indent}              name: cm\n`;
    const text =
      'apiVersion: ray.io/v1\nkind: RayCluster\nmetadata:\n  name: r\nspec:\n  headGroupSpec:\n' +
      podTemplate('    ') +
      '  workerGroupSpecs:\n    - groupName: w\n' +
      podTemplate('      ') +
      '  __proto__:\n' +
      podTemplate('    ') +
      '---\napiVersion: example.com/v1\nkind: Deep\nmetadata:\n  name: d\nspec:\n  a:\n    b:\n      c:\n        d:\n' +
      '          e:\n' +
      podTemplate('            ');
    assert.equal(readPlainly(text), 2);
    const [ray, deep] = compare(text, 'custom resources');
    // Two references per template: the ConfigMap and the service account, under three keys.
    assert.equal(ray?.references.length, 6);
    assert.equal(deep?.pods, undefined, 'too deep to search, in both readings');
  });

  it('is what the workspace index keeps of a file read from disk', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n';
    const workspace = new ManifestWorkspace();
    workspace.setFile('/repo/web.yaml', text);
    const kept = workspace.objectsOutside('/repo/other.yaml').find((o) => o.name === 'web');
    assert.deepStrictEqual(kept, readIndexedObjects('/repo/web.yaml', text)?.[0]);
  });
});

describe('a lint given the objects the index read from the same text', () => {
  const service =
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: wbe\n  ports:\n    - port: 80\n';
  const deployment =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n' +
    '  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: web:1\n';
  const text = `${service}---\n${deployment}`;

  it('takes them instead of making them again, and finds what it finds without them', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile('/repo/app.yaml', text);
    const indexed = workspace.objectsOfFile('/repo/app.yaml');
    assert.equal(indexed?.length, 2);
    const given = lint(text, '/repo/app.yaml', undefined, { workspace, indexedObjects: indexed, indexObjects: true });
    const made = lint(text, '/repo/app.yaml', undefined, { workspace, indexObjects: true });
    assert.ok(given.objects?.every((object, i) => object === indexed?.[i]));
    assert.ok(made.objects?.every((object, i) => object !== indexed?.[i]));
    assert.deepEqual(given.objects, made.objects);
    assert.deepEqual(given.findings, made.findings);
    assert.ok(made.findings.some((finding) => finding.ruleId === 'service-selects-workload'));
  });

  it('makes its own where their count is not the parse’s', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile('/repo/app.yaml', text);
    const stale = workspace.objectsOfFile('/repo/app.yaml')?.slice(0, 1);
    const result = lint(text, '/repo/app.yaml', undefined, { workspace, indexedObjects: stale, indexObjects: true });
    assert.equal(result.objects?.length, 2);
    assert.notEqual(result.objects?.[0], stale?.[0]);
  });
});
