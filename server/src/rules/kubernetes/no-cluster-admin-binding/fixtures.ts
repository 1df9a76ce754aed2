import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-cluster-admin-bindings',
      text: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: fire-default-admin
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: ⟦cluster-admin⟧
subjects:
  - kind: ServiceAccount
    name: default
    namespace: shop
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: fire-ns-admin
  namespace: shop
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ⟦cluster-admin⟧ }
subjects:
  - { kind: User, name: alice@example.com, apiGroup: rbac.authorization.k8s.io }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: god-mode
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: fire-wildcard-role
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ⟦god-mode⟧ }
subjects:
  - { kind: Group, name: system:authenticated, apiGroup: rbac.authorization.k8s.io }
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-narrow-roles',
      text: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: dont-fire-view
  namespace: shop
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
  - { kind: Group, name: developers, apiGroup: rbac.authorization.k8s.io }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: dont-fire-role-named-like-admin
  namespace: shop
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: cluster-admin }
subjects:
  - { kind: ServiceAccount, name: deployer }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: cluster-admin
  namespace: shop
rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list]
`,
    },
  ],
});
