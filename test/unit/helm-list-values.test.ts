/**
 * Values in a list (`sidecars: [{ name: proxy, … }]`) that a template reads in a `range`: each
 * map of the list sits at its index, so a finding on what an item wrote points at the item's key
 * in values.yaml (`sidecars[0].securityContext`), and values.yaml holds the finding there.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint } from '../../server/src/engine';
import type { Finding } from '../../server/src/engine/types';
import { HelmCharts } from '../../server/src/helm/helm-charts';
import { readersOf } from '../../server/src/helm/value-readers';
import { shownPath } from '../../server/src/helm/values-sources';
import { memoryReader } from '../rules/support';
import { WEB_DEPLOYMENT } from '../support/web-chart';

const VALUES = `replicaCount: 2
image:
  repository: nginx
  tag: "1.27"
resources:
  limits: { memory: 128Mi }
  requests: { cpu: 100m, memory: 128Mi }
sidecars:
  - name: logs
    image: fluent/fluent-bit:3.1
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    securityContext:
      privileged: true
`;

const DEPLOYMENT = WEB_DEPLOYMENT.replace(
  '          resources:\n',
  `          {{- range .Values.sidecars }}
        - name: {{ .name }}
          image: {{ .image }}
          {{- with .securityContext }}
          securityContext:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          {{- end }}
          resources:\n`,
);

const FILES: Record<string, string> = {
  '/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
  '/web/values.yaml': VALUES,
  '/web/templates/deployment.yaml': DEPLOYMENT,
};

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((line) => line.includes(needle));

describe('values in a list, read in a range', () => {
  it('are shown as the chart’s users write them', () => {
    assert.equal(shownPath(['sidecars', '[1]', 'securityContext']), 'sidecars[1].securityContext');
    assert.equal(shownPath(['image', 'tag']), 'image.tag');
  });

  it('put the finding on what an item wrote at the item’s key, in the template and in values.yaml', () => {
    const charts = new HelmCharts(memoryReader(FILES));
    const template = charts.templateOf('/web/templates/deployment.yaml');
    assert.ok(template);
    const findings: Finding[] = lint(DEPLOYMENT, 'file:///web/templates/deployment.yaml', DEFAULT_CONFIG, {
      helmTemplate: template,
    }).findings;
    const privileged = findings.find((f) => f.ruleId === 'no-privileged-container');
    assert.ok(privileged, findings.map((f) => f.ruleId).join(', '));
    assert.deepEqual(
      privileged.related?.map((r) => [r.uri, r.range.start.line, r.message]),
      [['file:///web/values.yaml', lineOf(VALUES, 'securityContext:'), '`sidecars[1].securityContext` is set here']],
    );
    const values = charts.valuesOf('/web/values.yaml');
    assert.ok(values);
    const held = lint(VALUES, 'file:///web/values.yaml', DEFAULT_CONFIG, { helmValues: values }).findings;
    assert.deepEqual(
      held.filter((f) => f.ruleId === 'no-privileged-container').map((f) => f.range.start.line),
      [lineOf(VALUES, 'securityContext:')],
    );
    assert.match(
      held.find((f) => f.ruleId === 'no-privileged-container')?.message ?? '',
      / — `sidecars\[1\]\.securityContext` set here reaches it through `\{\{- toYaml \. \| nindent 12 \}\}` in templates\/deployment\.yaml\.$/,
    );
  });

  it('lists the directives that read an item in the hover on its keys', () => {
    const values = new HelmCharts(memoryReader(FILES)).valuesOf('/web/values.yaml');
    assert.ok(values);
    const readers = (key: string[]) =>
      readersOf(values, '/web', key, DEFAULT_CONFIG).map((r) => [r.directive, r.output.trim()]);
    assert.deepEqual(readers(['sidecars', '[1]', 'image']), [['{{ .image }}', 'envoyproxy/envoy:v1.31.0']]);
    assert.deepEqual(readers(['sidecars', '[0]', 'name']), [['{{ .name }}', 'logs']]);
  });
});
