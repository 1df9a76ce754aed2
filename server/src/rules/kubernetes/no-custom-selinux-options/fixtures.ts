import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-spc-type-and-custom-user',
      text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: logs
spec:
  selector:
    matchLabels: { app: logs }
  template:
    metadata:
      labels: { app: logs }
    spec:
      securityContext:
        seLinuxOptions:
          type: ⟦spc_t⟧
      containers:
        - name: collector
          image: example.com/collector:2.0.0
          securityContext:
            seLinuxOptions:
              user: ⟦system_u⟧
              role: ⟦system_r⟧
              level: "s0:c1,c2"
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-container-types-and-levels',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seLinuxOptions:
      level: "s0:c123,c456"
  containers:
    - name: web
      image: example.com/web:1.0.0
      securityContext:
        seLinuxOptions:
          type: container_t
    - name: init-like
      image: example.com/init:1.0.0
      securityContext:
        seLinuxOptions: { type: container_init_t, user: "" }
`,
    },
  ],
});
