import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-in-requirements-yaml-on-types-chart-fields-and-unknown-keys',
      uri: 'file:///fixture/requirements.yaml',
      text: `⟦name⟧: shop
⟦dependancies⟧: []
dependencies:
  - name: redis
    version: 20.1.0
    ⟦condtion⟧: redis.enabled
    tags: ⟦cache⟧
`,
      files: { 'Chart.yaml': 'apiVersion: v1\nname: shop\nversion: 0.1.0\n' },
    },
    {
      name: 'fire-in-requirements-yaml-that-is-not-a-mapping',
      uri: 'file:///fixture/requirements.yaml',
      text: '⟦- name: redis⟧\n  version: 20.1.0\n',
      files: { 'Chart.yaml': 'apiVersion: v1\nname: shop\nversion: 0.1.0\n' },
    },
    {
      name: 'fire-missing-version-and-name',
      text: `⟦apiVersion⟧: v2
description: A web shop
`,
    },
    {
      name: 'fire-empty-version-and-unknown-api-version',
      text: `apiVersion: ⟦v3⟧
name: shop
⟦version⟧: ""
type: ⟦app⟧
`,
    },
    {
      name: 'fire-wrong-types-and-unknown-keys',
      text: `apiVersion: v2
name: shop
version: 0.1.0
keywords: ⟦shop, web⟧
sources:
  - ⟦url: https://github.com/example/shop⟧
deprecated: ⟦"no"⟧
⟦app_version⟧: "1.4.2"
maintainers:
  - name: Shop team
    ⟦mail⟧: shop@example.com
dependencies:
  - name: postgresql
    version: 15.5.0
    repository: oci://registry-1.docker.io/bitnamicharts
    ⟦enable⟧: true
`,
    },
    {
      // Helm 2 wrote no apiVersion, and fields Helm 3 dropped.
      name: 'fire-helm-2-chart',
      text: `⟦name⟧: mysql
version: 1.6.9
appVersion: "5.7.30"
⟦engine⟧: gotpl
`,
    },
    {
      name: 'fire-not-a-mapping',
      text: `⟦- apiVersion: v2⟧
  name: shop
`,
    },
    {
      name: 'fire-empty-file',
      text: `⟦⟧`,
    },
    {
      name: 'fire-yaml-error',
      text: `apiVersion: v2
name: shop
⟦name⟧: web
version: 0.1.0
`,
    },
  ],
  dontFire: [
    {
      name: 'requirements-yaml-of-a-helm-2-chart-or-empty',
      uri: 'file:///fixture/requirements.yaml',
      text: 'dependencies:\n  - name: redis\n    version: ~20.1.0\n    repository: https://charts.bitnami.com/bitnami\n    condition: redis.enabled\n    tags: [cache]\n    alias: cache\n',
      files: { 'Chart.yaml': 'apiVersion: v1\nname: shop\nversion: 0.1.0\n' },
    },
    {
      name: 'an-empty-requirements-yaml',
      uri: 'file:///fixture/requirements.yaml',
      text: '# no dependencies yet\n',
      files: { 'Chart.yaml': 'apiVersion: v1\nname: shop\nversion: 0.1.0\n' },
    },
    {
      name: 'a-requirements-yaml-no-chart-yaml-is-beside-is-no-chart-file',
      uri: 'file:///fixture/requirements.yaml',
      text: 'collections:\n  - name: community.general\n',
      files: { 'values.yaml': 'replicas: 1\n' },
    },
    {
      name: 'dont-fire-full-chart',
      text: `apiVersion: v2
name: shop
description: A web shop
type: application
version: 0.1.0
appVersion: "1.4.2"
kubeVersion: ">=1.28.0-0"
home: https://shop.example.com
icon: https://shop.example.com/icon.svg
keywords: [shop, web]
sources:
  - https://github.com/example/shop
deprecated: false
annotations:
  artifacthub.io/license: Apache-2.0
maintainers:
  - name: Shop team
    email: shop@example.com
    url: https://shop.example.com/team
dependencies:
  - name: postgresql
    version: ~15.5.0
    repository: oci://registry-1.docker.io/bitnamicharts
    condition: postgresql.enabled
    tags: [database]
    alias: db
    import-values:
      - child: primary
        parent: db
`,
    },
    {
      name: 'dont-fire-keys-as-go-decodes-them',
      // Go's JSON decoding matches field names regardless of case; a null leaves the default.
      text: `apiversion: v2
Name: shop
version: 0.1.0
appversion: "1.0"
description:
`,
    },
    {
      name: 'dont-fire-on-numbers-chart-quote-strings-reports',
      text: `apiVersion: v2
name: shop
version: 1.0
`,
    },
  ],
  fix: [
    {
      name: 'fix-removes-helm-2-fields',
      text: `apiVersion: v1
name: cilium
tillerVersion: ">=2.7.2"
version: 1.9.0
engine: gotpl`,
      output: `apiVersion: v1
name: cilium
version: 1.9.0`,
    },
    {
      name: 'fix-renames-a-misspelt-key',
      text: `apiVersion: v2
name: shop
version: 0.1.0
app_version: "1.4.2"
`,
      output: `apiVersion: v2
name: shop
version: 0.1.0
appVersion: "1.4.2"
`,
    },
  ],
});
