import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'a stage copies from itself',
      text: 'FROM golang:1.23 AS build\nCOPY --from=⟦build⟧ /go/bin /out\n',
    },
    {
      name: 'a stage copies from itself by number, in any case',
      text: 'FROM golang:1.23 AS base\nFROM alpine:3.20 AS Final\nCOPY --from=⟦1⟧ /a /b\nCOPY --from=⟦final⟧ /a /b\n',
    },
    {
      name: 'a stage copies from one defined below',
      text: 'FROM alpine:3.20 AS app\nCOPY --from=⟦build⟧ /out/app /app\nFROM golang:1.23 AS build\n',
    },
    { name: 'a stage number that does not exist', text: 'FROM alpine:3.20\nCOPY --from=⟦3⟧ /a /b\n' },
  ],
  dontFire: [
    {
      name: 'an earlier stage by name and by number',
      text: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /app\nCOPY --from=0 /out/app /app2\n',
    },
    {
      name: 'an image rather than a stage',
      text: 'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n',
    },
    { name: 'a stage chosen by a build argument', text: 'ARG SRC=build\nFROM alpine:3.20\nCOPY --from=${SRC} /a /b\n' },
    {
      name: 'ONBUILD COPY runs in the child build',
      text: 'FROM node:22-alpine AS base\nONBUILD COPY --from=base /a /b\n',
    },
  ],
});
