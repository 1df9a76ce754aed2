import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint } from '../../server/src/engine';
import type { Position } from '../../server/src/engine/types';
import { buildFileWorkspace, schemaCompletionsAt, schemaHoverAt, ManifestWorkspace } from '../../server/src/schema';
import { globToRegExp } from '../../server/src/schema/file-workspace';
import { toFileUri } from '../../server/src/schema/file-key';
import type { YamlDocumentCache } from '../../server/src/engine/kubernetes/document-cache';
import { tempFolder } from '../support/temp-folder';

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.27.3
          imagePullPolicy: 
          
          resources:
            limits:
              cpu: 500m
`;

/** The position of the first `word` on `line`, one character in. */
function at(text: string, line: number, word: string): Position {
  const character = (text.split('\n')[line] ?? '').indexOf(word);
  assert.ok(character >= 0, `${word} on line ${line}`);
  return { line, character: character + 1 };
}

describe('schema hover', () => {
  it('describes a key with its type and whether it is required', () => {
    const hover = schemaHoverAt(MANIFEST, 'file:///a.yaml', at(MANIFEST, 9, 'name'));
    assert.ok(hover);
    assert.match(hover.contents, /^\*\*name\*\* · `string` · required\n\nName of the container/);
    assert.deepEqual(hover.range, { start: { line: 9, character: 10 }, end: { line: 9, character: 14 } });
  });

  it('names list and special types the way a reader says them', () => {
    assert.match(
      schemaHoverAt(MANIFEST, 'file:///a.yaml', at(MANIFEST, 8, 'containers'))?.contents ?? '',
      /`\[\]Container` · required/,
    );
    assert.match(
      schemaHoverAt(MANIFEST, 'file:///a.yaml', at(MANIFEST, 15, 'cpu'))?.contents ?? '',
      /quantity \(such as 500m/,
    );
    assert.match(
      schemaHoverAt(MANIFEST, 'file:///a.yaml', at(MANIFEST, 5, '3'))?.contents ?? '',
      /^\*\*replicas\*\* · `integer \(32-bit\)`/,
    );
  });

  it("says nothing about the author's own keys in a string map", () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    app: web\n';
    assert.equal(schemaHoverAt(text, 'file:///a.yaml', at(text, 4, 'app')), undefined);
    assert.match(schemaHoverAt(text, 'file:///a.yaml', at(text, 3, 'labels'))?.contents ?? '', /map\[string\]string/);
  });

  it('explains the kind itself on `kind:`', () => {
    assert.match(
      schemaHoverAt(MANIFEST, 'file:///a.yaml', at(MANIFEST, 1, 'Deployment'))?.contents ?? '',
      /Deployment enables declarative updates for Pods and ReplicaSets/,
    );
  });

  it('uses a CRD from the same file for custom kinds, and is silent without a schema', () => {
    const text = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                size: { type: integer, description: How many widgets. }
---
apiVersion: example.com/v1
kind: Widget
spec:
  size: 3
---
apiVersion: other.example.com/v1
kind: Gadget
spec:
  size: 3
`;
    assert.match(
      schemaHoverAt(text, 'file:///a.yaml', at(text, 23, 'size'))?.contents ?? '',
      /\*\*size\*\* · `integer`\n\nHow many widgets\./,
    );
    assert.equal(schemaHoverAt(text, 'file:///a.yaml', at(text, 28, 'size')), undefined);
  });
});

describe('schema completion', () => {
  it('offers the keys of the object at the cursor, required first, without those already written', () => {
    const items = schemaCompletionsAt(MANIFEST, 'file:///a.yaml', { line: 12, character: 10 });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('ports') && labels.includes('env'));
    for (const written of ['name', 'image', 'imagePullPolicy', 'resources'])
      assert.ok(!labels.includes(written), written);
    assert.equal(items.find((i) => i.label === 'ports')?.detail, '[]ContainerPort');
  });

  it('puts required keys first', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  \n';
    const items = schemaCompletionsAt(text, 'file:///a.yaml', { line: 3, character: 2 });
    assert.deepEqual(
      items.filter((i) => i.required).map((i) => i.label),
      ['selector', 'template'],
    );
    assert.equal(items[0]?.label, 'selector');
  });

  it('offers enum values after `key: `', () => {
    const items = schemaCompletionsAt(MANIFEST, 'file:///a.yaml', { line: 11, character: 27 });
    assert.deepEqual(
      items.map((i) => i.label),
      ['Always', 'IfNotPresent', 'Never'],
    );
  });

  it('offers apiVersions that serve the kind, and the keys every object starts with', () => {
    const text = 'kind: Ingress\napiVersion: \n---\n\n';
    assert.deepEqual(
      schemaCompletionsAt(text, 'file:///a.yaml', { line: 1, character: 12 }).map((i) => i.label),
      ['networking.k8s.io/v1', 'extensions/v1beta1', 'networking.k8s.io/v1beta1'],
    );
    assert.deepEqual(
      schemaCompletionsAt(text, 'file:///a.yaml', { line: 3, character: 0 }).map((i) => i.label),
      ['apiVersion', 'kind', 'metadata'],
    );
  });
});

describe('workspace index', () => {
  const dir = tempFolder('cntutor-schema-');
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string): string => {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    return full;
  };
  const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec: { type: object, properties: { size: { type: integer } } }
`;

  it('learns CRDs and kustomize patches from files, by path or by URI, and forgets deleted ones', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile(toFileUri(path.join(dir, 'crds/widget.yaml')), crd);
    workspace.setFile(
      path.join(dir, 'overlay/kustomization.yaml'),
      'patches:\n  - path: patches/replicas.yaml\npatchesStrategicMerge:\n  - memory.yaml\n',
    );
    assert.equal(workspace.customResourceDefinitions().length, 1);
    assert.ok(workspace.isKustomizePatch(toFileUri(path.join(dir, 'overlay/patches/replicas.yaml'))));
    assert.ok(workspace.isKustomizePatch(path.join(dir, 'overlay/memory.yaml')));
    assert.ok(!workspace.isKustomizePatch(path.join(dir, 'overlay/deployment.yaml')));
    workspace.deleteFile(path.join(dir, 'crds/widget.yaml'));
    assert.equal(workspace.customResourceDefinitions().length, 0);
  });

  it('builds from the CLI inputs: CRD globs of the configuration and kustomizations above a file', () => {
    write('crds/widget.yaml', crd);
    write('app/overlay/kustomization.yaml', 'resources: [../base]\npatches:\n  - path: patches/size.yaml\n');
    const patch = write(
      'app/overlay/patches/size.yaml',
      'apiVersion: example.com/v1\nkind: Widget\nspec:\n  size: many\n',
    );
    const workspace = buildFileWorkspace({
      files: [patch],
      crdPaths: ['crds/**/*.yaml', 'missing/*.yaml'],
      baseDir: dir,
    });
    assert.ok(workspace.isKustomizePatch(patch));
    assert.deepEqual(
      workspace.problems().map((p) => p.message),
      ['matches no file'],
    );
    const found = lint('apiVersion: example.com/v1\nkind: Widget\nspec:\n  size: many\n', patch, DEFAULT_CONFIG, {
      workspace,
    }).findings;
    assert.deepEqual(
      found.filter((f) => f.ruleId === 'kubernetes-schema').map((f) => f.message),
      ['"size" must be an integer, not a string.'],
    );
  });

  it('keeps the parsed documents of the first 4 MB of files for their lint, and lets the rest be parsed again', () => {
    // A ConfigMap of about 1.5 MB, so the third file no longer fits.
    const big = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  blob: "${'x'.repeat(1_500_000)}"\n`;
    const files = ['a.yaml', 'b.yaml', 'c.yaml', 'small.yaml'].map((name) => path.join(dir, 'budget', name));
    const texts = new Map(
      files.map((file, i) => [file, i < 3 ? big : 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n']),
    );
    const parsed = new Map<string, YamlDocumentCache>();
    buildFileWorkspace({ files, texts, parsed });
    assert.deepEqual(
      [...parsed.keys()].map((file) => path.basename(file)),
      ['a.yaml', 'b.yaml', 'small.yaml'],
    );
  });

  it('leaves a file the index fails on out of it, names it, and indexes the others', () => {
    const files = ['a.yaml', 'b.yaml', 'c.yaml'].map((name) => path.join(dir, 'failing', name));
    const texts = new Map(
      files.map((file, i) => [file, `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n${i}\n`]),
    );
    const parsed = new Map<string, YamlDocumentCache>();
    const setFile = ManifestWorkspace.prototype.setFile;
    ManifestWorkspace.prototype.setFile = function (this: ManifestWorkspace, file, text, cache) {
      setFile.call(this, file, text, cache);
      if (path.basename(file) === 'b.yaml') throw new Error('facts of a strange object');
    };
    try {
      const workspace = buildFileWorkspace({ files, texts, parsed });
      assert.deepEqual(
        workspace.objectEntries().map((entry) => path.basename(entry.object.uri)),
        ['a.yaml', 'c.yaml'],
      );
      assert.deepEqual(
        workspace.problems().map((p) => [path.basename(p.uri), p.message]),
        [
          [
            'b.yaml',
            'could not be indexed (facts of a strange object); checks of other files that refer to its objects may be incomplete',
          ],
        ],
      );
      assert.deepEqual(
        [...parsed.keys()].map((file) => path.basename(file)),
        ['a.yaml', 'c.yaml'],
      );
    } finally {
      ManifestWorkspace.prototype.setFile = setFile;
    }
  });

  it('matches globs by path segment', () => {
    assert.ok(globToRegExp('crds/**/*.yaml').test('crds/a/b/c.yaml'));
    assert.ok(globToRegExp('crds/**/*.yaml').test('crds/c.yaml'));
    assert.ok(!globToRegExp('crds/*.yaml').test('crds/a/c.yaml'));
  });
});
