import type { FireFixture, QuietFixture } from '../../fixtures';

/** Image references the kubelet cannot parse, kept apart from the other kubernetes-validation fixtures. */
export const IMAGE_FIRE: FireFixture[] = [
  {
    name: 'fire-image-placeholders',
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      initContainers:
        - name: migrate
          image: ⟦"<your-registry>/migrate:1.0.0"⟧
      containers:
        - name: web
          image: ⟦IMAGE_TAG⟧ # the pipeline writes the real one
        - name: proxy
          image: ⟦example.com/Shop/proxy:1.2.0⟧
        - { name: app, env: [{ name: GREETING, value: "안녕 🚀" }], image: ⟦"registry.example.com/팀/앱"⟧ }
`,
  },
];

export const IMAGE_QUIET: QuietFixture[] = [
  {
    // A first part in capitals is a registry host, which may be written so; "$" marks a pipeline's substitution.
    name: 'dont-fire-valid-or-substituted-images',
    text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example.com:5000/shop/web:v1.2_rc-1
    - name: sidecar
      image: MyRegistry/shop/sidecar:1.0.0
    - name: local
      image: localhost/tools@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
    - name: templated
      image: \${IMAGE}
    - name: jinja
      image: "example.com/agent:{{ agent_version }}"
`,
  },
];
