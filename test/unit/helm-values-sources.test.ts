/**
 * A finding on what a directive wrote points at the values it read: the line of values.yaml, or of
 * the last values file that sets the value, as Helm lays them over each other.
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint, mergeConfig } from '../../server/src/engine';
import { HelmCharts } from '../../server/src/helm/helm-charts';
import { valuePathsIn } from '../../server/src/helm/values-sources';
import { tempFolder } from '../support/temp-folder';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

function related(root: string, valuesFiles: string[] = [], config = DEFAULT_CONFIG) {
  const file = path.join(root, 'templates/deployment.yaml');
  const helmTemplate = new HelmCharts(undefined, () => valuesFiles).templateOf(file);
  assert.ok(helmTemplate);
  const findings = lint(readFileSync(file, 'utf8'), file, config, { helmTemplate }).findings;
  return (rule: string) => findings.find((f) => f.ruleId === rule)?.related ?? [];
}

describe('the values behind a directive’s finding', () => {
  it('points at the key of values.yaml the directive read', () => {
    const of = related(SHOP);
    const values = pathToFileURL(path.join(SHOP, 'values.yaml')).href;
    const lines = readFileSync(path.join(SHOP, 'values.yaml'), 'utf8').split('\n');
    assert.deepEqual(of('no-privileged-container'), [
      {
        uri: values,
        range: {
          start: { line: lines.indexOf('securityContext:'), character: 0 },
          end: { line: lines.indexOf('securityContext:'), character: 'securityContext'.length },
        },
        message: '`securityContext` is set here',
      },
    ]);
    assert.equal(of('multiple-replicas')[0]?.message, '`replicaCount` is set here');
    // A key of the template's own text whose whole value a directive wrote points at that value.
    assert.deepEqual(
      [of('run-as-non-root'), of('container-memory-limit')].map((found) => found.map((r) => r.message)),
      [['`securityContext` is set here'], ['`resources` is set here']],
    );
    // A finding on the template's own text names no value (`spec:`, whose value is mostly the template's).
    assert.deepEqual(of('default-service-account-token'), []);
    const ko = related(SHOP, [], mergeConfig(DEFAULT_CONFIG, { locale: 'ko' }));
    assert.equal(ko('no-privileged-container')[0]?.message, '`securityContext` 값은 여기서 정합니다');
  });

  it('points at the last values file that sets it, as Helm lays them over each other', () => {
    const dir = tempFolder();
    const root = path.join(dir, 'shop');
    cpSync(SHOP, root, { recursive: true });
    const prod = path.join(dir, 'prod.yaml');
    const staging = path.join(dir, 'staging.yaml');
    writeFileSync(prod, '# production\nsecurityContext:\n  privileged: true\n');
    writeFileSync(staging, 'replicaCount: 1\n');
    const of = related(root, [prod, staging]);
    assert.deepEqual(
      of('no-privileged-container').map((r) => [r.uri, r.range.start.line]),
      [[pathToFileURL(prod).href, 1]],
    );
    assert.deepEqual(
      of('multiple-replicas').map((r) => [r.uri, r.range.start.line]),
      [[pathToFileURL(staging).href, 0]],
    );
  });

  it('reads the value paths a directive names', () => {
    assert.deepEqual(valuePathsIn('{{ .Values.image.tag | default .Chart.AppVersion }}'), [['image', 'tag']]);
    assert.deepEqual(valuePathsIn('{{ $.Values.a.b }}{{ $root.Values.c }}{{ .Values.a.b }}'), [['a', 'b'], ['c']]);
    assert.deepEqual(valuePathsIn('{{ toYaml .Values }}{{ .Chart.Values.x }}{{ index .Values "a-b" }}'), []);
    assert.equal(valuePathsIn('{{ .Values.a }}{{ .Values.b }}{{ .Values.c }}{{ .Values.d }}').length, 3);
    // Inside `{{ with .Values.pod }}`: `.` and its fields, not text in quotes, variables or `$.Values`.
    assert.deepEqual(valuePathsIn('{{- toYaml . | nindent 8 }}', 3, ['pod']), [['pod']]);
    assert.deepEqual(valuePathsIn('{{ .a.b | default "x.y" }}{{ $v.c }}{{ $.Values.d }}{{ 1.5 }}', 3, ['pod']), [
      ['d'],
      ['pod', 'a', 'b'],
    ]);
    assert.deepEqual(valuePathsIn('{{ . }}', 3, []), []);
  });
});
