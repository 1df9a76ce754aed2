import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-probes-on-undeclared-numbers',
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
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet:
              path: /ready
              port: http
          livenessProbe:
            tcpSocket:
              port: ⟦8000⟧
          startupProbe:
            grpc:
              port: ⟦9000⟧
        - name: worker
          image: example.com/worker:1.4.2
          livenessProbe:
            httpGet:
              path: /healthz
              port: ⟦9102⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-declared-numbers-and-names',
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
          ports:
            - name: postgres
              containerPort: 5432
            - name: metrics
              containerPort: 9187
          readinessProbe:
            exec:
              command: [pg_isready]
          livenessProbe:
            tcpSocket:
              port: postgres
          startupProbe:
            httpGet:
              path: /metrics
              port: 9187
`,
    },
  ],
  fix: [
    {
      name: 'fix-declares-the-probed-port',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: worker
    spec:
      containers:
        - name: worker
          image: example.com/worker:1.4.2
          livenessProbe:
            httpGet:
              path: /healthz
              port: 9102
        - name: web
          image: example.com/web:1.4.2
          readinessProbe:
            httpGet:
              path: /ready
              port: 80
`,
      output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: worker
    spec:
      containers:
        - name: worker
          image: example.com/worker:1.4.2
          livenessProbe:
            httpGet:
              path: /healthz
              port: 9102
          ports:
            - containerPort: 9102
        - name: web
          image: example.com/web:1.4.2
          readinessProbe:
            httpGet:
              path: /ready
              port: 80
`,
    },
  ],
});
