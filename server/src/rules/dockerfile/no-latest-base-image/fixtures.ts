import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'no tag', text: 'FROM ⟦ubuntu⟧\nRUN echo hi\n' },
    { name: 'latest tag', text: 'FROM ⟦node:latest⟧\nCMD ["node"]\n' },
    { name: 'registry with port, no tag', text: 'FROM ⟦localhost:5000/team/app⟧\n' },
    {
      name: 'ARG default without a tag',
      text: 'ARG BASE=python\nFROM ⟦${BASE}⟧ AS app\n',
    },
    {
      name: 'each unpinned stage, with flags and lower-case keyword',
      text: 'from --platform=$BUILDPLATFORM ⟦golang⟧ as build\nFROM ⟦alpine:latest⟧\nCOPY --from=build /out /app\n',
    },
    { name: 'tag ARG defaulting to latest', text: 'ARG TAG=latest\nFROM ⟦redis:${TAG}⟧\n' },
    { name: 'a default written in the reference that means latest', text: 'ARG TAG\nFROM ⟦redis:${TAG:-latest}⟧\n' },
  ],
  dontFire: [
    { name: 'pinned version', text: 'FROM node:22.11-alpine3.20\n' },
    { name: 'scratch', text: 'FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /app /app\n' },
    {
      name: 'earlier stage by name, any case',
      text: 'FROM golang:1.23 AS Builder\nRUN go build ./...\nFROM builder AS test\nFROM BUILDER\n',
    },
    {
      name: 'digest only',
      text: 'FROM alpine@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a\n',
    },
    {
      name: 'latest with a digest is pinned by the digest',
      text: 'FROM alpine:latest@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a\n',
    },
    { name: 'ARG default that is pinned', text: 'ARG BASE=python:3.13-slim\nFROM ${BASE}\n' },
    { name: 'tag from an ARG with a pinned default', text: 'ARG VERSION=3.20\nFROM alpine:$VERSION\n' },
    { name: 'ARG without a default cannot be judged', text: 'ARG BASE\nFROM ${BASE}\n' },
    {
      name: 'a default written in the reference, as hadolint misreads it',
      text: 'ARG VERSION\nFROM alpine:${VERSION:-3.20}\nFROM node:${NODE_VERSION:-22}-alpine\n',
    },
    {
      name: 'an earlier stage chosen through a build argument',
      text: 'ARG BASE=builder\nFROM golang:1.23 AS builder\nFROM ${BASE}\n',
    },
    { name: 'a Windows base image with its tag', text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n' },
    { name: 'a tag that only contains the word latest', text: 'FROM example/app:v2-latest\n' },
  ],
});
