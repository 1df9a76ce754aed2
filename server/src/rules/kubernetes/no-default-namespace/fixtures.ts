import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-explicit-default',
      text: `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: ⟦default⟧
spec:
  selector:
    app: web
  ports:
    - port: 80
---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings, namespace: ⟦"default"⟧ }
data:
  mode: production
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-own-or-unset-namespace',
      text: `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
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
  namespace: default
`,
    },
  ],
  fix: [
    {
      name: 'fix-removes-the-line',
      text: `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: default
  labels:
    app: web
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
  namespace: default # chosen by the tutorial
data:
  mode: production
`,
      output: `apiVersion: v1
kind: Service
metadata:
  name: web
  labels:
    app: web
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
  namespace: default # chosen by the tutorial
data:
  mode: production
`,
    },
  ],
});
