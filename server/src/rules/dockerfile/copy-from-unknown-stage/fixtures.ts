import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'a misspelt stage name',
      text: 'FROM golang:1.23 AS builder\nFROM alpine:3.20\nCOPY --from=⟦biulder⟧ /out/app /app\n',
    },
    {
      name: 'an untagged name that is no stage',
      text: 'FROM alpine:3.20\nCOPY --from=⟦busybox⟧ /bin/busybox /bin/busybox\n',
    },
    {
      name: 'before the first FROM, as after it',
      text: 'COPY --from=⟦build⟧ /a /b\nFROM alpine:3.20\n',
    },
  ],
  dontFire: [
    {
      name: 'a stage defined above, in another case',
      text: 'FROM golang:1.23 AS Build\nFROM alpine:3.20\nCOPY --from=build /a /b\n',
    },
    {
      name: 'images with a tag, a digest or a registry',
      text: 'FROM alpine:3.20\nCOPY --from=golang:1.23 /usr/local/go /go\nCOPY --from=alpine@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a /a /b\nCOPY --from=ghcr.io/acme/tools /bin/t /bin/t\n',
    },
    {
      name: 'stage numbers and build arguments are judged elsewhere or not at all',
      text: 'FROM alpine:3.20 AS a\nFROM alpine:3.20\nCOPY --from=0 /a /b\nCOPY --from=$STAGE /a /b\n',
    },
    {
      name: 'a stage defined below is reported by copy-from-stage-order instead',
      text: 'FROM alpine:3.20\nCOPY --from=build /a /b\nFROM golang:1.23 AS build\n',
    },
  ],
});
