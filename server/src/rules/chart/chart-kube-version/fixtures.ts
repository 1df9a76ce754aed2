import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-upper-bound-below-the-target',
      config: { kubernetesVersion: '1.30' },
      text: `apiVersion: v2
name: shop
version: 0.1.0
kubeVersion: ⟦">=1.19.0-0 <1.25.0-0"⟧
`,
    },
    {
      name: 'fire-lower-bound-above-the-target',
      config: { kubernetesVersion: '1.27' },
      text: `apiVersion: v2
name: shop
version: 0.1.0
kubeVersion: ⟦">=1.28.0-0"⟧
`,
    },
    {
      name: 'fire-tilde-holds-one-minor-release',
      config: { kubernetesVersion: '1.30' },
      text: `apiVersion: v2
name: shop
version: 0.1.0
kubeVersion: ⟦~1.29.0⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-range-takes-the-target',
      config: { kubernetesVersion: '1.30' },
      text: `apiVersion: v2
name: shop
version: 0.1.0
kubeVersion: ">=1.28.0-0 <1.31.0-0"
`,
    },
    {
      // Without -0 the range leaves out managed clusters' v1.30.2-eks-… versions, but takes v1.30.0.
      name: 'dont-fire-bound-without-pre-release',
      config: { kubernetesVersion: '1.30' },
      text: `apiVersion: v2
name: shop
version: 0.1.0
kubeVersion: ">=1.28.0"
`,
    },
    {
      name: 'dont-fire-caret-range',
      config: { kubernetesVersion: '1.30' },
      text: `apiVersion: v2
name: shop
version: 0.1.0
kubeVersion: ^1.27
`,
    },
    {
      name: 'dont-fire-alternatives',
      config: { kubernetesVersion: '1.30' },
      text: `apiVersion: v2
name: shop
version: 0.1.0
kubeVersion: 1.29.x || 1.30.x
`,
    },
    {
      // Helm refuses every release for a range it cannot read: chart-version-semver reports it.
      name: 'dont-fire-unreadable-range',
      config: { kubernetesVersion: '1.30' },
      text: `apiVersion: v2
name: shop
version: 0.1.0
kubeVersion: ">=1.19 and <1.25"
`,
    },
    {
      // YAML reads 1.24 as a number: chart-quote-strings reports it.
      name: 'dont-fire-number',
      config: { kubernetesVersion: '1.30' },
      text: `apiVersion: v2
name: shop
version: 0.1.0
kubeVersion: 1.24
`,
    },
    {
      name: 'dont-fire-without-kube-version',
      config: { kubernetesVersion: '1.30' },
      text: `apiVersion: v2
name: shop
version: 0.1.0
`,
    },
  ],
});
