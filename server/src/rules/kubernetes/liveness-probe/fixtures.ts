import { defineFixtures } from '../../fixtures';

/** A Deployment of example.com/web whose container is named `name` (marks allowed) and holds `lines`. */
const web = (lines = '', name = 'web', kind = 'Deployment'): string => `apiVersion: apps/v1
kind: ${kind}
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
        - name: ${name}
          image: example.com/web:1.4.2
${lines}`;

const PORT_8080 = '          ports:\n            - name: http\n              containerPort: 8080\n';
/** The image example.com/web, built by the Dockerfile beside the manifest. */
const linked = (dockerfile: string): Record<string, string> => ({
  '.cntutor.yaml': 'images:\n  example.com/web: Dockerfile\n',
  Dockerfile: dockerfile,
});
const CURL =
  'FROM python:3.12-slim\nEXPOSE 8080\nHEALTHCHECK CMD curl -f http://localhost:8080/healthz || exit 1\nCMD ["python", "app.py"]\n';
const TCP_PROBE =
  '          livenessProbe:\n            tcpSocket:\n              port: http\n            failureThreshold: 6\n';
const HTTP_PROBE =
  '          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n            initialDelaySeconds: 30\n            periodSeconds: 30\n            timeoutSeconds: 30\n';

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
    {
      // The image's HEALTHCHECK is named in the message; the finding stays the one about the missing probe.
      name: 'fire-image-healthcheck-kubernetes-does-not-run',
      text: web(PORT_8080, '⟦web⟧'),
      files: linked(CURL),
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-linked-healthcheck-with-a-liveness-probe',
      text: web(`${PORT_8080}          livenessProbe:\n            exec: { command: [/app/health] }\n`),
      files: linked(CURL),
    },
    {
      // Jobs run to completion and init containers finish before the app starts: neither gets a liveness probe.
      name: 'dont-fire-job-and-init-container-of-a-linked-image',
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
          image: example.com/web:1.4.2
---
${web(`${PORT_8080}${HTTP_PROBE}`).replace('      containers:\n', '      initContainers:\n        - name: init\n          image: example.com/web:1.4.2\n      containers:\n')}`,
      files: linked(CURL),
    },
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
    {
      name: 'fix-http-probe-from-curl-with-docker-timing',
      text: web(PORT_8080),
      files: linked(CURL),
      output: web(`${PORT_8080}${HTTP_PROBE}`),
    },
    {
      name: 'fix-https-probe-from-curl-with-its-options',
      text: web('          ports:\n            - containerPort: 8443\n'),
      files: linked(
        'FROM alpine:3.20\nHEALTHCHECK --interval=15s --timeout=5s --retries=4 \\\n  CMD curl -fsSk -m 2 "https://127.0.0.1:8443/ready?full=1"\nCMD ["/app"]\n',
      ),
      output: web(
        '          ports:\n            - containerPort: 8443\n          livenessProbe:\n            httpGet:\n              path: "/ready?full=1"\n              port: 8443\n              scheme: HTTPS\n            initialDelaySeconds: 15\n            periodSeconds: 15\n            timeoutSeconds: 2\n            failureThreshold: 4\n',
      ),
    },
    {
      // The image runs a shell-form check through its SHELL, and counts no failure for a minute.
      name: 'fix-exec-probe-through-the-image-shell',
      text: web(PORT_8080),
      files: linked(
        'FROM postgres:16\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nHEALTHCHECK --interval=10s --timeout=5s --start-period=1m --retries=5 CMD pg_isready -U "$POSTGRES_USER" | grep accepting\n',
      ),
      output: web(
        `${PORT_8080}          livenessProbe:\n            exec:\n              command: ["/bin/bash", "-o", "pipefail", "-c", "pg_isready -U \\"$POSTGRES_USER\\" | grep accepting"]\n            initialDelaySeconds: 60\n            timeoutSeconds: 5\n            failureThreshold: 5\n`,
      ),
    },
    {
      // A port the container does not declare is not probed from outside: the command runs as it is.
      name: 'fix-exec-form-wget-on-a-port-not-declared',
      text: web(),
      files: linked(
        'FROM alpine:3.20\nHEALTHCHECK --interval=1m30s --timeout=500ms CMD ["wget", "-q", "--spider", "http://localhost:9000/$(ping)"]\nCMD ["/app"]\n',
      ),
      output: web(
        '          livenessProbe:\n            exec:\n              command: ["wget", "-q", "--spider", "http://localhost:9000/$$(ping)"]\n            initialDelaySeconds: 90\n            periodSeconds: 90\n',
      ),
    },
    {
      // HEALTHCHECK NONE, or one in a build stage only, leaves the image nothing to copy: the plain TCP probe.
      name: 'fix-tcp-probe-when-the-image-has-no-check',
      text: `${web(PORT_8080)}---\n${web(PORT_8080).replace(/example\.com\/web/, 'example.com/api')}`,
      files: {
        '.cntutor.yaml': 'images:\n  example.com/web: web.Dockerfile\n  example.com/api: api.Dockerfile\n',
        'web.Dockerfile': 'FROM python:3.12-slim\nHEALTHCHECK NONE\nCMD ["python", "app.py"]\n',
        'api.Dockerfile':
          'FROM golang:1.23 AS build\nHEALTHCHECK CMD curl -f http://localhost:8080/\nRUN go build -o /api .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /api /api\nCMD ["/api"]\n',
      },
      output: `${web(`${PORT_8080}${TCP_PROBE}`)}---\n${web(`${PORT_8080}${TCP_PROBE}`).replace(/example\.com\/web/, 'example.com/api')}`,
    },
    {
      // The same check as the readiness probe would make liveness-probe's own "identical" finding.
      name: 'fix-tcp-probe-when-the-healthcheck-is-the-readiness-probe',
      text: web(`${PORT_8080}${HTTP_PROBE.replace('livenessProbe', 'readinessProbe')}`),
      files: linked(CURL),
      output: web(`${PORT_8080}${HTTP_PROBE.replace('livenessProbe', 'readinessProbe')}${TCP_PROBE}`),
    },
  ],
});
