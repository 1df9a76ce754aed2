import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-pod-creators',
      text: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: fire-ci
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [⟦pods⟧, services]
    verbs: [create, delete]
  - apiGroups: [apps, batch]
    resources: [⟦deployments⟧, ⟦jobs⟧]
    verbs: ["*"]
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-read-and-scale',
      text: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: dont-fire-scaler
rules:
  - apiGroups: [apps]
    resources: [deployments, deployments/scale]
    verbs: [get, list, patch, update]
  - apiGroups: [apps]
    resources: [pods]
    verbs: [create]
`,
    },
  ],
});
