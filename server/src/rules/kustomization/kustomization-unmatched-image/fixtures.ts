import { defineFixtures } from '../../fixtures';

const HEAD = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';

/** A Deployment whose pod runs `images` (the first as the container, the rest as init containers). */
const deployment = (name: string, ...images: string[]): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n` +
  `      containers:\n        - name: app\n          image: ${images[0] ?? 'busybox:1.36'}\n` +
  (images.length > 1
    ? `      initContainers:\n${images
        .slice(1)
        .map((image, i) => `        - name: init-${i}\n          image: ${image}\n`)
        .join('')}`
    : '');

const COMPONENT_HEAD = 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n';

/** An overlay including two components over a Deployment, and the second component's own resource. */
const WITH_COMPONENTS = {
  'kustomization.yaml': `${HEAD}resources:\n  - web.yaml\ncomponents:\n  - components/mirror\n  - components/debug\n`,
  'web.yaml': deployment('web', 'web:dev'),
  'components/mirror/kustomization.yaml': `${COMPONENT_HEAD}images:\n  - name: web\n    newName: mirror.example.com/web\n`,
  'components/debug/shell.yaml': deployment('shell', 'busybox:1.36'),
};

const BASE = {
  'base/kustomization.yaml': `${HEAD}resources:\n  - web.yaml\n  - worker.yaml\nimages:\n  - name: web\n    newName: ghcr.io/shop/web\n`,
  'base/web.yaml': deployment('web', 'web', 'busybox:1.36'),
  'base/worker.yaml': deployment('worker', 'ghcr.io/shop/worker:1.0.0'),
};

export default defineFixtures({
  fire: [
    {
      name: 'fire-on-a-misspelt-name-and-a-name-the-base-renamed',
      uri: 'file:///fixture/overlays/prod/kustomization.yaml',
      text: `${HEAD}resources:\n  - ../../base\nimages:\n  - name: ⟦ghcr.io/shop/wokrer⟧\n    newTag: 1.4.2\n  - name: ⟦web⟧\n    newTag: 1.4.2\n  - name: ghcr.io/shop/web\n    newTag: 1.4.2\n`,
      files: BASE,
    },
    {
      name: 'fire-on-a-name-written-with-another-tag',
      text: `${HEAD}resources:\n  - web.yaml\nimages:\n  - name: ⟦ghcr.io/stefanprodan/podinfo:6.4.1⟧\n    newTag: 6.5.0\n`,
      files: { 'web.yaml': deployment('web', 'ghcr.io/stefanprodan/podinfo:6.3.0') },
    },
    {
      name: 'fire-on-a-component-entry-nothing-it-meets-runs',
      uri: 'file:///fixture/components/debug/kustomization.yaml',
      text: `${COMPONENT_HEAD}resources:\n  - shell.yaml\nimages:\n  - name: ⟦web⟧\n    newTag: debug\n  - name: ⟦bsybox⟧\n    newTag: "1.37"\n`,
      files: WITH_COMPONENTS,
    },
    {
      name: 'fire-on-an-entry-for-a-file-with-no-containers',
      text: `${HEAD}resources:\n  - service.yaml\nimages:\n  - name: ⟦nginx⟧\n    newTag: 1.27.2\n`,
      files: { 'service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n' },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-on-names-that-match-in-order-patches-and-components',
      text: `${HEAD}resources:\n  - web.yaml\ncomponents:\n  - components/mirror\npatches:\n  - path: sidecar.yaml\nimages:\n  - name: registry.example.com/web\n    newName: registry.example.com/shop/web\n  - name: registry.example.com/shop/web\n    newTag: 1.4.2\n  - name: envoyproxy/envoy\n    newTag: v1.31.2\n  - name: mirror.example.com/busybox\n    newTag: "1.37"\n`,
      files: {
        'web.yaml': deployment('web', 'web:dev', 'busybox:1.36'),
        'sidecar.yaml': deployment('web', 'envoyproxy/envoy'),
        'components/mirror/kustomization.yaml':
          'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nimages:\n  - name: web\n    newName: registry.example.com/web\n  - name: busybox\n    newName: mirror.example.com/busybox\n',
      },
    },
    {
      name: 'dont-fire-when-what-it-builds-cannot-be-read',
      text: `${HEAD}resources:\n  - web.yaml\n  - https://github.com/example/app//config?ref=v1.0.0\nimages:\n  - name: nginx\n    newTag: 1.27.2\n`,
      files: { 'web.yaml': deployment('web', 'web:dev') },
    },
    {
      name: 'dont-fire-on-a-name-written-with-its-tag-or-an-image-with-a-digest',
      text: `${HEAD}resources:\n  - web.yaml\nimages:\n  - name: ghcr.io/stefanprodan/podinfo:6.4.1\n    newTag: 6.5.0\n  - name: busybox\n    newTag: "1.37"\n`,
      files: {
        'web.yaml': deployment(
          'web',
          'ghcr.io/stefanprodan/podinfo:6.4.1',
          'busybox:1.36@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
        ),
      },
    },
    {
      name: 'dont-fire-on-a-resource-the-workspace-does-not-hold-or-a-helm-chart',
      text: `${HEAD}resources:\n  - web.yaml\n  - generated.yaml\nhelmCharts:\n  - name: redis\n    repo: https://charts.bitnami.com/bitnami\n    version: 20.1.0\nimages:\n  - name: nginx\n    newTag: 1.27.2\n`,
      files: { 'web.yaml': deployment('web', 'web:dev') },
    },
    {
      name: 'dont-fire-on-component-entries-that-meet-what-its-includers-gathered',
      uri: 'file:///fixture/components/debug/kustomization.yaml',
      text: `${COMPONENT_HEAD}resources:\n  - shell.yaml\nimages:\n  - name: mirror.example.com/web\n    newTag: debug\n  - name: busybox\n    newTag: "1.37"\n`,
      files: WITH_COMPONENTS,
    },
    {
      name: 'dont-fire-on-a-component-an-unread-kustomization-includes',
      uri: 'file:///fixture/components/debug/kustomization.yaml',
      text: `${COMPONENT_HEAD}images:\n  - name: nginx\n    newTag: 1.27.2\n`,
      files: {
        ...WITH_COMPONENTS,
        'kustomization.yaml': `${HEAD}resources:\n  - web.yaml\n  - https://github.com/example/app//config?ref=v1.0.0\ncomponents:\n  - components/debug\n`,
      },
    },
    {
      name: 'dont-fire-on-a-component-or-without-a-workspace',
      text: 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nimages:\n  - name: nginx\n    newTag: 1.27.2\n',
    },
    {
      name: 'dont-fire-on-a-custom-resource-with-containers-outside-a-template',
      text: `${HEAD}resources:\n  - runner.yaml\nimages:\n  - name: ghcr.io/actions/runner\n    newTag: 2.321.0\n`,
      files: {
        'runner.yaml':
          'apiVersion: actions.example.com/v1\nkind: RunnerSet\nmetadata:\n  name: ci\nspec:\n  runners:\n    - containers:\n        - name: runner\n          image: ghcr.io/actions/runner:latest\n',
      },
    },
  ],
  fix: [
    {
      name: 'fix-renames-a-misspelt-entry-keeping-its-quotes',
      text: `${HEAD}resources:\n  - web.yaml\nimages:\n  - name: "registry.example.com/shop/wbe"\n    newTag: 1.4.2\n`,
      output: `${HEAD}resources:\n  - web.yaml\nimages:\n  - name: "registry.example.com/shop/web"\n    newTag: 1.4.2\n`,
      files: { 'web.yaml': deployment('web', 'registry.example.com/shop/web:dev') },
    },
  ],
});
