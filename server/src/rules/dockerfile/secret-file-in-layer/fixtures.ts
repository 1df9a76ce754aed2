import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'an npm token copied then removed',
      text: 'FROM node:22-alpine\nWORKDIR /app\nCOPY ⟦.npmrc⟧ package.json ./\nRUN npm ci && rm -f .npmrc\n',
    },
    {
      name: 'an SSH key removed with its folder in a later RUN',
      text: 'FROM alpine:3.20\nCOPY ⟦id_rsa⟧ /root/.ssh/id_rsa\nRUN git clone git@github.com:acme/app.git /src\nRUN rm -rf /root/.ssh\n',
    },
    {
      name: 'in the stage the final one builds on',
      text: 'FROM python:3.13-slim AS base\nCOPY ⟦pip.conf.token⟧ /etc/\nRUN pip install -r req.txt; rm /etc/pip.conf.token\nFROM base\n',
    },
  ],
  dontFire: [
    {
      name: "a package repository's public signing key",
      text: 'FROM debian:12\nCOPY llvm-snapshot.gpg.key .\nRUN apt-key add llvm-snapshot.gpg.key && rm llvm-snapshot.gpg.key\nCOPY repo-public.key cosign.pub /etc/keys/\n',
    },
    {
      name: 'a build secret mount',
      text: 'FROM node:22-alpine\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
    },
    {
      name: 'secrets used in a build stage only',
      text: 'FROM node:22-alpine AS build\nCOPY .npmrc ./\nRUN npm ci && rm .npmrc\nFROM node:22-alpine\nCOPY --from=build /app /app\n',
    },
    {
      name: 'public keys and ordinary files',
      text: 'FROM alpine:3.20\nCOPY id_rsa.pub config.yaml /etc/app/\nRUN rm /etc/app/id_rsa.pub /etc/app/config.yaml\n',
    },
    {
      name: "a secret-looking file that is never deleted is not this rule's finding",
      text: 'FROM alpine:3.20\nCOPY server.pem /etc/ssl/\n',
    },
  ],
});
