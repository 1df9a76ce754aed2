import { defineFixtures } from '../../fixtures';

const HEAD = 'apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 20.1.0\n';
const REDIS = { 'charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 20.1.0\n' };

export default defineFixtures({
  fire: [
    {
      name: 'fire-in-requirements-yaml-on-a-path-the-values-do-not-set',
      uri: 'file:///fixture/requirements.yaml',
      text: 'dependencies:\n  - name: redis\n    version: 20.1.0\n    condition: ⟦redis.enable⟧\n',
      files: {
        'Chart.yaml': 'apiVersion: v1\nname: shop\nversion: 0.1.0\n',
        'charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 20.1.0\n',
        'values.yaml': 'redis:\n  enabled: true\n',
      },
    },
    {
      name: 'fire-on-a-path-the-values-do-not-set',
      text: `${HEAD}    condition: ⟦redis.enable⟧\n`,
      files: { ...REDIS, 'values.yaml': 'redis:\n  enabled: true\n' },
    },
    {
      name: 'fire-on-a-path-that-holds-text',
      text: `${HEAD}    condition: ⟦redis.enabled⟧\n`,
      files: { ...REDIS, 'values.yaml': 'redis:\n  enabled: "false"\n' },
    },
    {
      name: 'fire-on-a-space-after-a-comma',
      text: `${HEAD}    condition: ⟦"global.redis.enabled, redis.enabled"⟧\n`,
      files: { ...REDIS, 'values.yaml': 'redis:\n  enabled: false\n' },
    },
    {
      name: 'fire-on-a-path-under-the-name-of-an-aliased-dependency',
      text: `${HEAD}    alias: cache\n    condition: ⟦redis.enabled⟧\n    tags: [cache]\n`,
      files: { ...REDIS, 'values.yaml': 'cache:\n  enabled: false\n' },
    },
    {
      name: 'fire-on-text-the-values-set-for-a-subchart-missing-from-charts',
      text: `${HEAD}  - name: postgresql\n    condition: ⟦postgresql.enabled⟧\n`,
      files: { ...REDIS, 'values.yaml': 'postgresql:\n  enabled: "no"\n' },
    },
    {
      name: 'fire-on-a-tag-the-values-set-to-text',
      text: `${HEAD}    tags:\n      - ⟦cache⟧\n      - backend\n`,
      files: { ...REDIS, 'values.yaml': 'tags:\n  cache: "yes"\n  backend: true\n' },
    },
  ],
  dontFire: [
    {
      name: 'a-chart-yaml-list-requirements-yaml-replaces',
      text: 'apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 20.1.0\n    condition: redis.enable\n',
      files: {
        'charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 20.1.0\n',
        'values.yaml': 'redis:\n  enabled: true\n',
        'requirements.yaml': 'dependencies:\n  - name: redis\n    version: 20.1.0\n    condition: redis.enabled\n',
      },
    },
    {
      name: 'dont-fire-on-a-boolean-in-the-values',
      text: `${HEAD}    condition: redis.enabled\n`,
      files: { ...REDIS, 'values.yaml': 'redis:\n  enabled: no\n' },
    },
    {
      name: 'dont-fire-on-a-boolean-in-the-subcharts-own-values',
      text: `${HEAD}    alias: cache\n    condition: cache.enabled\n`,
      files: { ...REDIS, 'charts/redis/values.yaml': 'enabled: true\n' },
    },
    {
      name: 'dont-fire-when-a-later-path-decides',
      text: `${HEAD}    condition: global.redis.enabled,redis.enabled\n`,
      files: { ...REDIS, 'values.yaml': 'redis:\n  enabled: true\n' },
    },
    {
      name: 'dont-fire-under-a-subchart-missing-from-charts',
      // Its own values.yaml, not in charts/ yet, may set the path.
      text: `${HEAD}  - name: postgresql\n    condition: postgresql.enabled,global.postgresql.enabled\n`,
      files: { ...REDIS, 'values.yaml': 'redis:\n  enabled: true\n' },
    },
    {
      name: 'dont-fire-when-the-values-are-not-yaml',
      text: `${HEAD}    condition: redis.enabled\n`,
      files: { ...REDIS, 'values.yaml': 'redis: [\n' },
    },
    {
      name: 'dont-fire-without-a-condition-or-without-its-folder',
      text: `${HEAD}    condition: redis.enabled\n  - name: postgresql\n`,
    },
  ],
});
