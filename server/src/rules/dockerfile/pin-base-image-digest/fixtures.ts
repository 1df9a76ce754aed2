import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'version tag without a digest', text: 'FROM ⟦node:22.11-alpine⟧\n' },
    { name: 'registry image with a tag', text: 'FROM ⟦ghcr.io/acme/base:1.4.2⟧ AS base\n' },
    {
      name: 'each tagged stage',
      text: 'FROM --platform=$BUILDPLATFORM ⟦golang:1.23⟧ AS build\nFROM ⟦gcr.io/distroless/static:nonroot⟧\nCOPY --from=build /out /app\n',
    },
  ],
  dontFire: [
    {
      name: 'tag and digest',
      text: 'FROM node:22.11-alpine@sha256:b64ced2e7cd0a4816699fe308ce6e8a08ccba463c757c00c14cd372e3d2c763e\n',
    },
    { name: 'scratch', text: 'FROM scratch\nCOPY app /app\n' },
    {
      name: 'earlier stage',
      text: 'FROM alpine@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a AS base\nFROM base\n',
    },
    { name: 'untagged is left to no-latest-base-image', text: 'FROM ubuntu\nFROM debian:latest\n' },
    { name: 'image from a build argument', text: 'ARG BASE=python:3.13-slim\nFROM ${BASE}\n' },
  ],
});
