/**
 * How Helm decides which subcharts a release installs, as the Chart.yaml rules read it: the subchart
 * each dependency gets (by name and version range), the values a condition is read from (the
 * subcharts' own under the name each is installed as), and what a condition's paths find there.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Subchart } from '../../server/src/helm/chart-files';
import { readHelmChart } from '../../server/src/helm/chart-files';
import { chartBeside } from '../rules/support';
import { chartCompletionsAt } from '../../server/src/helm/chart-editor';
import {
  conditionOutcome,
  conditionPaths,
  conditionValues,
  dependenciesOf,
  pathValue,
} from '../../server/src/helm/dependencies';

const subchart = (name: string, version: string, values: unknown): Subchart => ({
  name,
  version,
  values,
  file: `/shop/charts/${name}`,
});

describe('dependencies as Helm installs them', () => {
  it('finds a value only where a path ends on something other than a map', () => {
    const values = { a: { b: { c: false }, text: 'x', none: null }, top: 1 };
    assert.deepEqual(pathValue(values, 'a.b.c'), { value: false });
    assert.deepEqual(pathValue(values, 'a.none'), { value: null });
    assert.deepEqual(pathValue(values, 'top'), { value: 1 });
    assert.equal(pathValue(values, 'a.b'), undefined, 'a map is no value');
    assert.equal(pathValue(values, 'a.text.c'), undefined, 'a path through text');
    assert.equal(pathValue(values, 'a.missing'), undefined);
    assert.equal(pathValue(values, 'constructor'), undefined, 'only the values’ own keys');
  });

  it('splits a condition at commas and trims only the whole', () => {
    assert.deepEqual(conditionPaths('  a.enabled, b.enabled,,c  '), ['a.enabled', ' b.enabled', 'c']);
    assert.deepEqual(conditionPaths(' '), []);
  });

  it('reads the dependencies by keys of any case, skipping entries without a name', () => {
    const read = dependenciesOf({
      Dependencies: [
        { Name: 'redis', ALIAS: 'cache', version: 20, condition: 'cache.enabled', tags: ['db', 5] },
        {},
        'x',
      ],
    });
    assert.deepEqual(
      read.map(({ index, name, alias, version, condition, tags }) => ({
        index,
        name,
        alias,
        version,
        condition,
        tags,
      })),
      [{ index: 0, name: 'redis', alias: 'cache', version: '20', condition: 'cache.enabled', tags: ['db'] }],
    );
  });

  it('lays each subchart’s values under its alias only when the range takes its version', () => {
    const dependencies = dependenciesOf({
      dependencies: [
        { name: 'redis', alias: 'cache', version: '20.x' },
        { name: 'postgresql', alias: 'db', version: '~14.0.0' },
      ],
    });
    const values = conditionValues(
      { cache: { enabled: false }, extra: 'not a map' },
      [
        subchart('redis', '20.1.0', { enabled: true, replicas: 2 }),
        subchart('postgresql', '15.5.0', { enabled: true }),
        subchart('extra', '1.0.0', { enabled: true }),
      ],
      dependencies,
    );
    assert.deepEqual(values.cache, { enabled: false, replicas: 2 }, 'the chart’s values win over the subchart’s');
    assert.deepEqual(values.postgresql, { enabled: true }, 'out of range: under its own name, not the alias');
    assert.equal(values.db, undefined);
    assert.equal(values.extra, 'not a map', 'Helm skips defaults where the chart sets the name to something else');
  });

  it('says which path decides, which Helm warns of, and which it cannot know', () => {
    const values = { redis: { enabled: 'false' }, global: { redis: { enabled: true } } };
    assert.deepEqual(conditionOutcome('redis.enabled,global.redis.enabled', values), {
      notBoolean: [{ path: 'redis.enabled', value: 'false' }],
      unset: [],
      decidedBy: 'global.redis.enabled',
    });
    assert.deepEqual(conditionOutcome('redis.enable, global.redis.enabled', values), {
      notBoolean: [],
      unset: ['redis.enable', ' global.redis.enabled'],
    });
    assert.deepEqual(conditionOutcome('db.enabled,redis.enable', values, new Set(['db'])), {
      notBoolean: [],
      unset: [],
      unknown: true,
    });
  });

  it('reads a packed subchart’s name, version and values with the chart', () => {
    const chart = readHelmChart(path.join(__dirname, '../fixtures/helm/with-library'));
    assert.deepEqual(
      chart.subcharts?.map(({ name, version, values, file }) => [name, version, values, path.basename(file)]),
      [['lib', '0.1.0', undefined, 'lib-0.1.0.tgz']],
    );
  });

  it('knows the dependencies charts/ does not hold, whatever the case of the key that lists them', () => {
    const text = 'apiVersion: v2\nname: shop\nversion: 0.1.0\nDependencies:\n  - Name: redis\n  - version: 1.0.0\n';
    const chart = chartBeside('file:///shop/Chart.yaml', text, {});
    assert.deepEqual(chart.unfetched, ['redis', ''], 'an entry without a name is missing too');
    assert.equal(chart.problem, undefined, 'the templates render, as `helm lint` renders them');
  });

  it('reads the dependencies of a requirements.yaml in place of Chart.yaml’s, as Helm still does', () => {
    const text = 'apiVersion: v1\nname: shop\nversion: 0.1.0\n';
    const requirements = 'dependencies:\n  - name: mysql\n    version: 1.6.9\n';
    assert.deepEqual(chartBeside('file:///shop/Chart.yaml', text, { 'requirements.yaml': requirements }).unfetched, [
      'mysql',
    ]);
    const built = chartBeside('file:///shop/Chart.yaml', `${text}dependencies:\n  - name: redis\n`, {
      'requirements.yaml': requirements,
      'charts/mysql/Chart.yaml': 'name: mysql\nversion: 1.6.9\n',
    });
    assert.equal(built.unfetched, undefined, 'requirements.yaml’s list replaces Chart.yaml’s');
    assert.deepEqual(built.requirementsDependencies, [{ name: 'mysql', version: '1.6.9' }]);
    assert.match(
      chartBeside('file:///shop/Chart.yaml', text, { 'requirements.yaml': 'dependencies: [\n' }).problem ?? '',
      /^requirements\.yaml is not valid YAML/,
    );
  });

  it('offers a condition the boolean values it can name, the subcharts’ own under their alias', () => {
    const head = 'apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n  - name: redis\n    alias: cache\n';
    const chart = chartBeside('file:///shop/Chart.yaml', head, {
      'values.yaml': 'cache:\n  auth: false\nmetrics:\n  enabled: true\n  port: 9090\n"dotted.key": true\n',
      'charts/redis/Chart.yaml': 'name: redis\nversion: 20.1.0\n',
      'charts/redis/values.yaml': 'enabled: true\nversion: 20.1.0\n',
    });
    const text = `${head}    version: 20.x\n    condition: ca`;
    const items = chartCompletionsAt(text, text.length, 'en', chart);
    assert.deepEqual(
      items.map((item) => [item.label, item.detail, item.start, item.end]),
      [
        ['cache.auth', 'false', text.length - 2, text.length],
        ['cache.enabled', 'true', text.length - 2, text.length],
        ['metrics.enabled', 'true', text.length - 2, text.length],
      ],
    );
    assert.deepEqual(
      items.map((item) => item.sortText),
      ['1cache.auth', '0cache.enabled', '0metrics.enabled'],
    );
    assert.deepEqual(chartCompletionsAt(text, text.length, 'en'), [], 'nothing without the chart’s folder');
  });
});
