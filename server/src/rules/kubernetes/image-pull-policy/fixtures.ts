import { defineFixtures } from '../../fixtures';

/** A Pod whose one container pulls `image` only if absent. */
const pod = (image: string, marked = 'IfNotPresent'): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: manager\nspec:\n  containers:\n    - name: manager\n      image: ${image}\n      imagePullPolicy: ${marked}\n`;
/** The kustomization beside the manifest, giving the image `controller` this tag. */
const retag = (tag: string): Readonly<Record<string, string>> => ({
  'kustomization.yaml': `resources: [manifest.yaml]\nimages:\n  - name: controller\n    newTag: ${tag}\n`,
});

export default defineFixtures({
  fire: [
    {
      name: 'fire-kustomization-gives-a-pinned-image-the-latest-tag',
      text: pod('controller:v1.2.0', '⟦IfNotPresent⟧'),
      files: retag('latest'),
    },
    {
      name: 'fire-never-and-moving-tags',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      initContainers:
        - name: migrate
          image: example.com/migrate
          imagePullPolicy: ⟦IfNotPresent⟧
      containers:
        - name: web
          image: web:dev
          imagePullPolicy: ⟦Never⟧
        - name: cache
          image: redis:latest
          imagePullPolicy: ⟦IfNotPresent⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-kustomization-pins-the-tag',
      text: pod('controller:latest'),
      files: retag('v1.2.0'),
    },
    {
      name: 'dont-fire-pinned-or-default',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
          imagePullPolicy: IfNotPresent
        - name: proxy
          image: example.com/proxy@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
          imagePullPolicy: IfNotPresent
        - name: cache
          image: redis:latest
          imagePullPolicy: Always
        - name: agent
          image: example.com/agent
        - name: templated
          image: $(REGISTRY)/tool
          imagePullPolicy: IfNotPresent
        - name: placeholder
          image: IMAGE_TAG
          imagePullPolicy: IfNotPresent
`,
    },
  ],
  fix: [
    {
      name: 'fix-pulls-moving-tags-always',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: debug
      image: busybox
      imagePullPolicy: IfNotPresent # cached on the node
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: debug
      image: busybox
      imagePullPolicy: Always # cached on the node
`,
    },
  ],
});
