import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-missing-liveness',
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
          readinessProbe:
            httpGet:
              path: /ready
              port: 8080
---
apiVersion: v1
kind: ReplicationController
metadata:
  name: legacy
spec:
  selector:
    app: legacy
  template:
    metadata:
      labels:
        app: legacy
    spec:
      containers:
        - name: ⟦legacy⟧
          image: example.com/legacy:0.9.0
`,
    },
    {
      name: 'fire-identical-probes',
      text: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: api
spec:
  serviceName: api
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: example.com/api:2.3.0
          ⟦livenessProbe⟧:
            httpGet:
              path: /health
              port: 8080
            periodSeconds: 10
          readinessProbe:
            periodSeconds: 10
            httpGet:
              port: 8080
              path: /health
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-distinct-probes',
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
      initContainers:
        - name: migrate
          image: example.com/migrate:3.0.1
      containers:
        - name: web
          image: example.com/web:1.4.2
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080
            failureThreshold: 6
          readinessProbe:
            httpGet:
              path: /ready
              port: 8080
`,
    },
    {
      name: 'dont-fire-cronjob',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example.com/report:1.0.0
`,
    },
  ],
  fix: [
    {
      name: 'fix-adds-a-probe-on-the-declared-port',
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
          ports:
            - name: metrics
              containerPort: 9090
            - name: http
              containerPort: 8080
          # resources come from the namespace's LimitRange
        - name: worker
          image: example.com/worker:1.4.2
          ports:
            - containerPort: 7000
              protocol: UDP
            - containerPort: 7001
        - name: quiet
          image: example.com/quiet:1.4.2
`,
      output: `apiVersion: apps/v1
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
          ports:
            - name: metrics
              containerPort: 9090
            - name: http
              containerPort: 8080
          livenessProbe:
            tcpSocket:
              port: http
            failureThreshold: 6
          # resources come from the namespace's LimitRange
        - name: worker
          image: example.com/worker:1.4.2
          ports:
            - containerPort: 7000
              protocol: UDP
            - containerPort: 7001
          livenessProbe:
            tcpSocket:
              port: 7001
            failureThreshold: 6
        - name: quiet
          image: example.com/quiet:1.4.2
`,
    },
  ],
});
