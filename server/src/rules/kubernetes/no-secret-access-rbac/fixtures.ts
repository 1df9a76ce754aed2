import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-secret-readers',
      text: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: fire-reader
rules:
  - apiGroups: [""]
    resources: [configmaps, ⟦secrets⟧]
    verbs: [list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: fire-app
  namespace: shop
rules:
  - apiGroups: [""]
    resources:
      - ⟦secrets⟧
    verbs: [get]
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-named-or-write-only',
      text: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: dont-fire-app
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [secrets]
    resourceNames: [app-tls]
    verbs: [get]
  - apiGroups: [""]
    resources: [secrets]
    verbs: [create]
  - apiGroups: [example.com]
    resources: [secrets]
    verbs: [get, list]
`,
    },
  ],
});
