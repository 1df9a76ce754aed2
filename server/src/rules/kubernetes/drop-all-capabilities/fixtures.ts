import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-default-and-partial-drops',
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
        - name: ⟦migrate⟧
          image: example.com/migrate:3.0.1
      containers:
        - name: web
          image: example.com/web:1.0.0
          securityContext:
            capabilities:
              ⟦drop⟧: [NET_RAW]
        - name: proxy
          image: example.com/proxy:1.2.0
          securityContext:
            capabilities:
              ⟦drop⟧: [SYS_ADMIN]
        - name: sidecar
          image: example.com/sidecar:1.0.0
          ⟦securityContext⟧:
            runAsNonRoot: true
`,
    },
    {
      name: 'fire-adds-back-more-than-net-bind-service',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: db
spec:
  containers:
    - name: db
      image: example.com/db:16.4
      securityContext:
        capabilities:
          drop: [ALL]
          add: [NET_BIND_SERVICE, ⟦CHOWN⟧, ⟦SETUID⟧]
`,
    },
    {
      // The runtime drops everything either way, but Pod Security admission compares "ALL" as written.
      name: 'fire-all-in-other-letters',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      securityContext:
        capabilities:
          drop: [⟦"all"⟧]
          add: [NET_BIND_SERVICE, ⟦CHOWN⟧]
    - name: proxy
      image: example.com/proxy:1.2.0
      securityContext:
        capabilities:
          drop:
            - ⟦All⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-kustomize-patch',
      text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: example.com/web:1.4.2\n',
      files: { 'kustomization.yaml': 'resources: [../base]\npatches:\n  - path: manifest.yaml\n' },
    },
    {
      name: 'dont-fire-drops-all',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      securityContext:
        capabilities:
          drop: [ALL]
          add: [NET_BIND_SERVICE]
    - name: both
      image: example.com/both:1.0.0
      securityContext:
        capabilities:
          drop: [ALL, all]
    - name: mesh
      image: example.com/mesh:1.0.0
      securityContext:
        capabilities:
          drop:
            - ALL
          add: [NET_ADMIN]
`,
    },
    {
      name: 'dont-fire-windows',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: iis
spec:
  os: { name: windows }
  containers:
    - name: iis
      image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
`,
    },
  ],
  fix: [
    {
      name: 'fix-drops-all',
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
      containers:
        - name: web
          image: example.com/web:1.0.0
        - name: proxy
          image: example.com/proxy:1.2.0
          securityContext:
            runAsNonRoot: true # checked by the kubelet
        - name: flow
          image: example.com/flow:1.0.0
          securityContext:
            capabilities:
              drop: [NET_RAW] # one is not enough
        - name: block
          image: example.com/block:1.0.0
          securityContext:
            capabilities:
              add: [NET_BIND_SERVICE]
              drop:
                - NET_RAW
                - SYS_ADMIN
        - name: empty
          image: example.com/empty:1.0.0
          securityContext:
            capabilities:
              drop: []
        - name: inline
          image: example.com/inline:1.0.0
          securityContext: { capabilities: { add: [NET_BIND_SERVICE] } }
`,
      output: `apiVersion: apps/v1
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
      containers:
        - name: web
          image: example.com/web:1.0.0
          securityContext:
            capabilities:
              drop: [ALL]
        - name: proxy
          image: example.com/proxy:1.2.0
          securityContext:
            runAsNonRoot: true # checked by the kubelet
            capabilities:
              drop: [ALL]
        - name: flow
          image: example.com/flow:1.0.0
          securityContext:
            capabilities:
              drop: [ALL, NET_RAW] # one is not enough
        - name: block
          image: example.com/block:1.0.0
          securityContext:
            capabilities:
              add: [NET_BIND_SERVICE]
              drop:
                - NET_RAW
                - SYS_ADMIN
                - ALL
        - name: empty
          image: example.com/empty:1.0.0
          securityContext:
            capabilities:
              drop: [ALL]
        - name: inline
          image: example.com/inline:1.0.0
          securityContext: { capabilities: { add: [NET_BIND_SERVICE] } }
`,
    },
    {
      name: 'fix-all-in-capitals',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      securityContext:
        capabilities:
          drop: ["all"] # as istio's bookinfo-psa wrote it
    - name: proxy
      image: example.com/proxy:1.2.0
      securityContext:
        capabilities:
          drop:
            - All
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      securityContext:
        capabilities:
          drop: [ALL] # as istio's bookinfo-psa wrote it
    - name: proxy
      image: example.com/proxy:1.2.0
      securityContext:
        capabilities:
          drop:
            - ALL
`,
    },
  ],
});
