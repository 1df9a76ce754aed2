/**
 * A kustomization as a file of its own (the `kustomization` kind): its scalars typed as go-yaml v2
 * types them, decoded as kustomize's Go types decode them, the paths it names looked up, and
 * explained in the editor.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument, type Node, type Scalar } from 'yaml';
import { lint, mergeConfig } from '../../server/src/engine';
import { candidateKind } from '../../server/src/engine/detect';
import { parseGoYamlFile } from '../../server/src/engine/go-yaml-file';
import { walkKustomization } from '../../server/src/kustomize/decode';
import { diskPathReader } from '../../server/src/files/disk-path-reader';
import { kustomizationCompletionsAt, kustomizationHoverAt } from '../../server/src/kustomize/editor';
import type { FolderEntry } from '../../server/src/kustomize/path-completion';
import { structAtPath } from '../../server/src/kustomize/struct-path';
import { plainScalarType, scalarType } from '../../server/src/kustomize/go-scalar';
import { namedPaths, surroundingsOf } from '../../server/src/kustomize/surroundings';
import { tempFolder } from '../support/temp-folder';

const HEAD = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';

function parsed(text: string) {
  const file = parseGoYamlFile(text);
  assert.ok(file.root, 'a mapping');
  return { document: file.document, root: file.root as Node };
}

describe('kustomization files', () => {
  it('are told by the names kustomize reads', () => {
    for (const name of ['kustomization.yaml', 'kustomization.yml', 'Kustomization'])
      assert.equal(candidateKind(`file:///repo/overlays/dev/${name}`), 'kustomization', name);
    for (const name of ['Kustomization.yaml', 'kustomization.yaml.bak', 'app__kustomization.yaml'])
      assert.notEqual(candidateKind(`file:///repo/${name}`), 'kustomization', name);
    assert.equal(lint(HEAD, 'file:///repo/kustomization.yaml').kind, 'kustomization');
  });

  it('type plain scalars as go-yaml v2 does, and quoted ones as text', () => {
    const cases: [string, string][] = [
      ['3.6', 'float'],
      ['1.10', 'float'],
      ['553640e6', 'float'],
      ['7284872', 'int'],
      ['0x1F', 'int'],
      ['1_000', 'int'],
      ['18446744073709551616', 'float'],
      ['12e4567', 'string'],
      ['1.9.1', 'string'],
      ['v3.6', 'string'],
      ['2024-01-01', 'string'],
      ['yes', 'bool'],
      ['Off', 'bool'],
      ['y', 'bool'],
      ['~', 'null'],
      ['.inf', 'float'],
      ['sha-1e5', 'string'],
    ];
    for (const [source, type] of cases) assert.equal(plainScalarType(source), type, source);
    const document = parseDocument('a: "3.6"\nb: 3.6\nc: !!str 3.6\nd: |\n  3.6\n', { version: '1.1' });
    const types = ['a', 'b', 'c', 'd'].map((key) => scalarType(document.get(key, true) as Scalar));
    assert.deepEqual(types, ['string', 'float', 'string', 'string']);
  });

  it('decode as kustomize does: unknown keys at every depth, Go types, names that differ in case only', () => {
    const { document, root } = parsed(
      `${HEAD}namePrefx: a-\nNAMESUFFIX: -b\nimages:\n  - name: web\n    newTag: 3.6\n    tag: x\nreplicas:\n  - name: web\n    count: "2"\ncommonLabels:\n  version: 1\nconfigMapGenerator:\n  - Name: web\n  - literals: [A=b]\n`,
    );
    const issues = walkKustomization(document, root).map((issue) => {
      if (issue.kind === 'unknown')
        return `unknown ${issue.path.join('.')} (${issue.struct}) ${issue.suggestion ?? ''}`;
      if (issue.kind === 'required') return `required ${issue.path.join('.')} ${issue.struct}.${issue.key}`;
      return `type ${issue.path.join('.')} ${issue.goField} ${issue.expected}<-${issue.actual}`;
    });
    assert.deepEqual(issues, [
      'unknown namePrefx (Kustomization) namePrefix',
      'type images.0.newTag Image.images.newTag string<-number',
      'unknown images.0.tag (Image) ',
      'type replicas.0.count Replica.replicas.count int<-string',
      'type commonLabels.version Kustomization.commonLabels string<-number',
      'required configMapGenerator.1 ConfigMapArgs.name',
    ]);
  });

  it('decode merge keys and aliases once: a merged mapping may give what is required', () => {
    const text = `${HEAD}configMapGenerator:\n  - &web\n    name: web\n    tag: 3\n  - <<: *web\n    literals: [A=b]\nsecretGenerator:\n  - *web\n`;
    const findings = lint(text, 'file:///repo/kustomization.yaml').findings;
    assert.deepEqual(
      findings.map((f) => `${f.ruleId}:${f.range.start.line}`),
      ['kustomization-schema:5'],
      'the unknown `tag` once, where it is written; no missing name',
    );
  });

  it('list the paths they name, leaving out URLs, inline patches and globs', () => {
    const { document, root } = parsed(`${HEAD}resources:
  - deploy.yaml
  - ../base
  - github.com/acme/shared/deploy?ref=v1
  - https://example.com/all.yaml
patchesStrategicMerge:
  - patch.yaml
  - |-
    kind: Deployment
configMapGenerator:
  - name: web
    files:
      - app.properties
      - key=config/app.json
    envs:
      - .env
crds:
  - crds/*.yaml
`);
    const named = namedPaths(document, root).map((entry) => `${entry.role}:${entry.written}:${entry.remoteIfMissing}`);
    assert.deepEqual(named, [
      'resource:deploy.yaml:false',
      'resource:../base:false',
      'resource:github.com/acme/shared/deploy?ref=v1:true',
      'fileOrInline:patch.yaml:false',
      'keyedFile:app.properties:false',
      'keyedFile:config/app.json:false',
      'envFile:.env:false',
    ]);
  });

  it('look the paths up on disk, with the kind of a folder’s kustomization', () => {
    const root = tempFolder();
    mkdirSync(path.join(root, 'base'));
    mkdirSync(path.join(root, 'tracing'));
    mkdirSync(path.join(root, 'plain'));
    writeFileSync(path.join(root, 'base', 'kustomization.yaml'), HEAD);
    writeFileSync(path.join(root, 'tracing', 'Kustomization'), 'kind: Component\n');
    writeFileSync(path.join(root, 'deploy.yaml'), 'kind: Deployment\n');
    const file = path.join(root, 'kustomization.yaml');
    const text = `${HEAD}resources:\n  - deploy.yaml\n  - base\n  - plain\n  - gone.yaml\ncomponents:\n  - tracing\n`;
    const surroundings = surroundingsOf(file, text, diskPathReader);
    assert.ok(surroundings);
    assert.deepEqual(
      ['deploy.yaml', 'base', 'plain', 'gone.yaml', 'tracing', 'unnamed'].map((written) => surroundings.at(written)),
      [
        { kind: 'file' },
        { kind: 'folder', kustomization: 'Kustomization' },
        { kind: 'folder' },
        { kind: 'missing' },
        { kind: 'folder', kustomization: 'Component' },
        undefined,
      ],
    );
  });

  it('explain keys in the editor, in English and Korean', () => {
    const text = `${HEAD}images:\n  - name: web\n    newTag: v1\nbases:\n  - ../base\n`;
    const hover = kustomizationHoverAt(text, text.indexOf('newTag') + 2);
    assert.ok(hover?.contents.startsWith('**`newTag`** · kustomization.yaml'), hover?.contents);
    const korean = kustomizationHoverAt(text, text.indexOf('newTag') + 2, 'ko');
    assert.match(korean?.contents ?? '', /[가-힣]/);
    const deprecated = kustomizationHoverAt(text, text.indexOf('bases') + 1);
    assert.match(deprecated?.contents ?? '', /Deprecated: write `resources`/);
    assert.equal(kustomizationHoverAt(text, text.indexOf('web')), undefined);
  });

  it('complete the fields of the struct under the cursor, deprecated last, and known values', () => {
    const top = `${HEAD}resources:\n  - a.yaml\nna`;
    const items = kustomizationCompletionsAt(top, top.length);
    const labels = items.map((item) => item.label);
    assert.ok(labels.includes('namePrefix') && labels.includes('namespace'), labels.join());
    assert.ok(!labels.includes('resources'), 'written already');
    const bases = items.find((item) => item.label === 'bases');
    const images = items.find((item) => item.label === 'images');
    assert.ok(bases && images && (bases.sortText ?? '') > (images.sortText ?? ''));
    const image = `${HEAD}images:\n  - name: web\n    `;
    const imageFields = kustomizationCompletionsAt(image, image.length).map((item) => item.label);
    assert.deepEqual(imageFields.sort(), ['digest', 'newName', 'newTag', 'tagSuffix']);
    const kind = 'kind: ';
    assert.deepEqual(
      kustomizationCompletionsAt(kind, kind.length).map((item) => item.label),
      ['Kustomization', 'Component'],
    );
    const behavior = `${HEAD}configMapGenerator:\n  - name: web\n    behavior: `;
    assert.deepEqual(
      kustomizationCompletionsAt(behavior, behavior.length).map((item) => item.label),
      ['create', 'replace', 'merge'],
    );
    assert.equal(structAtPath(['patches', '0', 'target']), 'Selector');
    assert.equal(structAtPath(['images']), undefined);
  });

  it('complete the paths of resources, components and patches from the folders around', () => {
    const folders: Record<string, FolderEntry[]> = {
      '': [
        { name: 'kustomization.yaml', folder: false },
        { name: 'deployment.yaml', folder: false },
        { name: 'README.md', folder: false },
        { name: '.env', folder: false },
        { name: 'app.env', folder: false },
        { name: 'patches', folder: true },
      ],
      '..': [
        { name: 'base', folder: true, kustomization: 'Kustomization' },
        { name: 'tracing', folder: true, kustomization: 'Component' },
        { name: 'notes.txt', folder: false },
      ],
    };
    const list = (relative: string) => folders[relative];
    const at = (text: string) =>
      kustomizationCompletionsAt(text, text.length, 'en', list).map((item) => `${item.label} (${item.detail})`);
    assert.deepEqual(at(`${HEAD}resources:\n  - `), ['deployment.yaml (file)', 'patches (folder)']);
    assert.deepEqual(at(`${HEAD}resources:\n  - ../`), [
      '../base (folder · Kustomization)',
      '../tracing (folder · Component)',
    ]);
    assert.deepEqual(at(`${HEAD}components:\n  - ../t`), [
      '../base (folder · Kustomization)',
      '../tracing (folder · Component)',
    ]);
    assert.deepEqual(at(`${HEAD}patches:\n  - path: `), ['deployment.yaml (file)', 'patches (folder)']);
    assert.deepEqual(at(`${HEAD}configMapGenerator:\n  - name: web\n    envs:\n      - `), [
      'deployment.yaml (file)',
      'README.md (file)',
      'app.env (file)',
      'patches (folder)',
    ]);
    const keyed = kustomizationCompletionsAt(
      `${HEAD}configMapGenerator:\n  - name: web\n    files:\n      - cfg=`,
      999,
      'en',
      list,
    );
    assert.deepEqual(
      keyed.map((item) => item.label),
      ['cfg=deployment.yaml', 'cfg=README.md', 'cfg=app.env', 'cfg=patches'],
    );
    // Not a path: the fields of the entry, as before.
    assert.ok(at(`${HEAD}images:\n  - `).includes('name (text)'));
  });

  it('lint in Korean with every message translated', () => {
    const text = `${HEAD}namePrefx: a-\nimages:\n  - name: web\n    newTag: 3.6\nbases:\n  - ../base\n`;
    const findings = lint(text, 'file:///repo/kustomization.yaml', mergeConfig({ locale: 'ko' })).findings;
    assert.equal(findings.length, 3);
    for (const finding of findings) assert.match(finding.message, /[가-힣]/, finding.message);
  });
});
