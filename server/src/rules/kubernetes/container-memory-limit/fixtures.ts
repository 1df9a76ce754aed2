import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-no-memory-limit',
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
        - name: ⟦web⟧
          image: example.com/web:1.4.2
        - name: api
          image: example.com/api:2.3.0
          ⟦resources⟧:
            requests:
              memory: 256Mi
        - name: worker
          image: example.com/worker:1.0.0
          resources:
            ⟦limits⟧:
              cpu: "1"
`,
    },
    {
      name: 'fire-job-init-container',
      text: `apiVersion: batch/v1
kind: Job
metadata:
  name: import
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
        - name: ⟦fetch⟧
          image: example.com/fetch:1.0.0
      containers:
        - name: import
          image: example.com/import:1.0.0
          resources:
            limits:
              memory: 512Mi
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-memory-limited',
      text: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: postgres:16.4
          resources:
            requests:
              cpu: 500m
              memory: 1Gi
            limits:
              memory: 1Gi
`,
    },
    {
      name: 'dont-fire-limit-range-default',
      text: `apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
spec:
  limits:
    - type: Container
      default:
        memory: 256Mi
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
      name: 'fix-limit-copies-the-request',
      text: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: postgres:16.4
          resources:
            requests:
              cpu: 500m
              memory: 1Gi
            limits:
              cpu: "2"
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
        - name: exporter
          image: example.com/exporter:0.15.0
`,
      output: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: postgres:16.4
          resources:
            requests:
              cpu: 500m
              memory: 1Gi
            limits:
              cpu: "2"
              memory: 1Gi
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
        - name: exporter
          image: example.com/exporter:0.15.0
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 128Mi
`,
    },
  ],
});
