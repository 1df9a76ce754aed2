import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'the whole build stage over a base image',
      text: 'FROM golang:1.23 AS build\nFROM alpine:3.20\n⟦COPY --from=build / /⟧\n',
    },
    { name: 'from an image, in exec form', text: 'FROM debian:12\n⟦COPY --from=alpine:3.20 ["/", "/"]⟧\n' },
    {
      name: 'in a stage the final image builds on',
      text: 'FROM golang:1.23 AS build\nFROM debian:12 AS base\n⟦COPY --from=build / /⟧\nFROM base\n',
    },
  ],
  dontFire: [
    {
      name: 'a helper image taken whole into a build stage the final image does not build on',
      text: 'FROM tonistiigi/xx:1.4.0 AS xx\nFROM golang:1.23-alpine AS build\nCOPY --from=xx / /\nRUN xx-go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/app\n',
    },
    {
      name: 'squashing onto scratch',
      text: 'FROM debian:12 AS rootfs\nRUN rm -rf /var/lib/apt/lists/*\nFROM scratch\nCOPY --from=rootfs / /\n',
    },
    {
      name: 'one folder',
      text: 'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /out/ /usr/local/bin/\n',
    },
    { name: 'the build context', text: 'FROM alpine:3.20\nCOPY / /srv/\n' },
  ],
});
