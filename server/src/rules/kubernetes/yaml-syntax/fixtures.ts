import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      // The parser explains this one fault twice at one place; one finding says it.
      name: 'fire-template-line-in-a-map-once',
      text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    name: x\n    ⟦{{config}}⟧\ndata: {}\n',
    },
    {
      name: 'fire-duplicate-keys',
      text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  ⟦name⟧: settings-v2
data:
  "log-level": info
  ⟦"log-level"⟧: debug
`,
    },
    {
      name: 'fire-each-broken-document',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27.3
      args: [--port, 8080
⟦---⟧
apiVersion: v1
kind: Service
metadata:
⟦	⟧name: web
`,
    },
    {
      name: 'fire-alias-bomb-and-bad-indent',
      text: `⟦apiVersion⟧: v1
kind: ConfigMap
metadata:
  name: laughs
data:
  a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
---
apiVersion: v1
kind: Pod
metadata:
  name: fine
spec:
  containers:
    - name: app
     ⟦image⟧: busybox:1.36
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-valid-multi-document',
      text: `# Shared labels through a small anchor are fine.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: &labels
    app: web
spec:
  selector:
    matchLabels: *labels
  template:
    metadata:
      labels: *labels
    spec:
      containers:
        - name: web
          image: nginx:1.27.3
          args: ["--port", "8080"]
---
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: scripts
data:
  start.sh: |
    #!/bin/sh
    exec nginx -g 'daemon off;'
`,
    },
  ],
});
