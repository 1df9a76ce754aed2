import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { YamlDocumentCache } from '../../server/src/engine/kubernetes/document-cache';
import { parseYaml } from '../../server/src/engine/kubernetes/parse';
import { customKindOf } from '../../server/src/schema/crd';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { BAD_WIDGET, WIDGET_CRD } from '../support/widget-crd';

describe('the CRDs the workspace index reads from a file', () => {
  it('are the very values the lint of the same parse reads, so each is converted to a schema once', () => {
    const cache = new YamlDocumentCache();
    const workspace = new ManifestWorkspace();
    workspace.setFile('/w/crd.yaml', WIDGET_CRD, cache);
    const [source] = workspace.customResourceDefinitions();
    const object = parseYaml(WIDGET_CRD, cache).objects.find(
      (candidate) => candidate.kind === 'CustomResourceDefinition',
    );
    assert.ok(source && object?.value);
    assert.equal(source.definition, object.value);
    assert.equal(customKindOf(source.definition, source.uri), customKindOf(object.value, '/w/crd.yaml'));
  });

  it('make the file a problem when a CRD in it cannot be built (an alias cycle or bomb), not when another document cannot', () => {
    const bomb = (name: string): string => {
      const levels = ['a: &l0 [x, x, x, x, x, x, x, x, x, x]'];
      for (let level = 1; level < 5; level++)
        levels.push(`l${level}: &l${level} [${`*l${level - 1}, `.repeat(9)}*l${level - 1}]`);
      return `${name}\n${levels.join('\n')}\n`;
    };
    const crdWith = (extra: string): string =>
      WIDGET_CRD.replace('kind: CustomResourceDefinition\n', `kind: CustomResourceDefinition\n${extra}`);
    const cases: [string, string, boolean][] = [
      ['a cycle in a CRD', `${crdWith('loop: &a [*a]\n')}`, true],
      ['a bomb in a CRD', `${crdWith(bomb('spare: 1'))}`, true],
      ['a cycle beside a CRD', `${WIDGET_CRD}---\nkind: Thing\nloop: &a [*a]\n`, false],
      ['a bomb beside a CRD', `${WIDGET_CRD}---\n${bomb('kind: Thing')}`, false],
    ];
    for (const [name, text, problem] of cases) {
      const workspace = new ManifestWorkspace();
      workspace.setFile('/w/crd.yaml', text, new YamlDocumentCache());
      assert.equal(workspace.customResourceDefinitions().length, problem ? 0 : 1, name);
      assert.equal(
        workspace.problems().some((p) => /cannot be read/.test(p.message)),
        problem,
        name,
      );
    }
  });

  it("are the CRDs the file's own lint sees, with or without a cache: read document by document as kubectl splits them", () => {
    // The library, given the whole text, would read the open quote on to the end of the file.
    const text = `kind: Note\nmetadata:\n  name: n\ndata:\n  x: "left open\n---\n${WIDGET_CRD}`;
    const lintSees = parseYaml(text).objects.filter((object) => object.kind === 'CustomResourceDefinition').length;
    assert.equal(lintSees, 1);
    for (const cache of [undefined, new YamlDocumentCache()]) {
      const workspace = new ManifestWorkspace();
      workspace.setFile('/w/crd.yaml', text, cache);
      assert.equal(workspace.customResourceDefinitions().length, lintSees, cache ? 'with a cache' : 'without');
      const findings = lint(BAD_WIDGET, '/w/widget.yaml', DEFAULT_CONFIG, { workspace }).findings;
      assert.deepEqual(
        findings.map((finding) => finding.ruleId),
        ['kubernetes-schema'],
      );
    }
  });

  it("leave out a Helm chart's CRD template, which is no YAML until rendered, without calling it broken", () => {
    const template = WIDGET_CRD.replace('group: example.com', 'group: {{ .Values.group }}').replace(
      'name: widgets.example.com',
      'name: widgets.{{ .Values.group }}\n  labels:\n    {{- include "chart.labels" . | nindent 4 }}',
    );
    const indexed = (file: string): ManifestWorkspace => {
      const workspace = new ManifestWorkspace();
      workspace.setFile(file, template);
      return workspace;
    };
    const inChart = indexed('/w/chart/templates/crd.yaml');
    assert.deepEqual(inChart.problems(), []);
    assert.equal(inChart.customResourceDefinitions().length, 0);
    // The same text outside a chart's templates is a manifest whose CRD cannot be read.
    assert.ok(
      indexed('/w/crd.yaml')
        .problems()
        .some((problem) => /cannot be read/.test(problem.message)),
    );
  });

  it('are not read from a file over the size limit, which its own lint does not parse either', () => {
    const padding = `# ${'x'.repeat(1022)}\n`.repeat(10 * 1024 + 1);
    const workspace = new ManifestWorkspace();
    workspace.setFile('/w/huge-crds.yaml', `${WIDGET_CRD}---\n${padding}`);
    workspace.setFile('/w/huge/kustomization.yaml', `resources: [a.yaml]\npatches:\n  - path: p.yaml\n${padding}`);
    assert.equal(workspace.customResourceDefinitions().length, 0);
    assert.equal(workspace.isKustomizePatch?.('/w/huge/p.yaml'), false);
    assert.deepEqual(workspace.problems(), []);
    // Under the limit, the same CRD and patch are read.
    workspace.setFile('/w/huge-crds.yaml', WIDGET_CRD);
    workspace.setFile('/w/huge/kustomization.yaml', 'resources: [a.yaml]\npatches:\n  - path: p.yaml\n');
    assert.equal(workspace.customResourceDefinitions().length, 1);
    assert.equal(workspace.isKustomizePatch?.('/w/huge/p.yaml'), true);
  });

  it('are seen by the next lint of an unchanged text, whose reading the cache kept', () => {
    const cache = new YamlDocumentCache();
    const workspace = new ManifestWorkspace();
    const codes = (): string[] =>
      lint(BAD_WIDGET, '/w/widget.yaml', DEFAULT_CONFIG, { workspace, yamlCache: cache }).findings.map(
        (finding) => finding.ruleId,
      );
    assert.deepEqual(codes(), ['unknown-custom-resource']);
    workspace.setFile('/w/crd.yaml', WIDGET_CRD);
    assert.deepEqual(codes(), ['kubernetes-schema']);
    workspace.deleteFile('/w/crd.yaml');
    assert.deepEqual(codes(), ['unknown-custom-resource']);
  });
});
