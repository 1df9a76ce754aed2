import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { jsonFindings, runCli as run } from '../support/run-cli';
import { tempFolder } from '../support/temp-folder';

const FIXTURES = path.join(__dirname, '../fixtures/helm');

describe('cntutor lint on a Helm chart', () => {
  it('lints each template as rendered with the chart’s values, reporting on the template', () => {
    const text = run(['lint', 'shop', '--no-explain'], FIXTURES);
    assert.equal(text.code, 1, text.stderr);
    assert.match(
      text.stdout,
      /^shop\/templates\/deployment\.yaml:24:13: error .+\(rendered with the chart’s values as `privileged: true`\) \[no-privileged-container\]$/m,
    );
    assert.match(text.stdout, /^shop\/templates\/deployment\.yaml:8:13: .+\[multiple-replicas\]$/m);
    assert.doesNotMatch(text.stdout, /^shop\/(templates\/_helpers\.tpl|values\.yaml|Chart\.yaml):/m);
    // The value behind what a directive wrote is shown where it is set.
    assert.match(
      text.stdout,
      /\[no-privileged-container\]\n {2}See also: shop\/values\.yaml:9:1: `securityContext` is set here$/m,
    );
    const json = run(['lint', 'shop', '--format', 'json'], FIXTURES);
    const reports = JSON.parse(json.stdout) as { file: string; skipped?: string; findings: unknown[] }[];
    const byFile = new Map(reports.map((r) => [r.file.split(path.sep).join('/'), r]));
    assert.ok((byFile.get('shop/templates/deployment.yaml')?.findings.length ?? 0) > 0);
    assert.match(byFile.get('shop/values.yaml')?.skipped ?? '', /Helm chart values/);
    const sarif = JSON.parse(run(['lint', 'shop', '--format', 'sarif'], FIXTURES).stdout) as {
      runs: {
        results: {
          ruleId: string;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
          }[];
        }[];
      }[];
    };
    const privileged = sarif.runs[0]?.results.find((r) => r.ruleId === 'no-privileged-container');
    assert.deepEqual(privileged?.locations[0]?.physicalLocation.artifactLocation.uri, 'shop/templates/deployment.yaml');
    assert.deepEqual(
      [
        privileged?.locations[0]?.physicalLocation.region.startLine,
        privileged?.locations[0]?.physicalLocation.region.startColumn,
      ],
      [24, 13],
    );
  });

  it('fixes a template where the fix repairs text the template wrote itself, and leaves the values to the user', () => {
    const dir = tempFolder();
    cpSync(path.join(FIXTURES, 'shop'), path.join(dir, 'shop'), { recursive: true });
    const file = path.join(dir, 'shop/templates/deployment.yaml');
    const before = readFileSync(file, 'utf8');
    const withTypo = before.replace('protocol: TCP', 'protocl: TCP');
    writeFileSync(file, withTypo);
    const first = jsonFindings(run(['lint', 'shop/templates/deployment.yaml', '--format', 'json'], dir).stdout);
    assert.ok(
      first.some((f) => f.ruleId === 'kubernetes-schema'),
      first.map((f) => f.ruleId).join(', '),
    );
    const fixed = run(['lint', 'shop/templates/deployment.yaml', '--fix-unsafe', '--format', 'json'], dir);
    const after = jsonFindings(fixed.stdout);
    assert.ok(!after.some((f) => f.ruleId === 'kubernetes-schema'), after.map((f) => f.ruleId).join(', '));
    assert.ok(!after.some((f) => f.ruleId === 'read-only-root-filesystem'), 'a key inserted after the directive');
    assert.ok(
      after.some((f) => f.ruleId === 'no-privileged-container'),
      'the values are left alone',
    );
    const written = readFileSync(file, 'utf8');
    assert.match(written, /protocol: TCP/);
    assert.ok(written.includes('{{- toYaml .Values.securityContext | nindent 12 }}'), written);
  });

  it('judges a template beside its chart’s other templates, given alone or with the chart, on one thread or several', () => {
    const alone = run(['lint', 'shop/templates/service.yaml', '--no-explain'], FIXTURES);
    assert.equal(alone.code, 1, alone.stderr);
    assert.match(
      alone.stdout,
      /^shop\/templates\/service\.yaml:14:3: warning Service "release-name-shop" selects app=shop, but no workload .+\[service-selects-workload\]\n {2}See also: shop\/templates\/deployment\.yaml:4:9: pods of Deployment "release-name-shop" carry/m,
    );
    // Enough files for two workers: both charts and a dozen manifests that do not touch them.
    const dir = tempFolder();
    cpSync(path.join(FIXTURES, 'shop'), path.join(dir, 'shop'), { recursive: true });
    cpSync(path.join(FIXTURES, '../helm-template/demo'), path.join(dir, 'demo'), { recursive: true });
    for (let i = 0; i < 12; i++)
      writeFileSync(
        path.join(dir, `config-${i}.yaml`),
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-${i}\ndata:\n  key: value\n`,
      );
    const single = run(['lint', '.', '--jobs', '1', '--format', 'json'], dir);
    const both = run(['lint', '.', '--jobs', '2', '--format', 'json'], dir);
    assert.equal(both.stdout, single.stdout);
    const reports = JSON.parse(single.stdout) as { file: string; findings: { ruleId: string }[] }[];
    const found = reports.flatMap((r) => r.findings.map((f) => `${r.file} ${f.ruleId}`));
    assert.ok(
      found.includes(`${path.join('shop', 'templates', 'service.yaml')} service-selects-workload`),
      found.join('\n'),
    );
    assert.ok(found.includes(`${path.join('demo', 'templates', 'deployment.yaml')} workload-has-network-policy`));
  });

  it('stops a chart whose values break its values.schema.json, as Helm stops', () => {
    const dir = tempFolder();
    cpSync(path.join(FIXTURES, 'shop'), path.join(dir, 'shop'), { recursive: true });
    writeFileSync(
      path.join(dir, 'shop/values.schema.json'),
      JSON.stringify({ properties: { service: { required: ['type', 'port', 'targetPort'] } } }),
    );
    const text = run(['lint', 'shop', '--no-explain'], dir);
    assert.equal(text.code, 0, text.stdout + text.stderr);
    const notes = text.stdout.split('\n').filter((line) => line.includes('[helm-template-not-checked]'));
    assert.deepEqual(
      notes.map((line) => line.split(':')[0]),
      ['shop/templates/deployment.yaml', 'shop/templates/service.yaml'],
    );
    assert.match(
      notes[0] ?? '',
      /Helm stops here \(values\.yaml does not meet the chart’s values\.schema\.json: `service` must have required property 'targetPort'\)/,
    );
    assert.doesNotMatch(text.stdout, /no-privileged-container|service-selects-workload/);
  });

  it('renders a chart with the values files the project names and --values gives, in order, on one thread or several', () => {
    const dir = tempFolder();
    cpSync(path.join(FIXTURES, 'shop'), path.join(dir, 'shop'), { recursive: true });
    writeFileSync(path.join(dir, 'prod.yaml'), 'securityContext:\n  privileged: false\n');
    writeFileSync(path.join(dir, 'debug.yaml'), 'securityContext:\n  privileged: true\n');
    const privileged = (args: string[]): boolean => {
      const result = run(['lint', 'shop', '--format', 'json', ...args], dir);
      assert.ok(result.code === 0 || result.code === 1, result.stderr);
      return jsonFindings(result.stdout).some((f) => f.ruleId === 'no-privileged-container');
    };
    assert.equal(privileged([]), true);
    assert.equal(privileged(['--values', 'prod.yaml']), false);
    assert.equal(privileged(['--values', 'prod.yaml', '--values', 'debug.yaml']), true);
    const missing = run(['lint', 'shop', '--values', 'nope.yaml'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--values: file not found: nope\.yaml/);
    // The project's helmValues come first; --values after them.
    writeFileSync(path.join(dir, '.cntutor.yaml'), 'helmValues:\n  shop: [prod.yaml]\n');
    assert.equal(privileged([]), false);
    assert.equal(privileged(['--values', 'debug.yaml']), true);
    const text = run(['lint', 'shop/templates/deployment.yaml', '--no-explain'], dir);
    assert.doesNotMatch(text.stdout, /no-privileged-container/);
    // Workers render with the same files.
    for (let i = 0; i < 16; i++)
      writeFileSync(path.join(dir, `config-${i}.yaml`), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`);
    const single = run(['lint', '.', '--jobs', '1', '--format', 'json'], dir);
    assert.equal(run(['lint', '.', '--jobs', '2', '--format', 'json'], dir).stdout, single.stdout);
    assert.ok(!jsonFindings(single.stdout).some((f) => f.ruleId === 'no-privileged-container'));
  });

  it('renders the named templates of a packed library chart', () => {
    const text = run(['lint', 'with-library', '--no-explain'], FIXTURES);
    assert.match(
      text.stdout,
      /^with-library\/templates\/deployment\.yaml:21:13: error .+\(rendered with the chart’s values as `privileged: true`\) \[no-privileged-container\]$/m,
    );
    assert.doesNotMatch(text.stdout, /helm-template-not-checked/);
  });
});
