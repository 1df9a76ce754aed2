/**
 * A chart's Chart.yaml: linted as a file of its own (the `chart` kind), read as Helm's loader reads
 * it (a chart it cannot load renders nothing, so its templates say so), and explained in the editor.
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint, mergeConfig } from '../../server/src/engine';
import { candidateKind } from '../../server/src/engine/detect';
import { chartCompletionsAt, chartHoverAt } from '../../server/src/helm/chart-editor';
import { chartLoadProblem, kubeVersionRefusal } from '../../server/src/helm/chart-metadata';
import { HelmCharts } from '../../server/src/helm/helm-charts';
import { koreanReason } from '../../server/src/helm/korean-reasons';
import { HELM_TEMPLATE_NOT_CHECKED } from '../../server/src/helm/lint-template';
import { chartRendersWhole } from '../../server/src/helm/whole-chart';
import { chartRules, findRule } from '../../server/src/rules';
import { tempFolder } from '../support/temp-folder';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

function shopWithChartYaml(text: string): string {
  const root = path.join(tempFolder(), 'shop');
  cpSync(SHOP, root, { recursive: true });
  writeFileSync(path.join(root, 'Chart.yaml'), text);
  return root;
}

function lintDeployment(root: string, config = DEFAULT_CONFIG) {
  const file = path.join(root, 'templates/deployment.yaml');
  const helmTemplate = new HelmCharts().templateOf(file);
  assert.ok(helmTemplate);
  return { findings: lint(readFileSync(file, 'utf8'), file, config, { helmTemplate }).findings, helmTemplate };
}

describe('Chart.yaml as a file of its own', () => {
  it('is told by its exact name, whatever the editor calls it', () => {
    assert.equal(candidateKind('file:///c/shop/Chart.yaml'), 'chart');
    assert.equal(candidateKind('file:///c/shop/Chart.yaml', 'yaml'), 'chart');
    // Helm reads no other spelling: these stay YAML files.
    assert.equal(candidateKind('file:///c/shop/chart.yaml'), 'yaml');
    assert.equal(candidateKind('file:///c/shop/Chart.yml'), 'yaml');
  });

  it('is linted by the chart rules alone, with their ids found by prefix', () => {
    const result = lint('apiVersion: v2\nname: shop\nversion: 1.0\nappVersion: 1.10\n', 'file:///c/shop/Chart.yaml');
    assert.equal(result.kind, 'chart');
    assert.deepEqual(
      result.findings.map((f) => `${f.ruleId} ${f.range.start.line}`),
      ['chart-quote-strings 2', 'chart-quote-strings 3'],
    );
    for (const rule of chartRules()) assert.equal(findRule(rule.id), rule);
    assert.equal(lint('apiVersion: v2\nkind: Pod\n', 'file:///c/shop/Chart.yaml').kind, 'chart');
  });

  it('keeps a suppression comment, and gives no fix while the file does not parse', () => {
    const quiet = lint(
      'apiVersion: v2\nname: shop\n# cntutor ignore=validateChartAppVersionType\nappVersion: 1.10\nversion: 0.1.0\n',
      'file:///c/shop/Chart.yaml',
    );
    assert.deepEqual(quiet.findings, []);
    const broken = lint('apiVersion: v2\nname: shop\nversion: 1.0\nkeywords: [a\n', 'file:///c/shop/Chart.yaml');
    assert.ok(broken.findings.some((f) => f.ruleId === 'chart-schema'));
    assert.ok(broken.findings.every((f) => f.fix === undefined));
  });

  it('speaks Korean', () => {
    const ko = mergeConfig(DEFAULT_CONFIG, { locale: 'ko' });
    const [finding] = lint(
      'apiVersion: v2\nname: shop\nversion: 0.1.0\nappVersion: 1.10\n',
      'file:///c/Chart.yaml',
      ko,
    ).findings;
    assert.equal(
      finding?.message,
      '`appVersion`은 Helm에 "1.10"이 아니라 "1.1"로 전달됩니다. YAML이 `1.10`을 숫자 1.1로 읽고, Helm이 이를 자기 방식대로 다시 텍스트로 쓰기 때문입니다. 따옴표로 감싸세요: `"1.10"`.',
    );
  });
});

describe('a chart Helm cannot load', () => {
  it('is refused in Helm’s words, and only where Helm refuses it', () => {
    assert.equal(chartLoadProblem({ apiVersion: 'v2', name: 'shop', version: '0.1.0' }), undefined);
    // sigs.k8s.io/yaml writes numbers back as text where Helm wants text: a chart Helm loads.
    assert.equal(chartLoadProblem({ apiVersion: 'v2', name: 'shop', version: 1, appVersion: 1.1 }), undefined);
    assert.equal(
      chartLoadProblem({ apiVersion: 'v2', name: 'shop', version: '0.1.0', keywords: 'shop' }),
      'cannot load Chart.yaml: json: cannot unmarshal string into Go struct field Metadata.keywords of type array',
    );
    // Helm 2 wrote no apiVersion: Helm's loader takes such a chart for v1.
    assert.equal(chartLoadProblem({ name: 'shop', version: '0.1.0' }), undefined);
    assert.equal(
      chartLoadProblem({ apiVersion: 'v2', name: 'shop', version: 'one' }),
      'validation: chart.metadata.version "one" is invalid',
    );
    assert.equal(
      chartLoadProblem({ apiVersion: 'v2', name: '../shop', version: '1' }),
      'validation: chart.metadata.name "../shop" is invalid',
    );
    assert.equal(
      chartLoadProblem({ apiVersion: 'v2', name: 'shop', version: '1', type: 'app' }),
      'validation: chart.metadata.type must be application or library',
    );
    assert.equal(
      chartLoadProblem({
        apiVersion: 'v2',
        name: 'shop',
        version: '1',
        dependencies: [{ name: 'redis' }, { name: 'cache', alias: 'redis' }],
      }),
      'validation: more than one dependency with name or alias "redis". Try using distinct aliases for dependencies with the same chart name.',
    );
    assert.equal(
      chartLoadProblem({ apiVersion: 'v2', name: 'shop', version: '1', dependencies: [{ name: 'r', alias: 'a.b' }] }),
      'validation: dependency "r" has disallowed characters in the alias',
    );
  });

  it('gives its templates a note instead of findings, and keeps them from the cross-file rules', () => {
    const root = shopWithChartYaml('apiVersion: v2\nname: shop\nversion: 0.1.0\nkeywords: shop\n');
    const { findings, helmTemplate } = lintDeployment(root);
    assert.deepEqual(
      findings.map((f) => `${f.ruleId}: ${f.message}`),
      [
        `${HELM_TEMPLATE_NOT_CHECKED}: This template was not checked: Helm cannot load the chart (cannot load Chart.yaml: json: cannot unmarshal string into Go struct field Metadata.keywords of type array).`,
      ],
    );
    assert.equal(chartRendersWhole(helmTemplate.chart, DEFAULT_CONFIG), false);
    assert.equal(
      koreanReason(helmTemplate.chart.problem ?? ''),
      'Helm이 차트를 불러올 수 없습니다(cannot load Chart.yaml: json: cannot unmarshal string into Go struct field Metadata.keywords of type array)',
    );
  });

  it('renders while a dependency it lists is not in charts/ yet, as `helm lint` does', () => {
    const root = shopWithChartYaml(
      'apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n  - name: cache\n    alias: redis\n    version: 1.0.0\n    repository: file://../cache\n',
    );
    const linted = lintDeployment(root);
    assert.ok(linted.findings.length > 0, 'the template is checked');
    assert.ok(linted.findings.every((f) => f.ruleId !== HELM_TEMPLATE_NOT_CHECKED));
    // What the missing chart would render is not there: the cross-file rules leave the chart alone.
    assert.equal(chartRendersWhole(linted.helmTemplate.chart, DEFAULT_CONFIG), false);
    // A template that calls a named template of the dependency stops Helm: the note says what to fetch.
    const file = path.join(root, 'templates/deployment.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n---\n{{ include "cache.fullname" . }}\n`);
    const stopped = lintDeployment(root);
    assert.deepEqual(
      stopped.findings.map((f) => f.ruleId),
      [HELM_TEMPLATE_NOT_CHECKED],
    );
    assert.match(
      stopped.findings[0]?.message ?? '',
      /`charts\/` does not hold `cache` yet, whose named templates it may call\. Run `helm dependency build`\.$/,
    );
    const korean = lintDeployment(root, { ...DEFAULT_CONFIG, locale: 'ko' });
    assert.match(korean.findings[0]?.message ?? '', /`cache`가 아직 `charts\/`에 없습니다/);
  });

  it('is refused on a release its kubeVersion leaves out, as `helm template` refuses it', () => {
    assert.equal(kubeVersionRefusal({ kubeVersion: '>=1.28.0-0' }, '1.36'), undefined);
    assert.equal(
      kubeVersionRefusal({ kubeVersion: '<1.30.0' }, '1.36'),
      'chart requires kubeVersion: <1.30.0 which is incompatible with Kubernetes v1.36.0',
    );
    assert.equal(
      kubeVersionRefusal({ kubeVersion: 'one' }, '1.36'),
      'chart requires kubeVersion: one which is incompatible with Kubernetes v1.36.0',
    );
    const root = shopWithChartYaml('apiVersion: v2\nname: shop\nversion: 0.1.0\nkubeVersion: <1.30.0\n');
    assert.deepEqual(
      lintDeployment(root).findings.map((f) => f.message),
      [
        'This template was not checked: chart requires kubeVersion: <1.30.0 which is incompatible with Kubernetes v1.36.0.',
      ],
    );
    const older = lintDeployment(root, mergeConfig(DEFAULT_CONFIG, { kubernetesVersion: '1.29' }));
    assert.ok(older.findings.length > 1 && older.findings.every((f) => f.ruleId !== HELM_TEMPLATE_NOT_CHECKED));
  });
});

describe('Chart.yaml in the editor', () => {
  const text = 'apiVersion: v2\nname: shop\nversion: 0.1.0\nmaintainers:\n  - name: Shop team\n    email: a@b.c\n';

  it('explains the key under the cursor, a maintainer’s too, in either language', () => {
    const version = chartHoverAt(text, text.indexOf('version') + 2);
    assert.ok(version?.contents.startsWith('**`version`** · Chart.yaml'));
    assert.match(version?.contents ?? '', /SemVer/);
    assert.equal(version?.start, text.indexOf('version'));
    const email = chartHoverAt(text, text.indexOf('email'), 'ko');
    assert.match(email?.contents ?? '', /이메일 주소/);
    assert.equal(chartHoverAt(text, text.indexOf('Shop team')), undefined);
  });

  it('offers the keys Helm reads where the cursor is, and the values of apiVersion and type', () => {
    const top = 'apiVersion: v2\nname: shop\nap';
    const labels = chartCompletionsAt(top, top.length).map((item) => item.label);
    assert.ok(labels.includes('appVersion') && labels.includes('dependencies'));
    assert.ok(!labels.includes('name') && !labels.includes('apiVersion') && !labels.includes('condition'));
    const dependency = 'apiVersion: v2\ndependencies:\n  - name: redis\n    ';
    const inner = chartCompletionsAt(dependency, dependency.length).map((item) => item.label);
    assert.ok(inner.includes('alias') && inner.includes('repository') && !inner.includes('name'));
    const typing = 'apiVersion: v2\ntype: li';
    assert.deepEqual(
      chartCompletionsAt(typing, typing.length).map((item) => [item.label, item.start]),
      [
        ['application', typing.length - 2],
        ['library', typing.length - 2],
      ],
    );
  });
});
