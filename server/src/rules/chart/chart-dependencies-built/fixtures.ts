import { defineFixtures } from '../../fixtures';

const HEAD = 'apiVersion: v2\nname: shop\nversion: 0.1.0\n';
const REDIS = { 'charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 20.1.0\n' };

export default defineFixtures({
  fire: [
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
      name: 'fire-on-a-v1-chart-with-a-subchart-it-does-not-list',
      text: `apiVersion: v1\n⟦name⟧: shop\nversion: 0.1.0\n`,
      files: { ...REDIS, 'requirements.yaml': 'dependencies: []\n' },
    },
    {
      name: 'fire-at-the-name-when-no-dependency-is-listed',
      text: `apiVersion: v2\n⟦name⟧: shop\nversion: 0.1.0\n`,
      files: REDIS,
    },
  ],
  dontFire: [
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
      name: 'dont-fire-on-a-v1-chart-whose-requirements-list-its-charts',
      text: `apiVersion: v1\nname: shop\nversion: 0.1.0\n`,
      files: {
        ...REDIS,
        'requirements.yaml': 'dependencies:\n  - name: redis\n    version: 20.1.0\n',
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
