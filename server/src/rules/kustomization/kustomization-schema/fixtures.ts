import { defineFixtures } from '../../fixtures';

const HEAD = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';

export default defineFixtures({
  fire: [
    {
      name: 'fire-on-a-misspelt-top-level-field',
      text: `${HEAD}⟦namePrefx⟧: dev-\nresources:\n  - deployment.yaml\n`,
    },
    {
      name: 'fire-on-an-unknown-field-in-an-image-entry-and-a-patch-target',
      text: `${HEAD}images:\n  - name: web\n    ⟦newVersion⟧: "2"\npatches:\n  - path: p.yaml\n    target:\n      ⟦kinds⟧: Deployment\n`,
    },
    {
      name: 'fire-on-tags-yaml-reads-as-numbers-and-booleans',
      text: `${HEAD}images:\n  - name: web\n    newTag: ⟦3.6⟧\n  - name: api\n    newTag: ⟦20240101⟧\n  - name: db\n    newTag: ⟦553640e6⟧\n  - name: cache\n    newName: ⟦on⟧\n`,
    },
    {
      name: 'fire-on-a-label-value-that-is-a-number',
      text: `${HEAD}commonLabels:\n  app.kubernetes.io/version: ⟦1.0⟧\n`,
    },
    {
      name: 'fire-on-a-list-where-a-mapping-belongs-and-a-string-where-a-list-belongs',
      text: `${HEAD}commonLabels:\n  ⟦- app: web⟧\nresources: ⟦deployment.yaml⟧\n`,
    },
    {
      name: 'fire-on-a-fraction-where-a-count-belongs',
      text: `${HEAD}replicas:\n  - name: web\n    count: ⟦1.5⟧\n`,
    },
    {
      name: 'fire-on-a-quoted-boolean',
      text: `${HEAD}generatorOptions:\n  disableNameSuffixHash: ⟦"true"⟧\n`,
    },
    {
      name: 'fire-on-a-generator-and-a-chart-without-a-name',
      text: `${HEAD}configMapGenerator:\n  - ⟦literals:⟧\n      - A=b\nsecretGenerator:\n  - ⟦name: ""⟧\n    literals:\n      - A=b\nhelmCharts:\n  - ⟦version: 1.2.3⟧\n`,
    },
    {
      name: 'fire-on-the-inventory-kustomize-dropped',
      text: `${HEAD}⟦inventory⟧:\n  type: ConfigMap\n`,
    },
    {
      name: 'fire-on-a-kind-kustomize-does-not-read-here',
      text: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: ⟦Kustomize⟧\n',
    },
    {
      name: 'fire-on-the-api-version-of-another-kind',
      text: 'apiVersion: ⟦kustomize.config.k8s.io/v1beta1⟧\nkind: Component\n',
    },
    {
      name: 'fire-on-a-file-that-is-not-a-mapping',
      text: '⟦- deployment.yaml⟧\n',
    },
    {
      name: 'fire-on-yaml-kustomize-cannot-read',
      text: `${HEAD}resources:\n  - a.yaml\n⟦resources⟧:\n  - b.yaml\n`,
    },
  ],
  dontFire: [
    {
      name: 'quiet-on-keys-of-free-form-fields',
      text: `${HEAD}helmCharts:\n  - name: redis\n    valuesInline:\n      anything:\n        goes: [1, 2]\nopenapi:\n  path: schema.json\n`,
    },
    {
      name: 'quiet-on-a-full-overlay',
      text: `${HEAD}namespace: shop
namePrefix: dev-
resources:
  - ../../base
  - https://github.com/acme/shared//deploy?ref=v1.2.0
components:
  - ../../components/tracing
labels:
  - pairs:
      team: shop
    includeSelectors: false
images:
  - name: web
    newName: ghcr.io/acme/web
    newTag: "3.6"
  - name: api
    digest: sha256:24e1d6f1a0f1e3e1c2a1d0b9f0a5e6d7c8b9a0f1e2d3c4b5a6978877665544aa
patches:
  - path: replicas.yaml
  - target:
      kind: Deployment
      labelSelector: app=web
    patch: |-
      - op: replace
        path: /spec/replicas
        value: 3
replicas:
  - name: web
    count: 3
configMapGenerator:
  - name: web-config
    behavior: merge
    literals:
      - LOG_LEVEL=debug
    options:
      disableNameSuffixHash: true
`,
    },
    {
      name: 'quiet-on-a-component-and-fields-written-in-another-case',
      text: 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nnamePrefix: x-\nimages:\n  - name: web\n    NewTag: v2\n',
    },
    {
      name: 'quiet-on-an-empty-file-nulls-and-a-file-without-apiversion-or-kind',
      text: 'resources:\nimages:\n  - name: web\n    newTag: ~\n',
    },
    {
      name: 'quiet-on-tags-yaml-reads-as-text',
      text: `${HEAD}images:\n  - name: web\n    newTag: 1.9.1\n  - name: api\n    newTag: v3.6\n  - name: db\n    newTag: 2024-01-01\n  - name: cache\n    newTag: !!str 3.6\n`,
    },
  ],
  fix: [
    {
      name: 'fix-names-a-patch-file-written-alone-with-path',
      text: `${HEAD}patches:\n  - patches/replicas.yaml\n  - path: patches/affinity.yaml\n`,
      output: `${HEAD}patches:\n  - path: patches/replicas.yaml\n  - path: patches/affinity.yaml\n`,
    },
    {
      name: 'fix-removes-the-inventory-kustomize-dropped',
      text: `${HEAD}inventory:\n  type: ConfigMap\n  configMap:\n    name: inv\nresources:\n  - a.yaml\n`,
      output: `${HEAD}resources:\n  - a.yaml\n`,
    },
    {
      name: 'fix-quotes-a-tag-as-written',
      text: `${HEAD}images:\n  - name: web\n    newTag: 1.10\n`,
      output: `${HEAD}images:\n  - name: web\n    newTag: "1.10"\n`,
    },
    {
      name: 'fix-writes-the-api-version-of-the-kind',
      text: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Component\n',
      output: 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
    },
  ],
});
