import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-in-requirements-yaml-of-a-v2-chart',
      uri: 'file:///fixture/requirements.yaml',
      text: '⟦dependencies⟧:\n  - name: redis\n    version: 20.1.0\n',
      files: { 'Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 0.1.0\n' },
    },
    {
      name: 'fire-v2-keys-in-a-v1-chart',
      text: `apiVersion: v1
name: shop
version: 0.1.0
⟦type⟧: application
⟦dependencies⟧:
  - name: postgresql
    version: 15.5.0
    repository: oci://registry-1.docker.io/bitnamicharts
`,
    },
    {
      name: 'fire-advice-on-a-plain-v1-chart',
      text: `apiVersion: ⟦"v1"⟧
name: shop
version: 0.1.0
`,
    },
    {
      name: 'fire-advice-only-when-the-v2-keys-are-empty',
      text: `apiVersion: ⟦v1⟧
name: shop
version: 0.1.0
type: ""
dependencies: []
`,
    },
    {
      name: 'fire-on-keys-go-matches-regardless-of-case',
      text: `ApiVersion: v1
name: shop
version: 0.1.0
⟦Type⟧: library
`,
    },
  ],
  dontFire: [
    {
      name: 'requirements-yaml-of-a-v1-chart',
      uri: 'file:///fixture/requirements.yaml',
      text: 'dependencies:\n  - name: redis\n    version: 20.1.0\n',
      files: { 'Chart.yaml': 'apiVersion: v1\nname: shop\nversion: 0.1.0\n' },
    },
    {
      name: 'dont-fire-on-a-v2-chart',
      text: `apiVersion: v2
name: shop
version: 0.1.0
type: application
dependencies:
  - name: postgresql
    version: 15.5.0
    repository: oci://registry-1.docker.io/bitnamicharts
`,
    },
    {
      name: 'dont-fire-without-an-api-version',
      text: `name: shop
version: 0.1.0
type: application
dependencies:
  - name: postgresql
`,
    },
    {
      name: 'dont-fire-on-versions-helm-does-not-know',
      text: `apiVersion: V1
name: shop
version: 0.1.0
type: application
`,
    },
    {
      name: 'dont-fire-on-a-value-of-another-type',
      text: `apiVersion: 1
name: shop
version: 0.1.0
dependencies:
  - name: postgresql
`,
    },
  ],
  fix: [
    {
      name: 'fix-moves-the-chart-to-v2',
      text: `apiVersion: 'v1' # written for Helm 2
name: shop
version: 0.1.0
type: application
dependencies:
  - name: postgresql
`,
      output: `apiVersion: 'v2' # written for Helm 2
name: shop
version: 0.1.0
type: application
dependencies:
  - name: postgresql
`,
    },
  ],
});
