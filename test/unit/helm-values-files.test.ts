/**
 * Values files given after a chart's values.yaml (`helm template -f`), merged and laid over the
 * chart's defaults as Helm does, for the CLI's `--values` and the project's `helmValues`.
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { resolveHelmValues } from '../../server/src/cli/helm-values';
import { parseConfigText } from '../../server/src/config/file';
import { DEFAULT_CONFIG, lint, mergeConfig } from '../../server/src/engine';
import { readHelmChart, valuesLabel } from '../../server/src/helm/chart-files';
import { chartsWithValues, HelmCharts } from '../../server/src/helm/helm-charts';
import { coalesceValues, configuredValuesFiles, readValuesFiles } from '../../server/src/helm/values-files';
import { tempFolder } from '../support/temp-folder';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

function shopCopy(files: Record<string, string> = {}): string {
  const dir = tempFolder();
  const root = path.join(dir, 'shop');
  cpSync(SHOP, root, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return root;
}

describe('values files after values.yaml', () => {
  it('lays the given values over the chart’s defaults as Helm coalesces them', () => {
    const defaults = {
      replicaCount: 1,
      image: { repository: 'web', tag: '' },
      resources: { limits: { memory: '128Mi' } },
      ports: [80, 443],
      podAnnotations: {},
    };
    const given = {
      image: { tag: '2.0' },
      resources: null,
      ports: [8080],
      extra: { on: true },
      podAnnotations: 'none',
    };
    assert.deepEqual(coalesceValues(defaults, given), {
      replicaCount: 1,
      // Maps merge key by key; a null removes the default; a list or a value of another type replaces it.
      image: { repository: 'web', tag: '2.0' },
      ports: [8080],
      extra: { on: true },
      podAnnotations: 'none',
    });
  });

  it('merges several files in order, each map key by key, and says which file cannot be used', () => {
    const texts: Record<string, string> = {
      '/v/a.yaml': 'image:\n  tag: a\n  pullPolicy: Always\nlist: [1, 2]\n',
      '/v/b.yaml': 'image:\n  tag: b\nlist: [3]\nflag: yes\n',
      '/v/empty.yaml': '# nothing set\n',
      '/v/list.yaml': '- a\n- b\n',
      '/v/broken.yaml': 'image: [\n',
    };
    const read = (file: string): string | undefined => texts[file];
    assert.deepEqual(readValuesFiles(['/v/a.yaml', '/v/empty.yaml', '/v/b.yaml'], read), {
      // YAML 1.1, as Helm reads values: `yes` is true.
      values: { image: { tag: 'b', pullPolicy: 'Always' }, list: [3], flag: true },
    });
    texts['/v/proto.yaml'] = '__proto__:\n  polluted: true\n';
    const proto = readValuesFiles(['/v/a.yaml', '/v/proto.yaml'], read) as { values: Record<string, unknown> };
    assert.deepEqual(Object.keys(proto.values), ['image', 'list', '__proto__']);
    assert.equal(({} as { polluted?: boolean }).polluted, undefined);
    assert.equal(Object.getPrototypeOf(coalesceValues({ a: 1 }, proto.values)), Object.prototype);
    assert.deepEqual(readValuesFiles(['/v/a.yaml', '/v/missing.yaml'], read), {
      problem: 'the values file missing.yaml cannot be read',
    });
    assert.deepEqual(readValuesFiles(['/v/list.yaml'], read), { problem: 'list.yaml holds no map of values' });
    assert.match(
      (readValuesFiles(['/v/broken.yaml'], read) as { problem: string }).problem,
      /^broken\.yaml is not valid YAML \(/,
    );
  });

  it('renders a chart with its values files, names them in its notes, and checks the schema on the result', () => {
    const root = shopCopy({
      'prod.yaml': 'securityContext:\n  privileged: false\n',
      'off.yaml': 'replicaCount: "two"\n',
    });
    const prod = path.join(root, '../prod.yaml');
    const chart = readHelmChart(root, undefined, [prod]);
    assert.deepEqual((chart.values as { securityContext: unknown }).securityContext, { privileged: false });
    assert.equal(valuesLabel(chart), 'values.yaml + prod.yaml');
    const file = path.join(root, 'templates/deployment.yaml');
    const text = readFileSync(file, 'utf8');
    const lintWith = (charts: HelmCharts, locale: 'en' | 'ko' = 'en') => {
      const helmTemplate = charts.templateOf(file);
      assert.ok(helmTemplate);
      return lint(text, file, mergeConfig({ locale }), { helmTemplate }).findings;
    };
    const plain = lintWith(new HelmCharts());
    assert.ok(plain.some((f) => f.ruleId === 'no-privileged-container'));
    const withProd = lintWith(chartsWithValues({ [root]: [prod] }));
    assert.ok(!withProd.some((f) => f.ruleId === 'no-privileged-container'));
    // Values that break the chart's schema stop Helm, whichever file gave them.
    writeFileSync(path.join(root, 'values.schema.json'), '{ "properties": { "replicaCount": { "type": "integer" } } }');
    const off = path.join(root, '../off.yaml');
    const stopped = lintWith(chartsWithValues({ [root]: [prod, off] }));
    assert.deepEqual(
      stopped.map((f) => f.message),
      [
        'This template was not checked: with the chart’s values.yaml + prod.yaml + off.yaml, Helm stops here (values.yaml + prod.yaml + off.yaml does not meet the chart’s values.schema.json: `replicaCount` must be integer).',
      ],
    );
    const korean = lintWith(chartsWithValues({ [root]: [prod, off] }), 'ko');
    assert.match(
      korean[0]?.message ?? '',
      /^이 템플릿은 검사하지 않았습니다: 차트의 values\.yaml \+ prod\.yaml \+ off\.yaml로는/,
    );
    const missing = lintWith(chartsWithValues({ [root]: [path.join(root, '../gone.yaml')] }));
    assert.deepEqual(
      missing.map((f) => f.message),
      ['This template was not checked: the values file gone.yaml cannot be read.'],
    );
  });

  it('forgets a chart when one of its values files changes', () => {
    const root = shopCopy({ 'prod.yaml': 'replicaCount: 3\n' });
    const prod = path.join(root, '../prod.yaml');
    const charts = chartsWithValues({ [root]: [prod] });
    const first = charts.templateOf(path.join(root, 'templates/service.yaml'))?.chart;
    assert.equal((first?.values as { replicaCount: number }).replicaCount, 3);
    assert.equal(charts.isValuesFile(prod), true);
    assert.equal(charts.isValuesFile(path.join(root, 'values.yaml')), false);
    writeFileSync(prod, 'replicaCount: 4\n');
    assert.deepEqual(charts.changed(prod), [root]);
    const again = charts.templateOf(path.join(root, 'templates/service.yaml'))?.chart;
    assert.equal((again?.values as { replicaCount: number }).replicaCount, 4);
  });

  it('finds each chart’s files in the project’s helmValues and in --values', () => {
    const root = shopCopy({ 'prod.yaml': 'replicaCount: 3\n', 'ci.yaml': 'replicaCount: 5\n' });
    const dir = path.dirname(root);
    assert.deepEqual(configuredValuesFiles({ shop: ['prod.yaml'], other: ['x.yaml'] }, dir, root), [
      path.join(dir, 'prod.yaml'),
    ]);
    assert.deepEqual(configuredValuesFiles(undefined, dir, root), []);
    const linted = [path.join(root, 'templates/deployment.yaml'), path.join(dir, 'plain.yaml')];
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      assert.deepEqual(resolveHelmValues({ shop: ['prod.yaml'] }, dir, ['ci.yaml'], linted), {
        [root]: [path.join(dir, 'prod.yaml'), path.join(dir, 'ci.yaml')],
      });
      assert.throws(() => resolveHelmValues({}, dir, ['nope.yaml'], linted), /--values: file not found: nope\.yaml/);
    } finally {
      process.chdir(cwd);
    }
  });

  it('reads helmValues from the project file, and says what is wrong with it', () => {
    const good = parseConfigText('helmValues:\n  charts/shop: [values-prod.yaml]\n', '/p/.cntutor.yaml');
    assert.deepEqual(good.problems, []);
    assert.deepEqual(good.config.helmValues, { 'charts/shop': ['values-prod.yaml'] });
    assert.deepEqual(mergeConfig(good.config).helmValues, { 'charts/shop': ['values-prod.yaml'] });
    assert.deepEqual(DEFAULT_CONFIG.helmValues, {});
    const bad = parseConfigText('helmValues:\n  charts/shop: values-prod.yaml\n', '/p/.cntutor.yaml');
    assert.equal(bad.problems.length, 1);
    assert.equal(bad.problems[0]?.range.start.line, 1);
  });
});
