import type { QuietFixture } from '../../fixtures';

/** Lists of objects, Helm templates, kustomizations and other YAML files that are not objects to validate. */
export const LISTS_AND_OTHER_FILES_QUIET: QuietFixture[] = [
  {
    name: 'dont-fire-list-of-lists',
    text: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: List
    items:
      - apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a
        data:
          mode: fast
      - apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: ConfigMap
            metadata:
              name: b
  - apiVersion: v1
    kind: ConfigMap
    metadata:
      name: c
`,
  },
  {
    name: 'dont-fire-list-and-embedded-templates',
    text: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata:
      name: settings
    data:
      mode: "fast"
  - apiVersion: apps/v1
    kind: StatefulSet
    metadata:
      name: db
    spec:
      serviceName: db
      selector:
        matchLabels: { app: db }
      template:
        metadata:
          labels: { app: db }
        spec:
          containers:
            - name: db
              image: postgres:17.2
      volumeClaimTemplates:
        - metadata:
            name: data
          spec:
            accessModes: [ReadWriteOnce]
            resources:
              requests:
                storage: 10Gi
`,
  },
  {
    name: 'dont-fire-helm-template',
    uri: 'file:///chart/templates/deployment.yaml',
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  replicas: {{ .Values.replicas }}
  poarts: {{ .Values.ports }}
`,
  },
  {
    name: 'dont-fire-kustomization-file',
    uri: 'file:///app/kustomization.yaml',
    text: `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
patches:
  - path: replicas.yaml
`,
  },
  {
    name: 'dont-fire-feature-gated-beta-api-and-config-files',
    text: `apiVersion: resource.k8s.io/v1beta2
kind: DeviceClass
metadata:
  name: gpu
spec:
  whatever: true
---
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
cgroupDriver: systemd
`,
  },
  {
    name: 'dont-fire-kubeconfig-and-skaffold-config',
    text: `apiVersion: v1
kind: Config
clusters:
  - name: dev
    cluster: { server: "https://10.0.0.1:6443" }
contexts:
  - name: dev
    context: { cluster: dev, user: dev }
current-context: dev
users:
  - name: dev
    user: { exec: { apiVersion: client.authentication.k8s.io/v1, command: gke-gcloud-auth-plugin } }
---
apiVersion: skaffold/v4beta6
kind: Config
metadata:
  name: shop
build:
  artifacts:
    - image: shop
manifests:
  rawYaml: [k8s/*.yaml]
`,
  },
];
