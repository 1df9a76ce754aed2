import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'apk add', text: 'FROM alpine:3.20\nRUN ⟦apk add curl⟧\n' },
    { name: 'apk upgrade and add', text: 'FROM alpine:3.20\nRUN ⟦apk upgrade⟧ && ⟦apk add --virtual .deps gcc⟧\n' },
    {
      name: 'apk update keeps the index even when add does not',
      text: 'FROM alpine:3.20\nRUN ⟦apk update⟧ && apk add --no-cache curl\n',
    },
    { name: 'pip install', text: 'FROM python:3.12\nRUN ⟦pip install -r requirements.txt⟧\n' },
    { name: 'python -m pip', text: 'FROM python:3.12\nRUN python3 -m ⟦pip install --upgrade pip⟧\n' },
    { name: 'dnf without clean', text: 'FROM fedora:41\nRUN ⟦dnf install -y git⟧ && ⟦yarn install⟧\n' },
    { name: 'yum, once per RUN', text: 'FROM centos:7\nRUN ⟦yum install -y httpd⟧ && yum install -y mod_ssl\n' },
    { name: 'microdnf', text: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN ⟦microdnf install -y tar⟧\n' },
    { name: 'zypper', text: 'FROM opensuse/leap:15.6\nRUN ⟦zypper -n install curl⟧\n' },
    { name: 'npm ci', text: 'FROM node:22\nRUN ⟦npm ci --omit=dev⟧\n' },
    {
      name: 'cleaned before the install, not after',
      text: 'FROM fedora:41\nRUN dnf clean all && ⟦dnf install -y git⟧\n',
    },
    {
      name: 'cache mount elsewhere',
      text: 'FROM python:3.12\nRUN --mount=type=cache,target=/tmp/x ⟦pip install flask⟧\n',
    },
    { name: 'heredoc script', text: 'FROM alpine:3.20\nRUN <<EOF\n⟦apk add curl⟧\nEOF\n' },
    { name: 'before the first FROM', text: 'RUN ⟦pip install flask⟧\n' },
  ],
  dontFire: [
    { name: 'npm 2 clears its cache', text: 'FROM node:0.10\nRUN npm install -g npm@2 && npm cache clear\n' },
    { name: 'apk --no-cache', text: 'FROM alpine:3.20\nRUN apk add --no-cache curl && apk --no-cache upgrade\n' },
    {
      name: 'apk cache removed in the same RUN',
      text: 'FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*\n',
    },
    {
      name: 'apk without network downloads nothing',
      text: 'FROM alpine:3.20\nRUN scanelf --needed /usr/local | xargs -rt apk add --no-network --virtual .rundeps\n',
    },
    { name: 'apk cache mount', text: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n' },
    { name: 'pip --no-cache-dir', text: 'FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n' },
    {
      name: 'pip cache turned off by ENV',
      text: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r requirements.txt\n',
    },
    {
      name: 'pip cache mount',
      text: 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n',
    },
    {
      name: 'pip cache removed',
      text: 'FROM python:3.12\nRUN pip install flask && rm -rf "$HOME/.cache/pip" && pip install gunicorn && pip cache purge\n',
    },
    { name: 'dnf clean all', text: 'FROM fedora:41\nRUN dnf install -y git && dnf clean all\n' },
    { name: 'yum cleaned by rm', text: 'FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum\n' },
    {
      name: 'dnf cache mount',
      text: 'FROM fedora:41\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y git\n',
    },
    { name: 'zypper clean', text: 'FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper cc -a\n' },
    { name: 'yarn cache clean', text: 'FROM node:22\nRUN yarn install --frozen-lockfile && yarn cache clean\n' },
    { name: 'npm cache clean', text: 'FROM node:22\nRUN npm ci && npm cache clean --force\n' },
    {
      name: 'build stage that is not shipped',
      text: 'FROM python:3.12 AS build\nRUN pip install build && python -m build\nFROM python:3.12-slim\nCOPY --from=build /dist /dist\n',
    },
    { name: 'queries download nothing', text: 'FROM fedora:41\nRUN dnf group list && pip list && npm ls\n' },
    { name: 'in a string', text: 'FROM alpine:3.20\nRUN echo "apk add curl"\n' },
  ],
  fix: [
    {
      name: 'adds the flag to apk and pip',
      text: 'FROM python:3.12-alpine\nRUN apk add gcc && pip install flask\n',
      output: 'FROM python:3.12-alpine\nRUN apk add --no-cache gcc && pip install --no-cache-dir flask\n',
    },
    {
      name: 'ends the RUN with the clean-up',
      text: 'FROM fedora:41\nRUN dnf install -y git \\\n && dnf install -y make\n',
      output: 'FROM fedora:41\nRUN dnf install -y git \\\n && dnf install -y make && dnf clean all\n',
    },
    {
      name: 'each manager its own clean-up',
      text: 'FROM node:22\nRUN npm ci && yarn install\n',
      output: 'FROM node:22\nRUN npm ci && yarn install && npm cache clean --force && yarn cache clean\n',
    },
  ],
});
