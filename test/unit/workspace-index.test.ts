import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { factsSignature } from '../../server/src/engine/kubernetes/indexed-facts';
import { parseYaml } from '../../server/src/engine/kubernetes/parse';
import { isControllerLabel, selectsPods, mapSelector } from '../../server/src/engine/kubernetes/selectors';
import { containersOf, isWorkload, podSpecPaths } from '../../server/src/engine/kubernetes/workloads';
import { KUBERNETES_RULES } from '../../server/src/rules/kubernetes';
import { scanFolderSteps } from '../../server/src/schema/file-workspace';
import { isKustomizationFile } from '../../server/src/schema/kustomize';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { toFileUri } from '../../server/src/schema/file-key';
import { tempFolder } from '../support/temp-folder';

const workload = (kind: string, apiVersion: string, spec: string): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: web\nspec:\n${spec}`;
const TEMPLATE = `  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: example.com/web:latest
          securityContext: { privileged: true }
`;

/** Indents every line of a block (and nothing after its last line break). */
const indent = (block: string, by: number): string =>
  block
    .split('\n')
    .map((line) => (line ? ' '.repeat(by) + line : line))
    .join('\n');

describe('workloads found by their pod template', () => {
  it('finds DeploymentConfig, Rollout, Knative and multi-template custom resources', () => {
    const objects = parseYaml(
      [
        workload('DeploymentConfig', 'apps.openshift.io/v1', TEMPLATE),
        workload('Rollout', 'argoproj.io/v1alpha1', TEMPLATE),
        workload('Service', 'serving.knative.dev/v1', TEMPLATE),
        workload(
          'RayCluster',
          'ray.io/v1',
          `  headGroupSpec:\n${indent(TEMPLATE, 2)}  workerGroupSpecs:\n    - replicas: 2\n${indent(TEMPLATE, 4)}`,
        ),
        workload('ConfigMap', 'v1', '  template:\n    spec:\n      containers: []\n'),
        workload('Widget', 'example.com/v1', '  replicas: 2\n'),
      ].join('---\n'),
    ).objects;
    assert.deepEqual(
      objects.map((o) => podSpecPaths(o).map((p) => p.join('.'))),
      [
        ['spec.template.spec'],
        ['spec.template.spec'],
        ['spec.template.spec'],
        ['spec.headGroupSpec.template.spec', 'spec.workerGroupSpecs.0.template.spec'],
        [],
        [],
      ],
    );
    const fourth = objects[3];
    assert.ok(fourth);
    assert.equal(containersOf(fourth).length, 2);
    assert.deepEqual(
      objects.map((o) => isWorkload(o)),
      [true, true, true, true, false, false],
    );
  });

  it('container and pod rules apply to them as to a Deployment', () => {
    const text = workload('Rollout', 'argoproj.io/v1alpha1', TEMPLATE);
    const ids = new Set(
      lint(text, 'file:///w/rollout.yaml', undefined, { rules: KUBERNETES_RULES }).findings.map((f) => f.ruleId),
    );
    for (const id of ['no-latest-container-image', 'no-privileged-container', 'run-as-non-root', 'readiness-probe'])
      assert.ok(ids.has(id), `${id} on a Rollout: ${[...ids].join(', ')}`);
    // Rules about one built-in kind's own fields stay with that kind.
    assert.ok(!ids.has('selector-matches-template'));
  });
});

describe('selectors and controller-added labels', () => {
  const statefulSet = { kind: 'StatefulSet', name: 'web', labels: { app: 'web' } };
  it('knows the labels each controller adds to its pods', () => {
    assert.ok(selectsPods(mapSelector({ 'statefulset.kubernetes.io/pod-name': 'web-2' }), statefulSet));
    assert.ok(!selectsPods(mapSelector({ 'statefulset.kubernetes.io/pod-name': 'db-0' }), statefulSet));
    assert.ok(selectsPods(mapSelector({ 'apps.kubernetes.io/pod-index': '0', app: 'web' }), statefulSet));
    assert.ok(!selectsPods(mapSelector({ 'pod-template-hash': 'abc' }), statefulSet));
    assert.ok(selectsPods(mapSelector({ 'pod-template-hash': 'abc' }), { ...statefulSet, kind: 'Deployment' }));
    assert.ok(
      selectsPods(mapSelector({ 'job-name': 'report-28917520' }), { kind: 'CronJob', name: 'report', labels: {} }),
    );
    assert.ok(isControllerLabel('controller-revision-hash'));
    assert.ok(!isControllerLabel('app'));
  });
});

describe('the workspace index', () => {
  const deployment = (app: string): string =>
    workload('Deployment', 'apps/v1', TEMPLATE.replace('app: web', `app: ${app}`));

  it('updates one file at a time and says whether anything others see changed', () => {
    const index = new ManifestWorkspace();
    assert.equal(index.setObjects('file:///w/a.yaml', []), false);
    index.setFile('file:///w/a.yaml', deployment('web'));
    const generation = index.generation;
    // The same objects again: nothing changed.
    index.setFile('file:///w/a.yaml', deployment('web'));
    assert.equal(index.generation, generation);
    index.setFile('file:///w/a.yaml', deployment('api'));
    assert.ok(index.generation > generation);
    assert.deepEqual(
      index.objectsOutside('file:///w/b.yaml').map((o) => o.pods?.labels),
      [{ app: 'api' }],
    );
    assert.deepEqual(index.objectsOutside('/w/a.yaml'), [], 'a file never sees itself, by URI or by path');
    assert.equal(index.deleteFile('file:///w/a.yaml'), true);
    assert.equal(index.objectCount, 0);
  });

  it('compares objects by their facts and place, signing the facts only when it compares them', () => {
    const index = new ManifestWorkspace();
    const withConfig = (name: string): string =>
      deployment('web').replace(
        'containers:',
        `volumes:\n        - name: c\n          configMap: { name: ${name} }\n      containers:`,
      );
    index.setFile('file:///w/a.yaml', withConfig('settings'));
    const [object] = index.objectsOutside('file:///w/b.yaml');
    assert.ok(object);
    assert.ok(!('signature' in object), 'nothing is signed until a comparison asks');
    let generation = index.generation;
    index.setFile('file:///w/a.yaml', withConfig('settings'));
    assert.equal(index.generation, generation, 'the same facts in the same place');
    // A fact deep inside (a referenced ConfigMap) changes the signature.
    index.setFile('file:///w/a.yaml', withConfig('other'));
    assert.ok(index.generation > generation);
    generation = index.generation;
    // The same facts one line lower are another place.
    index.setFile('file:///w/a.yaml', `# moved\n${withConfig('other')}`);
    assert.ok(index.generation > generation);
    const [moved] = index.objectsOutside('file:///w/b.yaml');
    assert.ok(moved && moved.range.start.line !== object.range.start.line);
    assert.equal(factsSignature(moved), factsSignature({ ...moved, uri: 'elsewhere', range: object.range }));
    assert.notEqual(factsSignature(moved), factsSignature(object));
  });

  it('leaves out kustomize patches and Helm templates, and keeps generator names', () => {
    const index = new ManifestWorkspace();
    index.setFile('/w/kustomization.yaml', 'patches:\n  - path: patch.yaml\nconfigMapGenerator:\n  - name: settings\n');
    index.setFile('/w/patch.yaml', deployment('web'));
    index.setFile('/w/templates/deploy.yaml', `${deployment('{{ .Values.app }}')}`);
    const outside = index.objectsOutside('/w/other.yaml');
    assert.deepEqual(
      outside.map((o) => [o.kind, o.generates]),
      [['Kustomization', [{ kind: 'ConfigMap', name: 'settings' }]]],
    );
  });

  it('is built in steps, one file each, and stays incomplete until the scan ends', () => {
    const dir = tempFolder('cntutor-index-');
    for (let i = 0; i < 5; i++) writeFileSync(path.join(dir, `app-${i}.yaml`), deployment(`app-${i}`));
    writeFileSync(path.join(dir, 'open.yaml'), deployment('open'));
    const index = new ManifestWorkspace();
    const steps = scanFolderSteps(index, dir, { skip: (file) => file.endsWith('open.yaml') });
    let count = 0;
    while (!steps.next().done) count++;
    assert.equal(count, 5, 'one step per file, the open one skipped');
    assert.equal(index.objectCount, 5);
    assert.equal(index.objectsOutside(toFileUri(path.join(dir, 'app-0.yaml'))).length, 4);
  });

  it('cross-file rules wait while the index is incomplete', () => {
    const index = new ManifestWorkspace();
    index.setFile('file:///w/d.yaml', deployment('api'));
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n';
    const rules = KUBERNETES_RULES.filter((r) => r.id === 'service-selects-workload');
    const run = (): number => lint(service, 'file:///w/s.yaml', undefined, { rules, workspace: index }).findings.length;
    assert.equal(run(), 1);
    index.setComplete(false);
    assert.equal(run(), 0);
    index.setComplete(true);
    assert.equal(run(), 1);
  });
});

describe('kustomization files', () => {
  it('are told by their name, whichever file was asked about before', () => {
    const asked: [string, boolean][] = [
      ['file:///w/kustomization.yaml', true],
      ['file:///w/kustomization.yaml', true],
      ['file:///w/app.yaml', false],
      ['/w/overlay/Kustomization', true],
      ['file:///w/kustomization.yaml.bak', false],
      ['file:///w/kustomization.yml', true],
      ['file:///w/app.yaml', false],
    ];
    for (const [file, is] of asked) assert.equal(isKustomizationFile(file), is, file);
  });
});
