import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-on-a-dependency-range-in-requirements-yaml',
      uri: 'file:///fixture/requirements.yaml',
      text: 'dependencies:\n  - name: redis\n    version: ⟦">= 20.1 and < 21"⟧\n',
      files: { 'Chart.yaml': 'apiVersion: v1\nname: shop\nversion: 0.1.0\n' },
    },
    {
      name: 'fire-four-part-version-and-worded-kube-version',
      text: `apiVersion: v2
name: shop
version: ⟦1.4.2.1⟧
kubeVersion: ⟦">= 1.28.0 and < 1.33.0"⟧
`,
    },
    {
      name: 'fire-pre-release-number-with-leading-zero',
      text: `apiVersion: v2
name: shop
version: ⟦"1.0.0-rc.01"⟧
kubeVersion: ⟦1.28+⟧
`,
    },
    {
      name: 'fire-dependency-versions-helm-cannot-read',
      text: `apiVersion: v2
name: shop
version: 0.1.0
dependencies:
  - name: postgresql
    version: ⟦latest⟧
    repository: oci://registry-1.docker.io/bitnamicharts
  - name: redis
    version: ⟦">=18.0.0 && <19.0.0"⟧
    repository: https://charts.bitnami.com/bitnami
  - name: common
    version: ⟦""⟧
    repository: file://../common
  - name: metrics
    Version: ⟦2.x.y⟧
`,
    },
    {
      name: 'fire-blank-kube-version',
      text: `apiVersion: v2
name: shop
version: 0.1.0
kubeVersion: ⟦" "⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'a-chart-yaml-list-requirements-yaml-replaces',
      text: 'apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: ">= 20.1 and < 21"\n',
      files: { 'requirements.yaml': 'dependencies:\n  - name: redis\n    version: 20.1.0\n' },
    },
    {
      name: 'dont-fire-loose-versions-helm-accepts',
      text: `apiVersion: v2
name: shop
version: v1.2.3
appVersion: "1.10"
`,
    },
    {
      name: 'dont-fire-quoted-short-version',
      text: `apiVersion: v2
name: shop
version: "1.2"
`,
    },
    {
      // Leading zeros are refused in a pre-release's numbers only, not in build metadata.
      name: 'dont-fire-pre-release-and-build-metadata',
      text: `apiVersion: v2
name: shop
version: 2.0.0-rc.1+build.05
`,
    },
    {
      name: 'dont-fire-ranges-helm-reads',
      text: `apiVersion: v2
name: shop
version: 0.1.0
kubeVersion: ">= 1.25.0-0 < 1.37.0-0"
dependencies:
  - name: postgresql
    version: ~15.2.0
    repository: oci://registry-1.docker.io/bitnamicharts
  - name: redis
    version: 18.x.x
    repository: https://charts.bitnami.com/bitnami
  - name: common
    version: ">=1.0.0, <2.0.0"
    repository: file://../common
  - name: metrics
    version: "1.2.3 - 1.4.5 || ^2.0"
  - name: any
    version: "*"
  - name: pinned
    version: v15.2.0
`,
    },
    {
      name: 'dont-fire-numbers-and-missing-versions',
      text: `apiVersion: v2
name: shop
version: 1.0
kubeVersion: ""
dependencies:
  - name: postgresql
    version: 15
  - name: redis
    repository: https://charts.bitnami.com/bitnami
  - ~
`,
    },
    {
      // An empty version is a missing one to Helm (chart-schema's); 1.28 is a number (chart-quote-strings').
      name: 'dont-fire-empty-version-and-number-kube-version',
      text: `apiVersion: v2
name: shop
version: ""
kubeVersion: 1.28
`,
    },
  ],
});
