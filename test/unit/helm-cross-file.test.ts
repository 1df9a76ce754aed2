/**
 * A chart's templates judged together, as Helm installs them: each template rendered into the
 * workspace index, so the cross-file rules see a Service of one template against the Deployment of
 * another, and say nothing while a template of the chart cannot be rendered.
 */
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint } from '../../server/src/engine';
import { isHelmTemplate } from '../../server/src/engine/detect';
import { isCrossFileRule } from '../../server/src/engine/rule';
import type { Finding } from '../../server/src/engine/types';
import { HelmCharts } from '../../server/src/helm/helm-charts';
import { indexHelmTemplates } from '../../server/src/helm/template-objects';
import { findRule } from '../../server/src/rules';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { joinSnapshots } from '../../server/src/schema/workspace-snapshot';
import { tempFolder } from '../support/temp-folder';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');
const DEMO = path.join(__dirname, '../fixtures/helm-template/demo');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** A copy of a chart, indexed as the CLI indexes it; `lintAt` lints one of its templates against that index. */
function indexedChart(source: string, index = true, more: Record<string, string> = {}) {
  const root = path.join(tempFolder(), path.basename(source));
  cpSync(source, root, { recursive: true });
  for (const [file, text] of Object.entries(more)) writeFileSync(path.join(root, file), text);
  const charts = new HelmCharts();
  const workspace = new ManifestWorkspace();
  if (index) indexHelmTemplates(workspace, charts, DEFAULT_CONFIG);
  const templates = filesUnder(path.join(root, 'templates')).filter((file) => /\.ya?ml$/.test(file));
  for (const file of templates) workspace.setFile(file, readFileSync(file, 'utf8'));
  const lintAt = (file: string, options: { scope?: 'all' | 'file' | 'workspace'; indexObjects?: boolean } = {}) => {
    const full = path.join(root, file);
    const text = readFileSync(full, 'utf8');
    const helmTemplate = isHelmTemplate(full, text) ? charts.templateOf(full) : undefined;
    return lint(text, full, DEFAULT_CONFIG, { workspace, ...(helmTemplate ? { helmTemplate } : {}), ...options });
  };
  return { root, workspace, templates, lintAt };
}

const crossFile = (f: Finding): boolean => {
  const rule = findRule(f.ruleId);
  return rule !== undefined && isCrossFileRule(rule);
};
const at = (f: Finding): string => `${f.ruleId} ${f.range.start.line + 1}:${f.range.start.character + 1}`;

describe('a Helm chart’s templates judged together', () => {
  it('reports a Service against the Deployment another template renders, pointing into that template', () => {
    const { root, lintAt } = indexedChart(SHOP);
    const findings = lintAt('templates/service.yaml').findings;
    const selects = findings.find((f) => f.ruleId === 'service-selects-workload');
    assert.ok(selects, findings.map(at).join(', '));
    // `selector:` is the template's own text; the labels it names come from `{{ .Chart.Name }}`.
    assert.equal(at(selects), 'service-selects-workload 14:3');
    assert.match(selects.message, /^Service "release-name-shop" selects app=shop, but no workload/);
    const [related] = selects.related ?? [];
    assert.equal(related?.uri, path.join(root, 'templates/deployment.yaml'));
    // The Deployment's name is written by `{{ include "shop.fullname" . }}`: its place is the directive.
    assert.deepEqual(related?.range.start, { line: 3, character: 8 });
    assert.deepEqual(related?.range.end, { line: 3, character: 39 });
    assert.match(related?.message ?? '', /Deployment "release-name-shop" carry app\.kubernetes\.io\/name=shop/);
  });

  it('finds across templates what the rendered stream finds across its documents', () => {
    for (const [chart, stream] of [
      [SHOP, path.join(SHOP, '../rendered.yaml')],
      [DEMO, path.join(DEMO, '../demo.rendered.yaml')],
    ] as const) {
      const { root, templates, lintAt } = indexedChart(chart);
      const byTemplate = templates.flatMap((file) => lintAt(path.relative(root, file)).findings.filter(crossFile));
      const byStream = lint(readFileSync(stream, 'utf8'), '/rendered.yaml').findings.filter(crossFile);
      assert.ok(byStream.length > 0, `${stream} has cross-file findings to compare`);
      assert.deepEqual(
        byTemplate.map((f) => f.ruleId).sort(),
        byStream.map((f) => f.ruleId).sort(),
        path.basename(chart),
      );
    }
  });

  it('keeps the cross-file rules quiet on a chart while one of its templates cannot be rendered', () => {
    const { lintAt } = indexedChart(SHOP, true, {
      'templates/config.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop\ndata:\n  app.conf: {{ .Files.Get "app.conf" | quote }}\n',
    });
    const service = lintAt('templates/service.yaml').findings;
    assert.deepEqual(service.filter(crossFile).map(at), []);
    // The file's own rules still judge the other templates.
    const deployment = lintAt('templates/deployment.yaml').findings;
    assert.ok(deployment.some((f) => f.ruleId === 'no-privileged-container'));
    assert.ok(!deployment.some(crossFile), deployment.filter(crossFile).map(at).join(', '));
  });

  it('leaves templates to their own rules when the index holds no rendered templates', () => {
    const { lintAt } = indexedChart(SHOP, false);
    const findings = lintAt('templates/service.yaml').findings;
    assert.deepEqual(findings.filter(crossFile).map(at), []);
  });

  it('reruns only the cross-file rules of a template when asked, with no note for one it cannot render', () => {
    const { root, lintAt } = indexedChart(SHOP);
    const cross = lintAt('templates/service.yaml', { scope: 'workspace' }).findings;
    assert.deepEqual(cross.map(at), ['service-selects-workload 14:3']);
    assert.deepEqual(lintAt('templates/service.yaml', { scope: 'file' }).findings.filter(crossFile), []);
    writeFileSync(path.join(root, 'templates/service.yaml'), '{{ .Files.Get "service.yaml" }}\n');
    assert.deepEqual(lintAt('templates/service.yaml', { scope: 'workspace' }).findings, []);
    assert.deepEqual(
      lintAt('templates/service.yaml').findings.map((f) => f.ruleId),
      ['helm-template-not-checked'],
    );
  });

  it('gives the index a template’s objects where the template writes them', () => {
    const { root, workspace, lintAt } = indexedChart(SHOP);
    const file = path.join(root, 'templates/deployment.yaml');
    const indexed = workspace.objectsOfFile(file);
    assert.deepEqual(
      indexed?.map((o) => [o.kind, o.name, o.uri, o.range.start.line, o.range.start.character]),
      [['Deployment', 'release-name-shop', file, 3, 8]],
    );
    // The lint of an open template hands the index the same objects.
    const linted = lintAt('templates/deployment.yaml', { indexObjects: true }).objects;
    assert.deepEqual(linted, indexed);
  });

  it('tells another thread that the index holds rendered templates', () => {
    const { workspace } = indexedChart(SHOP);
    assert.equal(ManifestWorkspace.fromSnapshot(workspace.snapshot()).readsHelmTemplates(), true);
    const plain = new ManifestWorkspace().snapshot();
    assert.equal(ManifestWorkspace.fromSnapshot(plain).readsHelmTemplates(), false);
    const joined = joinSnapshots([workspace.snapshot(), workspace.snapshot()], []);
    assert.equal(ManifestWorkspace.fromSnapshot(joined).readsHelmTemplates(), true);
  });
});
