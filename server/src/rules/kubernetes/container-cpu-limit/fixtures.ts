import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-no-cpu-limit',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            ⟦limits⟧:
              memory: 256Mi
        - name: ⟦sidecar⟧
          image: example.com/proxy:1.2.0
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-cpu-limited',
      text: `apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
spec:
  limits:
    - type: Container
      default:
        cpu: 500m
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
`,
    },
  ],
  fix: [
    {
      name: 'fix-limit-equals-request',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
      resources:
        requests:
          cpu: "0.5"
          memory: 256Mi
        limits:
          memory: 256Mi
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
      resources:
        requests:
          cpu: "0.5"
          memory: 256Mi
        limits:
          memory: 256Mi
          cpu: "0.5"
`,
    },
  ],
});
