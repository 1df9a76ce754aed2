import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-on-duplicates-in-requirements-yaml',
      uri: 'file:///fixture/requirements.yaml',
      text: 'dependencies:\n  - name: redis\n    version: 20.1.0\n  - name: ⟦redis⟧\n    version: 20.1.0\n  ⟦-⟧\n',
      files: { 'Chart.yaml': 'apiVersion: v1\nname: shop\nversion: 0.1.0\n' },
    },
    {
      name: 'fire-on-a-second-entry-with-the-same-name-or-alias',
      text: `apiVersion: v2
name: shop
version: 0.1.0
dependencies:
  - name: postgresql
    version: 15.5.0
    repository: oci://registry-1.docker.io/bitnamicharts
  - name: ⟦postgresql⟧
    version: 15.5.0
    repository: oci://registry-1.docker.io/bitnamicharts
  - name: redis
    alias: cache
    repository: oci://registry-1.docker.io/bitnamicharts
  - name: valkey
    alias: ⟦cache⟧
    repository: oci://registry-1.docker.io/bitnamicharts
  - name: ⟦postgresql⟧
    alias: ""
`,
    },
    {
      name: 'fire-on-empty-entries-and-disallowed-alias-characters',
      text: `apiVersion: v2
name: shop
version: 0.1.0
dependencies:
  ⟦-⟧
  - ⟦~⟧
  - name: postgresql
    alias: ⟦orders.db⟧
  - { name: redis, alias: ⟦"session cache"⟧ }
`,
    },
    {
      name: 'fire-on-an-alias-that-takes-an-earlier-name',
      text: `apiVersion: v2
name: shop
version: 0.1.0
Dependencies:
  - name: postgresql
  - name: mariadb
    Alias: ⟦postgresql⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'a-chart-yaml-list-requirements-yaml-replaces',
      text: 'apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n  - name: redis\n  - name: redis\n',
      files: { 'requirements.yaml': 'dependencies:\n  - name: redis\n    version: 20.1.0\n' },
    },
    {
      name: 'dont-fire-on-one-chart-twice-under-distinct-aliases',
      text: `apiVersion: v2
name: shop
version: 0.1.0
dependencies:
  - name: postgresql
    version: 15.5.0
    repository: oci://registry-1.docker.io/bitnamicharts
    alias: orders_db
  - name: postgresql
    version: 15.5.0
    repository: oci://registry-1.docker.io/bitnamicharts
    alias: reports-db
    condition: reports-db.enabled
  - name: redis
    alias: ""
`,
    },
    {
      name: 'dont-fire-on-values-of-another-type',
      text: `apiVersion: v2
name: shop
version: 0.1.0
dependencies:
  - postgresql
  - name: redis
    alias: 5
  - name: 7
  - name: 7
`,
    },
    {
      name: 'dont-fire-on-a-dependency-list-of-another-type',
      text: `apiVersion: v2
name: shop
version: 0.1.0
dependencies: postgresql
`,
    },
    {
      name: 'dont-fire-on-entries-without-a-name',
      text: `apiVersion: v2
name: shop
version: 0.1.0
dependencies:
  - version: 15.5.0
  - version: 15.5.0
`,
    },
  ],
});
