import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'no USER at all',
      text: '⟦FROM node:22-alpine⟧\nCOPY . /app\nCMD ["node", "/app/server.js"]\n',
    },
    {
      // Chainguard's -dev variants run as root, for installing; prom/busybox is a plain busybox.
      name: 'root variants of images that are otherwise non-root',
      text: '⟦FROM cgr.dev/chainguard/python:latest-dev⟧\nCOPY app.py /app/\n',
    },
    { name: "Prometheus' busybox", text: '⟦FROM quay.io/prometheus/busybox:latest⟧\nCOPY tool /bin/\n' },
    {
      name: 'last USER is root',
      text: 'FROM debian:12\nUSER app\nRUN id\nUSER ⟦root⟧\nCMD ["app"]\n',
    },
    { name: 'last USER is uid 0 with a group', text: 'FROM alpine:3.20\nUSER ⟦0:0⟧\n' },
    {
      name: 'a builder stage has a user but the final stage does not',
      text: 'FROM golang:1.23 AS build\nUSER nobody\nRUN go build -o /out/app .\n⟦FROM alpine:3.20⟧\nCOPY --from=build /out/app /app\n',
    },
    {
      name: 'scratch runs as root unless told otherwise',
      text: 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /app .\n⟦FROM scratch⟧\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n',
    },
  ],
  dontFire: [
    {
      name: 'binaries exported on scratch, with nothing to start',
      text: 'FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\nFROM scratch AS binary\nCOPY --from=build /out/app /\n',
    },
    {
      name: 'non-root USER last',
      text: 'FROM node:22-alpine\nUSER root\nRUN npm ci\nUSER node\nCMD ["node", "a.js"]\n',
    },
    { name: 'numeric user', text: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001:10001\n' },
    {
      name: 'USER inherited from the stage the final stage builds on',
      text: 'FROM python:3.13-slim AS base\nUSER 1000\nFROM base AS final\nCOPY app.py /app/\n',
    },
    {
      name: 'root only in a build stage',
      text: 'FROM golang:1.23 AS build\nUSER root\nFROM alpine:3.20\nUSER nobody\n',
    },
    {
      name: 'distroless nonroot variant',
      text: 'FROM golang:1.23 AS build\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /app /app\n',
    },
    { name: "Prometheus' images", text: 'FROM prom/prometheus:v2.53.0\nCOPY prometheus.yml /etc/prometheus/\n' },
    { name: 'Grafana', text: 'FROM grafana/grafana-oss:11.1.0\nCOPY dashboards/ /var/lib/grafana/dashboards/\n' },
    { name: "fabric8's Java images", text: 'FROM fabric8/java-jboss-openjdk8-jdk:1.5.4\nCOPY app.jar /deployments/\n' },
    { name: 'Chainguard', text: 'FROM cgr.dev/chainguard/static:latest\nCOPY app /app\n' },
    {
      name: "Red Hat's language images",
      text: 'FROM registry.access.redhat.com/ubi9/nodejs-20:1\nCOPY . /opt/app-root/src/\n',
    },
    {
      name: 'images published to run unprivileged',
      text: 'FROM nginxinc/nginx-unprivileged:1.27-alpine AS web\nFROM docker.io/bitnami/redis:7.4\n',
    },
    {
      name: 'Windows images choose their own default user',
      text: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app.exe C:/app/\nCMD ["C:\\\\app\\\\app.exe"]\n',
    },
    { name: 'user chosen by a build argument', text: 'FROM alpine:3.20\nARG UID=10001\nUSER ${UID}\n' },
    { name: 'base image from an ARG without default', text: 'ARG BASE\nFROM ${BASE}\nCOPY . /app\n' },
    {
      name: 'entrypoint drops privileges with gosu',
      text: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gosu; gosu nobody true\nENTRYPOINT ["docker-entrypoint.sh"]\n',
    },
  ],
});
