import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'a compiler and headers in the final stage',
      text: 'FROM golang:1.23 AS build\nFROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ⟦gcc libpq-dev⟧ && rm -rf /var/lib/apt/lists/*\nCMD ["/app"]\n',
    },
    {
      name: 'apk and dnf',
      text: 'FROM node:22-alpine AS build\nFROM alpine:3.20\nRUN apk add --no-cache ⟦build-base python3-dev⟧\nRUN dnf install -y ⟦openssl-devel⟧\nENTRYPOINT ["/app"]\n',
    },
    {
      name: 'in the stage the final one builds on',
      text: 'FROM python:3.13-slim AS base\nRUN apt-get install -y ⟦build-essential⟧\nCMD ["python", "app.py"]\nFROM base\nCOPY . /app\n',
    },
  ],
  dontFire: [
    {
      name: 'in the build stage',
      text: 'FROM debian:12 AS build\nRUN apt-get install -y gcc make\nFROM debian:12-slim\nCOPY --from=build /out /app\n',
    },
    {
      name: 'a single-stage build',
      text: 'FROM debian:12-slim\nRUN apt-get install -y gcc\n',
    },
    {
      name: 'removed again in the same RUN',
      text: 'FROM golang:1.23 AS build\nFROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install uwsgi && apk del .build-deps\nRUN apt-get install -y gcc && make && apt-get purge -y --auto-remove gcc\n',
    },
    {
      name: 'a toolchain image without CMD or ENTRYPOINT, as the official golang image',
      text: 'FROM buildpack-deps:bookworm-scm AS build\nFROM buildpack-deps:bookworm-scm\nRUN apt-get install -y --no-install-recommends g++ gcc libc6-dev make pkg-config\nCOPY --from=build /target/ /\n',
    },
    {
      name: 'runtime libraries',
      text: 'FROM golang:1.23 AS build\nFROM debian:12-slim\nRUN apt-get install -y --no-install-recommends libpq5 ca-certificates devscripts-el\n',
    },
  ],
});
