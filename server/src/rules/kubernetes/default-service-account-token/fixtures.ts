import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-default-account-with-token',
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
    ⟦spec⟧:
      containers:
        - name: web
          image: example.com/web:1.0.0
---
apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  template:
    spec:
      serviceAccountName: default
      automountServiceAccountToken: ⟦true⟧
      restartPolicy: Never
      containers:
        - name: report
          image: example.com/report:1.0.0
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: ⟦default⟧
  namespace: shop
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
      name: 'dont-fire-own-account-or-no-token',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: operator
spec:
  selector:
    matchLabels: { app: operator }
  template:
    metadata:
      labels: { app: operator }
    spec:
      serviceAccountName: operator
      containers:
        - name: operator
          image: example.com/operator:1.0.0
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  automountServiceAccountToken: false
  containers:
    - name: web
      image: example.com/web:1.0.0
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: operator
`,
    },
    {
      name: 'dont-fire-default-account-without-tokens',
      text: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: default
  namespace: shop
automountServiceAccountToken: false
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
`,
    },
  ],
  fix: [
    {
      name: 'fix-no-token',
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
      # Scratch space for uploads.
      volumes:
        - name: tmp
          emptyDir: {}
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
      # Scratch space for uploads.
      volumes:
        - name: tmp
          emptyDir: {}
      automountServiceAccountToken: false
`,
    },
  ],
});
