import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
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
