import { defineFixtures } from '../../fixtures';

/** A ServiceAccount that a ClusterRoleBinding names in the default namespace. */
const BOUND_IN_DEFAULT = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: elastic-agent
  namespace: default
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: elastic-agent
subjects:
  - kind: ServiceAccount
    name: elastic-agent
    namespace: default
roleRef:
  kind: ClusterRole
  name: elastic-agent
  apiGroup: rbac.authorization.k8s.io
`;

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
      name: 'no fix for an object a binding names in default',
      text: BOUND_IN_DEFAULT,
      output: BOUND_IN_DEFAULT,
    },
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
