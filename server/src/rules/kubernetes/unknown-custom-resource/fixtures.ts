import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-once-per-custom-kind-without-crd',
      text: `apiVersion: cert-manager.io/v1
kind: ⟦Certificate⟧
metadata:
  name: web
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: api
---
apiVersion: monitoring.coreos.com/v1
kind: ⟦ServiceMonitor⟧
metadata:
  name: web
`,
    },
    {
      name: 'fire-built-in-group-version-without-schema',
      text: `apiVersion: resource.k8s.io/v1beta2
kind: ⟦DeviceClass⟧
metadata:
  name: gpu
`,
    },
    {
      name: 'fire-crd-whose-schema-cannot-be-compiled',
      text: `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: { kind: Widget, plural: widgets }
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: nonsense
---
apiVersion: example.com/v1
kind: ⟦Widget⟧
metadata:
  name: w
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-local-cluster-and-dev-loop-configs',
      text: `apiVersion: k3d.io/v1alpha5
kind: Simple
metadata:
  name: dev
servers: 1
agents: 2
---
apiVersion: ctlptl.dev/v1alpha1
kind: Cluster
product: kind
registry: ctlptl-registry
---
apiVersion: kpt.dev/v1
kind: Kptfile
metadata:
  name: shop
---
apiVersion: kuttl.dev/v1beta1
kind: TestSuite
testDirs: [tests/e2e]
`,
    },
    {
      name: 'dont-fire-custom-kind-with-crd-in-the-file',
      text: `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: { kind: Widget, plural: widgets }
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          x-kubernetes-preserve-unknown-fields: true
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
spec:
  size: 3
`,
    },
    {
      name: 'dont-fire-built-in-kinds-and-config-files',
      text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
---
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources: [deployment.yaml]
`,
    },
  ],
});
