import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli as run } from '../support/run-cli';
import { tempFolder } from '../support/temp-folder';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

describe('cntutor lint on a chart’s Chart.yaml', () => {
  it('reports it with the chart, fixes what is safe, and lists its rules', () => {
    const dir = tempFolder();
    cpSync(SHOP, path.join(dir, 'shop'), { recursive: true });
    const chart = path.join(dir, 'shop/Chart.yaml');
    const text = readFileSync(chart, 'utf8');
    writeFileSync(
      chart,
      text.replace('appVersion: "1.4.2"', 'appVersion: 1.10').replace('type: application', 'type: app'),
    );
    const linted = run(['lint', 'shop', '--no-explain'], dir);
    assert.equal(linted.code, 1, linted.stderr);
    assert.match(linted.stdout, /^shop\/Chart\.yaml:4:7: error `type` is "app".+\[chart-schema\]$/m);
    assert.match(
      linted.stdout,
      /^shop\/Chart\.yaml:6:13: error `appVersion` reaches Helm as "1\.1".+\[chart-quote-strings\] \(fixable\)$/m,
    );
    assert.match(
      linted.stdout,
      /^shop\/templates\/deployment\.yaml:1:1: info This template was not checked: Helm cannot load the chart \(validation: chart\.metadata\.type must be application or library\)\. \[helm-template-not-checked\]$/m,
    );
    const fixed = run(['lint', 'shop/Chart.yaml', '--fix'], dir);
    assert.equal(fixed.code, 1, 'the type is no safe fix: it stays');
    assert.match(readFileSync(chart, 'utf8'), /^appVersion: "1\.10"$/m);
    const rules = JSON.parse(run(['rules', '--format', 'json'], dir).stdout) as { id: string; target: string }[];
    assert.ok(rules.filter((rule) => rule.target === 'chart').length >= 2);
    assert.ok(rules.every((rule) => rule.id.startsWith('chart-') === (rule.target === 'chart')));
  });

  it('holds Chart.yaml against charts/ and the values files given', () => {
    const dir = tempFolder();
    cpSync(SHOP, path.join(dir, 'shop'), { recursive: true });
    const chart = path.join(dir, 'shop/Chart.yaml');
    mkdirSync(path.join(dir, 'shop/charts/redis'), { recursive: true });
    writeFileSync(path.join(dir, 'shop/charts/redis/Chart.yaml'), 'apiVersion: v2\nname: redis\nversion: 20.1.0\n');
    writeFileSync(path.join(dir, 'shop/charts/redis/values.yaml'), 'enabled: true\n');
    const dependencies = [
      'dependencies:',
      '  - name: redis',
      '    version: 20.x',
      '    alias: cache',
      '    condition: cache.enabled',
      '  - name: postgresql',
      '    version: 15.x',
      '    condition: postgresql.enabled',
    ];
    writeFileSync(chart, `${readFileSync(chart, 'utf8')}${dependencies.join('\n')}\n`);
    writeFileSync(path.join(dir, 'prod.yaml'), 'cache:\n  enabled: "false"\npostgresql:\n  enabled: false\n');
    const alone = run(['lint', 'shop/Chart.yaml', '--no-explain'], dir);
    assert.equal(alone.code, 1, alone.stderr);
    const lines = alone.stdout.split('\n').filter((line) => /^\S+:\d+:\d+: /.test(line));
    assert.equal(lines.length, 1, alone.stdout);
    assert.match(lines[0] ?? '', /^shop\/Chart\.yaml:12:11: warning `charts\/` holds no chart named `postgresql`:/);
    const given = run(['lint', 'shop/Chart.yaml', '--values', 'prod.yaml', '--format', 'sarif'], dir);
    const sarif = JSON.parse(given.stdout) as {
      runs: { results: { ruleId: string; message: { text: string }; relatedLocations?: unknown[] }[] }[];
    };
    const results = sarif.runs[0]?.results ?? [];
    assert.deepEqual(
      results.map((r) => r.ruleId),
      ['chart-dependency-condition', 'chart-dependencies-built'],
    );
    assert.match(
      results[0]?.message.text ?? '',
      /^`cache\.enabled` holds `"false"` \(text\) in values\.yaml \+ prod\.yaml, not a boolean/,
    );
    assert.equal(results[0]?.relatedLocations?.length, 1, 'the line of prod.yaml that sets it');
  });

  it('lints a chart’s requirements.yaml as the list Helm reads, and no other requirements.yaml', () => {
    const dir = tempFolder();
    cpSync(SHOP, path.join(dir, 'shop'), { recursive: true });
    mkdirSync(path.join(dir, 'shop/charts/redis'), { recursive: true });
    writeFileSync(path.join(dir, 'shop/charts/redis/Chart.yaml'), 'apiVersion: v2\nname: redis\nversion: 20.1.0\n');
    const requirements =
      'dependencies:\n  - name: redis\n    version: 20.1.0\n  - name: postgresql\n    version: 15.5.0\n';
    writeFileSync(path.join(dir, 'shop/requirements.yaml'), requirements);
    mkdirSync(path.join(dir, 'ansible'));
    writeFileSync(path.join(dir, 'ansible/requirements.yaml'), 'collections:\n  - name: community.general\n');
    const walked = run(['lint', '.', '--no-explain', '--format', 'json'], dir);
    const files = JSON.parse(walked.stdout) as {
      file: string;
      findings: { ruleId: string; range: { start: { line: number } } }[];
    }[];
    const found = files.flatMap((file) => file.findings.map((f) => `${file.file} ${f.ruleId} ${f.range.start.line}`));
    assert.deepEqual(
      found.filter((line) => line.includes('requirements')),
      ['shop/requirements.yaml chart-api-version 0', 'shop/requirements.yaml chart-dependencies-built 3'],
    );
    assert.equal(
      run(['lint', '.', '--no-explain', '--format', 'json', '--jobs', '2'], dir).stdout,
      walked.stdout,
      'the same in workers',
    );
    const alone = run(['lint', 'ansible/requirements.yaml'], dir);
    assert.equal(alone.code, 2, 'a requirements.yaml with no Chart.yaml beside it is no chart’s: nothing to lint');
  });
});
