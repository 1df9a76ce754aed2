import { defineFixtures } from '../../fixtures';

const trusted = { trustedRegistries: ['registry.example.com', '*.gcr.io'] };

export default defineFixtures({
  fire: [
    { name: 'Docker Hub when only a mirror is trusted', text: 'FROM ⟦node:22-alpine⟧\n', config: trusted },
    {
      name: 'another registry, also through a build argument',
      text: 'ARG BASE=quay.io/prometheus/busybox:1.36\nFROM ⟦ghcr.io/acme/base:1.0⟧\nFROM ⟦${BASE}⟧\n',
      config: trusted,
    },
  ],
  dontFire: [
    { name: 'no list configured', text: 'FROM ghcr.io/acme/base:1.0\n' },
    {
      name: 'trusted hosts, wildcards, scratch and earlier stages',
      text: 'FROM registry.example.com/library/golang:1.23 AS build\nFROM eu.gcr.io/distroless/static:nonroot\nFROM build\nFROM scratch\n',
      config: trusted,
    },
    {
      name: 'Docker Hub by any of its names',
      text: 'FROM node:22-alpine\nFROM docker.io/library/alpine:3.20\n',
      config: { trustedRegistries: ['hub.docker.com'] },
    },
    { name: 'an image chosen by an argument without a default', text: 'ARG BASE\nFROM ${BASE}\n', config: trusted },
  ],
});
