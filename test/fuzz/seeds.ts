import type { Config } from '../../server/src/engine/config';
import type { BuildContext } from '../../server/src/engine/dockerfile/build-context';

/**
 * Small, realistic inputs the fuzzers start from. They are embedded so the tests run from a fresh
 * clone; each one exercises a different corner of the parsers (multi-stage builds, heredocs,
 * continuations, escape directives, JSON forms; multi-document manifests, Lists, anchors, flow
 * style, block scalars, comments and suppressions).
 */
export interface Seed {
  name: string;
  uri: string;
  text: string;
  /** Settings to lint with, when the seed needs others than the defaults (a rule fixture's `config`). */
  config?: Partial<Config>;
  /** The build context (its `.dockerignore`) a Dockerfile fixture is linted with. */
  buildContext?: BuildContext;
  /** The rule whose fixture the seed was taken from; fuzzers draw evenly across rules. */
  rule?: string;
  /** Other files of the workspace (a rule fixture's `files`): the Dockerfile and link a cross-file rule reads. */
  files?: Readonly<Record<string, string>>;
}

export const DOCKERFILE_SEEDS: readonly Seed[] = [
  {
    name: 'go-multistage',
    uri: 'Dockerfile',
    text: `# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22
FROM golang:\${GO_VERSION}-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static:nonroot
COPY --from=build /out/app /app
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/app"]
`,
  },
  {
    name: 'node-shell-form',
    uri: 'Dockerfile',
    text: `FROM node:latest
ENV NODE_ENV=production \\
    PORT=3000
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci --omit=dev && \\
    npm cache clean --force
COPY . .
HEALTHCHECK --interval=30s CMD curl -f http://localhost:3000/health || exit 1
CMD node server.js
`,
  },
  {
    name: 'python-apt',
    uri: 'app.dockerfile',
    text: `FROM python:3.12-slim
LABEL maintainer="team@example.com" \\
      org.opencontainers.image.source="https://example.com/repo"
RUN apt-get update \\
 && apt-get install -y --no-install-recommends gcc libpq-dev \\
 && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
ADD https://example.com/file.tar.gz /tmp/
COPY . /app
WORKDIR /app
# hadolint ignore=DL3025
CMD python -m app --port "$PORT"
ENTRYPOINT exec gunicorn app:app
`,
  },
  {
    name: 'heredoc',
    uri: 'Containerfile',
    text: `# syntax=docker/dockerfile:1.4
FROM ubuntu:22.04
RUN <<EOF
set -eux
apt-get update
apt-get install -y curl
EOF
COPY <<-CONF /etc/app.conf
	key=value
	CONF
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -sSL https://example.com | bash
STOPSIGNAL SIGTERM
ONBUILD RUN echo "child build"
VOLUME ["/data"]
CMD ["bash"]
`,
  },
  {
    name: 'escape-windows',
    uri: 'Dockerfile.windows',
    text: `# escape=\`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN powershell -Command \`
    Write-Host 'hello'; \`
    Set-Content C:\\app.txt 'x'
WORKDIR C:\\app
CMD ["cmd", "/S", "/C", "echo hi"]
`,
  },
  {
    name: 'misc-unicode',
    uri: 'build/Dockerfile.dev',
    text: `FROM alpine AS base
ARG USER=ünïcødé
RUN echo "héllo 🌍" > /greeting && adduser -D "$USER"
FROM base
USER root
RUN set -e; for f in a b c; do echo "$f"; done; (cd /tmp && ls) | wc -l
CMD echo $HOME
ENTRYPOINT ["sh", "-c", "echo \\"$@\\""]
EXPOSE 80/tcp 443
`,
  },
];

export const MANIFEST_SEEDS: readonly Seed[] = [
  {
    name: 'deployment-service',
    uri: 'k8s/app.yaml',
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 2
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
          image: nginx:latest
          ports:
            - containerPort: 80
          resources:
            requests:
              cpu: 100m
              memory: 64Mi
        - name: sidecar
          image: busybox
          command: ["sh", "-c", "sleep 3600"]
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 80
`,
  },
  {
    name: 'pod-flow-comments',
    uri: 'pod.yml',
    text: `# A naked pod, written partly in flow style.
apiVersion: v1
kind: Pod
metadata: {name: debug, namespace: default, labels: {app: debug}}
spec:
  securityContext: {runAsNonRoot: true}
  containers:
  - name: shell   # cntutor ignore=no-latest-container-image
    image: "alpine"
    args: [sleep, "infinity"]
    securityContext:
      privileged: true
  - {name: second, image: 'redis:7.2'}
`,
  },
  {
    name: 'list-anchors',
    uri: 'list.yaml',
    text: `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: StatefulSet
    metadata:
      name: db
    spec:
      serviceName: db
      selector: {matchLabels: {app: db}}
      template:
        metadata:
          labels: &labels
            app: db
        spec:
          containers:
            - name: db
              image: postgres@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
              env: &env
                - name: PGDATA
                  value: /data
  - apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: backup
      labels: *labels
    spec:
      schedule: "0 3 * * *"
      jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers:
                - name: backup
                  image: postgres:16
                  env: *env
`,
  },
  {
    name: 'configmap-block-scalars',
    uri: 'cm.yaml',
    text: `---
apiVersion: v1
kind: ConfigMap
metadata:
  name: conf
  annotations:
    ignore-check.kube-linter.io/latest-tag: "legacy"
data:
  app.properties: |
    key=value
    other=1
  script.sh: >-
    echo one
    echo two
  empty: ""
...
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      hostNetwork: true
      initContainers:
        - name: init
          image: busybox:1.36
      containers:
        - name: agent
          image: registry.example.com:5000/team/agent
`,
  },
  {
    name: 'job-unicode',
    uri: 'jobs/job.yaml',
    text: `apiVersion: batch/v1
kind: Job
metadata:
  name: "ünïcødé-job"
  annotations:
    description: "émoji 🚀 and CJK 日本語"
spec:
  backoffLimit: 3
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: main
          image: ghcr.io/example/tool:v1.2.3
          command:
            - /bin/sh
            - -c
            - |
              echo "start"
              exit 0
`,
  },
];

export const ALL_SEEDS: readonly Seed[] = [...DOCKERFILE_SEEDS, ...MANIFEST_SEEDS];
