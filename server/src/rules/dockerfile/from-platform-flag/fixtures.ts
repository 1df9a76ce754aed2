import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'a fixed platform', text: 'FROM --platform=⟦linux/amd64⟧ node:22-alpine\n' },
    {
      name: 'a fixed platform on a named stage',
      text: 'FROM --platform=⟦linux/arm64/v8⟧ golang:1.23 AS build\n',
    },
    { name: 'the target platform restated', text: 'FROM ⟦--platform=$TARGETPLATFORM⟧ alpine:3.20\n' },
  ],
  dontFire: [
    {
      name: 'cross-compiling on the build platform',
      text: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nARG TARGETOS TARGETARCH\nFROM alpine:3.20\n',
    },
    {
      name: 'a stage named after its platform, as BuildKit allows',
      text: 'FROM --platform=linux/amd64 debian:12 AS build-amd64\nFROM --platform=linux/arm64 debian:12 AS arm64\n',
    },
    {
      name: 'a platform from a build argument',
      text: 'ARG PLATFORM=linux/amd64\nFROM --platform=${PLATFORM} alpine:3.20\n',
    },
    { name: 'no flag', text: 'FROM alpine:3.20\n' },
  ],
  fix: [
    {
      name: 'the redundant flag is removed',
      text: 'FROM --platform=$TARGETPLATFORM alpine:3.20 AS app\nFROM --platform=${TARGETPLATFORM}   node:22-alpine\n',
      output: 'FROM alpine:3.20 AS app\nFROM node:22-alpine\n',
    },
  ],
});
