import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-burstable-containers',
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
              cpu: 250m
              memory: 512Mi
        - name: ⟦sidecar⟧
          image: example.com/proxy:1.2.0
        - name: cache
          image: example.com/cache:1.0.0
          resources:
            requests:
              cpu: 100m
              memory: 64Mi
              ephemeral-storage: 1Gi
            ⟦limits⟧:
              cpu: "0.1"
              memory: 64Mi
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-guaranteed',
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
          cpu: 500m
          memory: 1Gi
        limits:
          cpu: "0.5"
          memory: 1024Mi
    - name: limits-only
      image: example.com/tool:1.0.0
      resources:
        limits:
          cpu: 100m
          memory: 64Mi
`,
    },
  ],
  fix: [
    {
      name: 'fix-copies-requests-to-limits',
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
          cpu: 250m
          memory: 256Mi
        limits:
          memory: 512Mi
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
          cpu: 250m
          memory: 256Mi
        limits:
          memory: 256Mi
          cpu: 250m
`,
    },
  ],
});
