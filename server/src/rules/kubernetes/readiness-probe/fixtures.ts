import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-deployment-without-readiness',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
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
        - name: ⟦web⟧
          image: example.com/web:1.4.2
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080
        - name: ready
          image: example.com/ready:1.0.0
          readinessProbe:
            tcpSocket:
              port: 9000
`,
    },
    {
      name: 'fire-statefulset-daemonset-and-pod',
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
        - name: ⟦db⟧
          image: postgres:16.4
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agent
    spec:
      containers:
        - image: example.com/agent:2.1.0
          name: ⟦agent⟧
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: ⟦web⟧
      image: example.com/web:1.4.2
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-jobs-and-one-off-pods',
      text: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: example.com/migrate:3.0.1
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
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example.com/report:1.0.0
---
apiVersion: v1
kind: Pod
metadata:
  name: smoke-test
spec:
  restartPolicy: Never
  containers:
    - name: curl
      image: curlimages/curl:8.10.1
`,
    },
    {
      name: 'dont-fire-probed-with-sidecar',
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
        - name: log-shipper
          image: example.com/shipper:1.0.0
          restartPolicy: Always
      containers:
        - name: web
          image: example.com/web:1.4.2
          readinessProbe:
            httpGet:
              path: /ready
              port: 8080
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
          readinessProbe:
            tcpSocket:
              port: http
            periodSeconds: 5
          # resources come from the namespace's LimitRange
        - name: worker
          image: example.com/worker:1.4.2
          ports:
            - containerPort: 7000
              protocol: UDP
            - containerPort: 7001
          readinessProbe:
            tcpSocket:
              port: 7001
            periodSeconds: 5
        - name: quiet
          image: example.com/quiet:1.4.2
`,
    },
  ],
});
