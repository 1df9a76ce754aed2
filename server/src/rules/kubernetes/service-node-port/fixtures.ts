import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-node-port',
      text: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: ⟦NodePort⟧
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
      nodePort: 30080
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-cluster-ip-and-load-balancer',
      text: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: edge
spec:
  type: LoadBalancer
  selector:
    app: edge
  ports:
    - port: 443
`,
    },
  ],
});
