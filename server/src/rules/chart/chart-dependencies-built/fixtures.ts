import { defineFixtures } from '../../fixtures';

const HEAD = 'apiVersion: v2\nname: shop\nversion: 0.1.0\n';
const REDIS = { 'charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 20.1.0\n' };

export default defineFixtures({
  fire: [
    {
      name: 'fire-once-when-charts-holds-none-of-the-dependencies',
      text: 'apiVersion: v2\nname: shop\nversion: 0.1.0\n⟦dependencies⟧:\n  - name: redis\n    version: 20.1.0\n  - name: postgresql\n    version: 15.5.0\n',
      files: { 'values.yaml': 'redis:\n  enabled: true\n' },
    },
    {
      name: 'fire-in-requirements-yaml-on-a-missing-chart-and-an-unlisted-one',
      uri: 'file:///fixture/requirements.yaml',
      text: '⟦dependencies⟧:\n  - name: ⟦postgresql⟧\n    version: 15.5.0\n',
      files: {
        'Chart.yaml': 'apiVersion: v1\nname: shop\nversion: 0.1.0\n',
        'charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 20.1.0\n',
      },
    },
    {
      name: 'fire-in-chart-yaml-on-a-list-requirements-yaml-replaces',
      text: 'apiVersion: v2\nname: shop\nversion: 0.1.0\n⟦dependencies⟧:\n  - name: postgresql\n    version: 15.5.0\n',
      files: {
        'requirements.yaml': 'dependencies:\n  - name: redis\n    version: 20.1.0\n',
        'charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 20.1.0\n',
      },
    },
    {
      name: 'fire-on-a-dependency-charts-does-not-hold',
      text: `${HEAD}dependencies:
  - name: redis
    version: 20.1.0
  - name: ⟦postgresql⟧
    version: 15.5.0
    repository: oci://registry-1.docker.io/bitnamicharts
`,
      files: REDIS,
    },
    {
      name: 'fire-on-a-version-the-range-does-not-take-with-and-without-an-alias',
      text: `${HEAD}dependencies:
  - name: redis
    version: ⟦~19.0.0⟧
  - Name: redis
    Alias: cache
    Version: ⟦"<20"⟧
`,
      files: REDIS,
    },
    {
      name: 'fire-on-charts-dependencies-does-not-list',
      text: `${HEAD}⟦dependencies⟧:
  - name: redis
    version: 20.x.x
`,
      files: {
        ...REDIS,
        'charts/common/Chart.yaml': 'apiVersion: v2\nname: common\nversion: 2.20.0\ntype: library\n',
      },
    },
    {
      name: 'fire-on-a-list-requirements-yaml-replaces',
      text: `${HEAD}⟦dependencies⟧:
  - name: postgresql
    version: 15.5.0
`,
      files: { ...REDIS, 'requirements.yaml': 'dependencies:\n  - name: redis\n    version: 20.1.0\n' },
    },
    {
      name: 'fire-in-the-requirements-yaml-of-a-v1-chart-with-a-subchart-it-does-not-list',
      uri: 'file:///fixture/requirements.yaml',
      text: '⟦dependencies⟧: []\n',
      files: { ...REDIS, 'Chart.yaml': 'apiVersion: v1\nname: shop\nversion: 0.1.0\n' },
    },
    {
      name: 'fire-at-the-name-when-no-dependency-is-listed',
      text: `apiVersion: v2\n⟦name⟧: shop\nversion: 0.1.0\n`,
      files: REDIS,
    },
  ],
  dontFire: [
    {
      name: 'requirements-yaml-whose-charts-are-built',
      uri: 'file:///fixture/requirements.yaml',
      text: 'dependencies:\n  - name: redis\n    version: ~20.1.0\n',
      files: {
        'Chart.yaml': 'apiVersion: v1\nname: shop\nversion: 0.1.0\n',
        'charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 20.1.0\n',
      },
    },
    {
      name: 'a-requirements-yaml-that-sets-no-dependencies',
      uri: 'file:///fixture/requirements.yaml',
      text: '# moved to Chart.yaml\n',
      files: {
        'Chart.yaml':
          'apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 20.1.0\n',
        'charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 20.1.0\n',
      },
    },
    {
      name: 'dont-fire-when-charts-holds-what-is-listed',
      text: `${HEAD}dependencies:
  - name: redis
    version: ">=20.0.0 <21.0.0"
    alias: cache
  - name: postgresql
    version: 15.x.x
`,
      files: {
        ...REDIS,
        // Helm matches a subchart by its Chart.yaml name, whatever its folder is called.
        'charts/pg/Chart.yaml': 'apiVersion: v2\nname: postgresql\nversion: 15.5.38\n',
      },
    },
    {
      name: 'dont-fire-on-the-requirements-yaml-of-a-v1-chart-listing-its-charts',
      uri: 'file:///fixture/requirements.yaml',
      text: 'dependencies:\n  - name: redis\n    version: 20.1.0\n',
      files: {
        ...REDIS,
        'Chart.yaml': 'apiVersion: v1\nname: shop\nversion: 0.1.0\n',
        // Helm passes over entries of charts/ whose names start with `_` or `.`.
        'charts/.cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 1.0.0\n',
        'charts/_old/Chart.yaml': 'apiVersion: v2\nname: old\nversion: 1.0.0\n',
      },
    },
    {
      name: 'dont-fire-on-a-range-helm-cannot-read',
      text: `${HEAD}dependencies:
  - name: redis
    version: not-a-range
  - name: redis
    alias: cache
`,
      files: REDIS,
    },
    {
      name: 'dont-fire-when-linted-without-its-folder',
      text: `${HEAD}dependencies:
  - name: postgresql
    version: 15.5.0
`,
    },
  ],
});
