import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-on-a-dependency-version-in-requirements-yaml',
      uri: 'file:///fixture/requirements.yaml',
      text: 'dependencies:\n  - name: redis\n    version: ⟦20.10⟧\n',
      files: { 'Chart.yaml': 'apiVersion: v1\nname: shop\nversion: 0.1.0\n' },
    },
    {
      name: 'fire-version-and-app-version-numbers',
      text: `apiVersion: v2
name: shop
version: ⟦1.0⟧
appVersion: ⟦1.10⟧
`,
    },
    {
      name: 'fire-annotation-boolean-and-yaml-1-1-words',
      text: `apiVersion: v2
name: shop
version: 0.1.0
annotations:
  artifacthub.io/prerelease: true
  artifacthub.io/containsSecurityUpdates: ⟦yes⟧
  artifacthub.io/license: Apache-2.0
dependencies:
  - name: postgresql
    version: ⟦15.10⟧
    repository: oci://registry-1.docker.io/bitnamicharts
`,
    },
    {
      name: 'fire-lint-refuses-an-unchanged-number',
      text: `apiVersion: v2
name: shop
version: 0.1.0
appVersion: ⟦2⟧
`,
    },
  ],
  dontFire: [
    {
      // Helm reads `true` and `15` back as the same text, and `helm lint` checks no type here.
      name: 'dont-fire-where-helm-reads-the-same-text',
      text: `apiVersion: v2
name: shop
version: 0.1.0
annotations:
  artifacthub.io/prerelease: true
dependencies:
  - name: postgresql
    version: 15
    repository: oci://registry-1.docker.io/bitnamicharts
`,
    },
    {
      name: 'dont-fire-quoted-and-string-values',
      text: `apiVersion: v2
name: shop
version: 0.1.0
appVersion: "1.10"
kubeVersion: ">=1.28.0-0"
deprecated: false
annotations:
  artifacthub.io/prerelease: "true"
keywords:
  - shop
  - "2024"
`,
    },
    {
      name: 'dont-fire-on-keys-helm-does-not-read',
      text: `apiVersion: v2
name: shop
version: 0.1.0
x-build: 12
`,
    },
  ],
  fix: [
    {
      name: 'fix-quotes-as-written',
      text: `apiVersion: v2
name: shop
version: 1.0 # the first release
appVersion: 010
annotations:
  artifacthub.io/prerelease: on
`,
      output: `apiVersion: v2
name: shop
version: "1.0" # the first release
appVersion: "010"
annotations:
  artifacthub.io/prerelease: "on"
`,
    },
  ],
});
