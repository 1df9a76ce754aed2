import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-net-admin-and-net-raw',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      initContainers:
        - name: mesh-init
          image: example.com/mesh-init:1.22.0
          securityContext:
            capabilities:
              add: [⟦NET_ADMIN⟧, ⟦CAP_NET_RAW⟧]
      containers:
        - name: web
          image: example.com/web:1.0.0
          securityContext:
            capabilities:
              drop: [ALL]
              add:
                - NET_BIND_SERVICE
                - ⟦SYS_TIME⟧
`,
    },
    {
      // The runtime reads them as CHOWN and NET_BIND_SERVICE; Pod Security admission compares them as written.
      name: 'fire-default-capabilities-in-other-letters',
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
          add: [⟦net_bind_service⟧, ⟦"Chown"⟧]
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-default-set-and-node-capabilities',
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
          add: [NET_BIND_SERVICE, CHOWN, SETUID, SETGID]
    - name: fuse
      image: example.com/fuse:1.0.0
      securityContext:
        capabilities:
          add: [SYS_ADMIN]
    - name: dropping
      image: example.com/tools:1.0.0
      securityContext:
        capabilities:
          drop: [NET_ADMIN, NET_RAW]
`,
    },
  ],
  fix: [
    {
      name: 'fix-default-capabilities-in-capitals',
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
          add:
            - net_bind_service
`,
      output: `apiVersion: v1
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
          add:
            - NET_BIND_SERVICE
`,
    },
  ],
});
