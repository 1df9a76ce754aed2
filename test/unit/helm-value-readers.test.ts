/**
 * The directives of a chart's templates that read a value of values.yaml, with what each rendered:
 * the hover on a key of values.yaml.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../server/src/engine';
import { HelmCharts } from '../../server/src/helm/helm-charts';
import { readersOf } from '../../server/src/helm/value-readers';
import { memoryReader } from '../rules/support';
import { BACKEND_DEPLOYMENT } from '../support/umbrella-chart';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

function readers(files: Record<string, string> | undefined, folder: string, key: string[]) {
  const charts = new HelmCharts(files ? memoryReader(files) : undefined);
  const values = charts.valuesOf(path.join(folder, 'values.yaml'));
  assert.ok(values);
  return readersOf(values, folder, key, DEFAULT_CONFIG).map((reader) => ({
    at: `${path.relative(folder, reader.file)}:${reader.line + 1}`,
    directive: reader.directive,
    output: reader.output.trim(),
  }));
}

describe('the directives that read a value', () => {
  it('names each with what it rendered, for the value, a part of it or the map holding it', () => {
    assert.deepEqual(readers(undefined, SHOP, ['securityContext']), [
      {
        at: 'templates/deployment.yaml:24',
        directive: '{{- toYaml .Values.securityContext | nindent 12 }}',
        output: 'privileged: true',
      },
    ]);
    assert.deepEqual(
      readers(undefined, SHOP, ['securityContext', 'privileged']).map((r) => r.at),
      ['templates/deployment.yaml:24'],
      'the map that holds it is written whole',
    );
    assert.deepEqual(
      readers(undefined, SHOP, ['image']).map((r) => [r.at, r.output]),
      [
        ['templates/deployment.yaml:25', 'registry.example.com/shop/web'],
        ['templates/deployment.yaml:25', '1.4.2'],
      ],
    );
    assert.deepEqual(
      readers(undefined, SHOP, ['podAnnotations']),
      [],
      'an empty map switches its `with` block off: nothing renders from it',
    );
    assert.deepEqual(readers(undefined, SHOP, ['nameOverride']), []);
  });

  it('follows `.` inside `with`, and a subchart’s reading of the values its parent gives it', () => {
    const files = {
      '/shop/Chart.yaml':
        'apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n  - name: backend\n    version: 0.1.0\n',
      '/shop/values.yaml': 'backend:\n  securityContext:\n    privileged: true\n',
      '/shop/charts/backend/Chart.yaml': 'apiVersion: v2\nname: backend\nversion: 0.1.0\n',
      '/shop/charts/backend/values.yaml': 'securityContext: {}\n',
      '/shop/charts/backend/templates/deployment.yaml': BACKEND_DEPLOYMENT.replace(
        '          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n',
        '          {{- with .Values.securityContext }}\n          securityContext:\n            privileged: {{ .privileged }}\n          {{- end }}\n',
      ),
    };
    assert.deepEqual(readers(files, '/shop', ['backend', 'securityContext', 'privileged']), [
      { at: 'charts/backend/templates/deployment.yaml:19', directive: '{{ .privileged }}', output: 'true' },
    ]);
    assert.deepEqual(readers(files, '/shop', ['securityContext']), [], 'not the parent’s own value');
  });
});
