import { defineFixtures } from '../../fixtures';

const job = (annotations: string): string => `apiVersion: batch/v1
kind: Job
metadata:
  name: shop-migrate
  annotations:
${annotations}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: registry.example.com/shop/migrate:1.4.2
`;

export default defineFixtures({
  fire: [
    {
      name: 'fire-misspelt-event',
      text: job('    helm.sh/hook: ⟦pre-instal,pre-upgrade⟧'),
    },
    {
      name: 'fire-crd-install-hook',
      text: `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
  annotations:
    "helm.sh/hook": ⟦crd-install⟧
spec:
  group: example.com
  names: { kind: Widget, plural: widgets, singular: widget }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema: { type: object }
`,
    },
    {
      name: 'fire-unknown-delete-policy-and-weight',
      text: job(
        '    helm.sh/hook: post-install\n    helm.sh/hook-delete-policy: ⟦hook-succeed⟧\n    helm.sh/hook-weight: ⟦"first"⟧',
      ),
    },
    {
      name: 'fire-helm2-test-success',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: shop-test
  annotations: { "helm.sh/hook": ⟦"test-success"⟧ }
spec:
  restartPolicy: Never
  containers:
    - name: wget
      image: busybox:1.37.0
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-known-hooks',
      text: job(
        '    "helm.sh/hook": "Pre-Install, post-upgrade"\n    "helm.sh/hook-weight": "-5"\n    "helm.sh/hook-delete-policy": before-hook-creation,hook-succeeded',
      ),
    },
    {
      name: 'dont-fire-other-annotations',
      text: job('    helm.sh/resource-policy: keep\n    example.com/hook: whenever'),
    },
  ],
  fix: [
    {
      name: 'fix-misspelt-event',
      text: job('    helm.sh/hook: pre-instal,pre-upgrade'),
      output: job('    helm.sh/hook: pre-install,pre-upgrade'),
    },
    {
      name: 'fix-test-success-in-a-flow-map-keeps-its-quotes',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: shop-test
  annotations: { "helm.sh/hook": "test-success,pre-install" }
spec:
  containers:
    - name: wget
      image: busybox:1.37.0
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: shop-test
  annotations: { "helm.sh/hook": "test,pre-install" }
spec:
  containers:
    - name: wget
      image: busybox:1.37.0
`,
    },
  ],
});
