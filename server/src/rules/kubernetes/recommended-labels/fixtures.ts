import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-unlabelled-objects',
      text: `apiVersion: apps/v1
kind: Deployment
⟦metadata⟧:
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
---
apiVersion: v1
kind: Service
metadata:
  name: web
  ⟦labels⟧:
    app: web
spec:
  selector:
    app: web
  ports:
    - port: 80
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-labelled-or-other-kinds',
      text: `apiVersion: v1
kind: Service
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: production
`,
    },
  ],
  fix: [
    {
      name: 'fix-adds-the-name-label',
      text: `apiVersion: v1
kind: Service
metadata:
  name: web-svc
  labels:
    app: shop
spec:
  selector:
    app: shop
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  annotations:
    owner: team-shop
spec:
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: worker
    spec:
      containers:
        - name: worker
          image: example.com/worker:1.0.0
`,
      output: `apiVersion: v1
kind: Service
metadata:
  name: web-svc
  labels:
    app: shop
    app.kubernetes.io/name: shop
spec:
  selector:
    app: shop
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  annotations:
    owner: team-shop
  labels:
    app.kubernetes.io/name: worker
spec:
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: worker
    spec:
      containers:
        - name: worker
          image: example.com/worker:1.0.0
`,
    },
  ],
});
