import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-sys-admin-and-all',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: fuse
spec:
  selector:
    matchLabels: { app: fuse }
  template:
    metadata:
      labels: { app: fuse }
    spec:
      initContainers:
        - name: setup
          image: busybox:1.36
          securityContext:
            capabilities: { add: [⟦ALL⟧] }
      containers:
        - name: fuse
          image: example.com/fuse:1.0.0
          securityContext:
            capabilities:
              drop: [ALL]
              add:
                - NET_BIND_SERVICE
                - ⟦CAP_SYS_ADMIN⟧
                - ⟦"SYS_PTRACE"⟧
`,
    },
    {
      // Still reported beside privileged: it stays once privileged is removed.
      name: 'fire-privileged-container-adding-sys-admin',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: debug
      image: busybox:1.36
      securityContext:
        privileged: true
        capabilities:
          add: [⟦SYS_ADMIN⟧]
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-narrow-capabilities',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      securityContext:
        capabilities:
          drop: [ALL]
          add: [NET_BIND_SERVICE, CHOWN]
    - name: tools
      image: example.com/tools:1.0.0
      securityContext:
        capabilities:
          drop: [SYS_ADMIN]
`,
    },
    {
      name: 'dont-fire-suppressed-csi-node-plugin',
      text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: csi-node
  annotations:
    # The driver mounts volumes for the pods on this node.
    cntutor.dev/ignore: no-dangerous-capabilities
spec:
  selector:
    matchLabels: { app: csi-node }
  template:
    metadata:
      labels: { app: csi-node }
    spec:
      containers:
        - name: driver
          image: example.com/csi-driver:1.9.0
          securityContext:
            capabilities:
              add: [SYS_ADMIN]
`,
    },
  ],
});
