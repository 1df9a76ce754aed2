import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-wildcard-verbs-and-resources',
      text: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: fire-everything
rules:
  - apiGroups: ["*"]
    resources: [⟦"*"⟧]
    verbs: [⟦"*"⟧]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: fire-deployer
  namespace: shop
rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs:
      - get
      - ⟦"*"⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-named-grants-and-aggregated-roles',
      text: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: dont-fire-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [pods, pods/log]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: dont-fire-aggregated
aggregationRule:
  clusterRoleSelectors:
    - matchLabels: { rbac.example.com/aggregate-to-monitoring: "true" }
rules: []
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: dont-fire-not-a-role
data:
  verbs: "*"
`,
    },
  ],
});
