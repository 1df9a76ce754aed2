import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-host-ports',
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
      containers:
        - name: web
          image: example.com/web:1.0.0
          ports:
            - containerPort: 8080
              hostPort: ⟦80⟧
            - { containerPort: 9090, hostPort: 0 }
            - { containerPort: 8443, hostPort: ⟦443⟧ }
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-container-ports-and-host-network',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      ports:
        - containerPort: 8080
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: dns
spec:
  selector:
    matchLabels: { app: dns }
  template:
    metadata:
      labels: { app: dns }
    spec:
      hostNetwork: true
      containers:
        - name: dns
          image: example.com/dns:1.0.0
          ports:
            - { containerPort: 53, hostPort: 53, protocol: UDP }
`,
    },
  ],
});
