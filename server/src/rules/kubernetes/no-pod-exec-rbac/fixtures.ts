import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-exec-and-attach',
      text: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: fire-runner
rules:
  - apiGroups: [""]
    resources: [pods, ⟦pods/exec⟧, ⟦pods/attach⟧]
    verbs: [get, list, create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: fire-debug
  namespace: shop
rules:
  - apiGroups: ["*"]
    resources:
      - ⟦pods/*⟧
    verbs: ["*"]
`,
    },
    {
      name: 'fire-get-opens-websocket-sessions-before-1-35',
      config: { kubernetesVersion: '1.34' },
      text: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: fire-viewer
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [pods, ⟦pods/exec⟧]
    verbs: [get, list, watch]
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-read-only-and-other-groups',
      text: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: dont-fire-viewer
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [pods, pods/log, pods/exec]
    verbs: [get, list, watch]
  - apiGroups: [metrics.k8s.io]
    resources: [pods/exec]
    verbs: [create]
`,
    },
  ],
});
