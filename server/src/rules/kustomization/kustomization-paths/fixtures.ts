import { defineFixtures } from '../../fixtures';

const HEAD = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';
const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n';
const BASE = {
  'base/kustomization.yaml': `${HEAD}resources:\n  - deployment.yaml\n`,
  'base/deployment.yaml': DEPLOYMENT,
};
const COMPONENT = {
  'components/tracing/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
};

export default defineFixtures({
  fire: [
    {
      name: 'fire-on-a-resource-file-and-folder-that-are-not-there',
      text: `${HEAD}resources:\n  - ⟦deploy.yaml⟧\n  - ⟦../base⟧\n  - deployment.yaml\n`,
      files: { 'deployment.yaml': DEPLOYMENT },
    },
    {
      name: 'fire-on-a-folder-without-a-kustomization',
      text: `${HEAD}resources:\n  - ⟦manifests⟧\n`,
      files: { 'manifests/deployment.yaml': DEPLOYMENT },
    },
    {
      name: 'fire-on-a-component-under-resources-and-a-kustomization-under-components',
      text: `${HEAD}resources:\n  - ⟦components/tracing⟧\ncomponents:\n  - ⟦base⟧\n`,
      files: { ...BASE, ...COMPONENT },
    },
    {
      name: 'fire-on-missing-patch-generator-and-crd-files',
      text: `${HEAD}patches:\n  - path: ⟦replicas.yaml⟧\nconfigMapGenerator:\n  - name: web\n    files:\n      - ⟦config=app.properties⟧\n    envs:\n      - ⟦.env⟧\ncrds:\n  - ⟦crds/widget.yaml⟧\n`,
      files: {},
    },
    {
      name: 'fire-on-a-file-outside-the-folder-known-or-not',
      text: `${HEAD}resources:\n  - ⟦../shared/service.yaml⟧\npatches:\n  - path: ⟦../patches/replicas.yaml⟧\n`,
      uri: 'file:///fixture/overlays/dev/kustomization.yaml',
      files: { '../shared/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n' },
    },
    {
      name: 'fire-on-a-folder-where-a-file-belongs',
      text: `${HEAD}patchesStrategicMerge:\n  - ⟦patches⟧\n`,
      files: { 'patches/replicas.yaml': DEPLOYMENT },
    },
    {
      name: 'fire-on-a-resource-listed-twice',
      text: `${HEAD}resources:\n  - deployment.yaml\n  - base\n  - ⟦./deployment.yaml⟧\n  - ⟦base/⟧\n`,
      files: { 'deployment.yaml': DEPLOYMENT, ...BASE },
    },
  ],
  dontFire: [
    {
      name: 'quiet-on-a-generated-file-the-line-before-excuses',
      text: `${HEAD}configMapGenerator:\n  - name: web\n    envs:\n      # cntutor ignore=kustomization-paths\n      - generated.env\n`,
      files: {},
    },
    {
      name: 'quiet-on-files-folders-components-and-remote-resources-that-load',
      text: `${HEAD}resources:
  - base
  - deployment.yaml
  - github.com/acme/shared/deploy?ref=v1.2.0
  - https://raw.githubusercontent.com/acme/shared/main/service.yaml
components:
  - components/tracing
patches:
  - path: deployment.yaml
  - patch: |-
      - op: replace
        path: /spec/replicas
        value: 3
    target:
      kind: Deployment
patchesStrategicMerge:
  - |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
configMapGenerator:
  - name: web
    files:
      - deployment.yaml
`,
      files: { 'deployment.yaml': DEPLOYMENT, ...BASE, ...COMPONENT },
    },
    {
      name: 'quiet-on-a-base-outside-the-folder-and-when-linted-alone',
      text: `${HEAD}resources:\n  - ../../base\n  - missing.yaml\n`,
      uri: 'file:///fixture/overlays/dev/kustomization.yaml',
    },
  ],
  fix: [
    {
      name: 'fix-names-the-file-a-typo-meant',
      text: `${HEAD}resources:\n  - deployment.yam\nconfigMapGenerator:\n  - name: web\n    files:\n      - config=app.propertes\n`,
      output: `${HEAD}resources:\n  - deployment.yaml\nconfigMapGenerator:\n  - name: web\n    files:\n      - config=app.properties\n`,
      files: { 'deployment.yaml': DEPLOYMENT, 'app.properties': 'a=b\n' },
    },
  ],
});
