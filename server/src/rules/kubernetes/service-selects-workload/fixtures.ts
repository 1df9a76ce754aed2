import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-typo-in-selector',
      text: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ⟦selector⟧:
    app: web-frontend
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: apps/v1
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
`,
    },
    {
      name: 'fire-selects-too-much-or-other-namespace',
      text: `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  ⟦selector⟧:
    app: db
    role: primary
  ports:
    - port: 5432
---
apiVersion: v1
kind: Service
metadata:
  name: cache
  namespace: shop
spec:
  ⟦selector⟧:
    app: cache
  ports:
    - port: 6379
---
apiVersion: apps/v1
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
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cache
  namespace: other
spec:
  selector:
    matchLabels:
      app: cache
  template:
    metadata:
      labels:
        app: cache
    spec:
      containers:
        - name: cache
          image: redis:7.4.1
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-matching-workloads',
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
  name: report
  namespace: jobs
spec:
  selector:
    app: report
  ports:
    - port: 8080
---
apiVersion: apps/v1
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
        tier: frontend
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        metadata:
          labels:
            app: report
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example.com/report:1.0.0
`,
    },
    {
      name: 'dont-fire-without-workloads-or-selector',
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
  name: external-db
spec:
  ports:
    - port: 5432
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: production
`,
    },
    {
      name: 'dont-fire-external-name-beside-workload',
      text: `apiVersion: v1
kind: Service
metadata:
  name: payments
spec:
  type: ExternalName
  externalName: payments.example.com
  selector:
    app: payments
---
apiVersion: v1
kind: Pod
metadata:
  name: client
  labels:
    app: client
spec:
  containers:
    - name: client
      image: example.com/client:1.0.0
`,
    },
  ],
});
