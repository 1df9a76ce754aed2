/**
 * A subchart's template rendered as its parent's release renders it: the parent's values for it
 * over its own, the parent's globals over its own, the parent's named templates, and nothing when
 * the parent's values switch it off.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint, mergeConfig } from '../../server/src/engine';
import { fileOfTemplate, helmNameOf } from '../../server/src/helm/chart-files';
import { HelmCharts } from '../../server/src/helm/helm-charts';
import { renderHelmTemplate } from '../../server/src/helm/lint-template';
import { valueLocation } from '../../server/src/helm/values-sources';
import { memoryReader } from '../rules/support';

const TEMPLATE = '/shop/charts/backend/templates/deployment.yaml';
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "shop.fullname" . }}-{{ .Chart.Name }}
  labels:
    env: {{ .Values.global.env }}
    region: {{ .Values.global.region }}
spec:
  selector:
    matchLabels: { app: backend }
  template:
    metadata:
      labels: { app: backend }
    spec:
      containers:
        - name: backend
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
`;

function shop(values: string, dependency = '    condition: backend.enabled\n'): Record<string, string> {
  return {
    '/shop/Chart.yaml': `apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n  - name: backend\n    version: 0.1.x\n${dependency}`,
    '/shop/values.yaml': values,
    '/shop/templates/_helpers.tpl': '{{- define "shop.fullname" -}}{{ .Release.Name }}-shop{{- end -}}',
    '/shop/charts/backend/Chart.yaml': 'apiVersion: v2\nname: backend\nversion: 0.1.3\n',
    '/shop/charts/backend/values.yaml':
      'image:\n  repository: nginx\n  tag: latest\nglobal:\n  env: dev\n  region: eu\n',
    [TEMPLATE]: DEPLOYMENT,
  };
}

describe('a subchart in its parent’s release', () => {
  it('takes the parent’s values for it and the parent’s globals, and names templates as Helm does', () => {
    const charts = new HelmCharts(
      memoryReader(shop('backend:\n  enabled: true\n  image:\n    tag: "2.0"\nglobal:\n  env: prod\n')),
    );
    const template = charts.templateOf(TEMPLATE);
    assert.equal(template?.name, 'shop/charts/backend/templates/deployment.yaml');
    assert.ok(template);
    assert.equal(fileOfTemplate(template.chart, template.name), TEMPLATE);
    assert.equal(helmNameOf(template.chart, TEMPLATE), template.name);
    assert.deepEqual(
      { ...template.chart.release, chart: template.chart.release?.chart.name },
      { root: '/shop', as: 'backend', chart: 'shop' },
    );
    const rendered = renderHelmTemplate(DEPLOYMENT, template, DEFAULT_CONFIG);
    assert.ok(rendered.ok, JSON.stringify(rendered));
    assert.match(
      rendered.text,
      /name: release-name-shop-backend\n/,
      'the parent’s named template, the subchart’s .Chart',
    );
    assert.match(rendered.text, /env: prod\n {4}region: eu\n/);
    assert.match(rendered.text, /image: "nginx:2\.0"/);
    // Where each value is set: the parent's file under the subchart's name, globals at its top, else the subchart's own.
    const place = (at: string[]): string => {
      const found = valueLocation(template.chart, at);
      return found ? `${found.uri.replace('file://', '')}:${found.range.start.line + 1}` : 'nowhere';
    };
    assert.deepEqual(
      [place(['image', 'tag']), place(['global', 'env']), place(['image', 'repository']), place(['global', 'region'])],
      [
        '/shop/values.yaml:4',
        '/shop/values.yaml:6',
        '/shop/charts/backend/values.yaml:2',
        '/shop/charts/backend/values.yaml:6',
      ],
    );
  });

  it('is left out when the parent’s values switch it off, by condition or by tags', () => {
    for (const [values, dependency, path] of [
      ['backend:\n  enabled: false\n', undefined, 'backend.enabled'],
      ['tags:\n  api: false\n', '    tags: [api]\n', 'tags.api'],
    ] as const) {
      const charts = new HelmCharts(memoryReader(shop(values, dependency)));
      const template = charts.templateOf(TEMPLATE);
      assert.equal(template?.chart.release?.off, path);
      const result = lint(
        DEPLOYMENT,
        `file://${TEMPLATE}`,
        mergeConfig({ locale: 'ko' }),
        template ? { helmTemplate: template } : {},
      );
      assert.deepEqual(
        result.findings.map((f) => [f.ruleId, f.severity, f.message]),
        [
          [
            'helm-template-not-checked',
            'hint',
            `부모 차트의 values.yaml에서 \`${path}\` 값이 false이므로 Helm이 이 하위 차트를 릴리스에서 뺍니다. 그래서 이 템플릿의 내용은 검사하지 않았습니다.`,
          ],
        ],
      );
    }
  });

  it('stands alone without a parent chart, and is forgotten when the parent’s values change', () => {
    const files = shop('backend:\n  enabled: true\n');
    const alone = Object.fromEntries(Object.entries(files).filter(([file]) => file !== '/shop/Chart.yaml'));
    const template = new HelmCharts(memoryReader(alone)).templateOf(TEMPLATE);
    assert.equal(template?.name, 'backend/templates/deployment.yaml');
    assert.equal(template.chart.release, undefined);
    const charts = new HelmCharts(memoryReader(files));
    assert.ok(charts.templateOf(TEMPLATE)?.chart.release);
    assert.deepEqual(charts.changed('/shop/values.yaml').sort(), ['/shop', '/shop/charts/backend']);
    // Helm checks the subchart's values.schema.json against the values the parent gives it.
    const schema = '{"properties":{"image":{"properties":{"tag":{"type":"string","pattern":"^[0-9]"}}}}}';
    const given = new HelmCharts(
      memoryReader({
        ...shop('backend:\n  image:\n    tag: "2.0"\n'),
        '/shop/charts/backend/values.schema.json': schema,
      }),
    );
    assert.equal(given.templateOf(TEMPLATE)?.chart.stops, undefined, 'the parent’s "2.0" over the default `latest`');
    const defaults = new HelmCharts(memoryReader({ ...files, '/shop/charts/backend/values.schema.json': schema }));
    assert.equal(
      defaults.templateOf(TEMPLATE)?.chart.stops,
      'values.yaml does not meet the chart’s values.schema.json: `image.tag` must match pattern "^[0-9]"',
    );
    // Helm holds a release to the top chart's kubeVersion only.
    const old = {
      ...files,
      '/shop/charts/backend/Chart.yaml': 'name: backend\nversion: 0.1.0\nkubeVersion: <1.20.0-0\n',
    };
    const subchart = new HelmCharts(memoryReader(old)).templateOf(TEMPLATE);
    assert.ok(subchart);
    const linted = lint(DEPLOYMENT, `file://${TEMPLATE}`, DEFAULT_CONFIG, { helmTemplate: subchart });
    assert.ok(linted.findings.length > 0 && linted.findings.every((f) => f.ruleId !== 'helm-template-not-checked'));
  });

  it('reads each template once, and still says so when the subchart’s values.schema.json is not JSON', () => {
    const files = { ...shop('backend:\n  enabled: true\n'), '/shop/charts/backend/values.schema.json': '{' };
    const memory = memoryReader(files);
    const reads = new Map<string, number>();
    const charts = new HelmCharts({
      ...memory,
      read: (file) => {
        reads.set(file, (reads.get(file) ?? 0) + 1);
        return memory.read(file);
      },
    });
    const template = charts.templateOf(TEMPLATE);
    assert.equal(reads.get(TEMPLATE), 1, 'the parent’s read gives the subchart its templates');
    assert.equal(reads.get('/shop/templates/_helpers.tpl'), 1);
    assert.equal(template?.chart.templates.length, 2);
    assert.match(template.chart.problem ?? '', /^values\.schema\.json is not valid JSON/);
  });
});
