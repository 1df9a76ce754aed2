import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-names-no-port-declares',
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
              port: ⟦web⟧
          livenessProbe:
            tcpSocket:
              port: http
        - name: worker
          image: example.com/worker:1.4.2
          startupProbe:
            httpGet:
              path: /started
              port: ⟦admin⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-declared-names-numbers-and-exec',
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
        - name: proxy
          image: example.com/proxy:1.2.0
          readinessProbe:
            httpGet:
              path: /ready
              port: Bad_Name
`,
    },
  ],
});
