import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-role-bound-to-default',
      text: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: fire-reader
  namespace: shop
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
  - kind: ServiceAccount
    name: ⟦default⟧
  - kind: ServiceAccount
    name: reporter
    namespace: shop
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-dedicated-accounts-and-admin-bindings',
      text: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: dont-fire-reader
  namespace: shop
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
  - { kind: ServiceAccount, name: reporter }
  - { kind: User, name: default, apiGroup: rbac.authorization.k8s.io }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: dont-fire-reported-as-admin
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
  - { kind: ServiceAccount, name: default, namespace: shop }
`,
    },
  ],
});
