import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'two CMDs in one stage',
      text: 'FROM node:22-alpine\n⟦CMD⟧ ["node", "migrate.js"]\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'three ENTRYPOINTs: the first two are replaced',
      text: 'FROM alpine:3.20\n⟦ENTRYPOINT⟧ ["a"]\n⟦entrypoint⟧ ["b"]\nENTRYPOINT ["c"]\n',
    },
    {
      name: 'two HEALTHCHECKs, NONE included',
      text: 'FROM nginx:1.27\n⟦HEALTHCHECK⟧ CMD ["curl", "-f", "http://localhost/"]\nHEALTHCHECK NONE\n',
    },
    {
      name: 'before the first FROM, as in a stage',
      text: '⟦CMD⟧ ["a"]\nCMD ["b"]\n',
    },
  ],
  dontFire: [
    {
      name: 'one of each',
      text: 'FROM alpine:3.20\nENTRYPOINT ["app"]\nCMD ["--help"]\nHEALTHCHECK CMD ["app", "ping"]\n',
    },
    {
      name: 'one CMD per stage',
      text: 'FROM golang:1.23 AS build\nCMD ["go", "test"]\nFROM alpine:3.20\nCOPY --from=build /out/app /app\nCMD ["/app"]\n',
    },
    {
      name: 'ONBUILD triggers run in the child image, not here',
      text: 'FROM node:22-alpine\nONBUILD CMD ["node", "index.js"]\nCMD ["node", "server.js"]\n',
    },
  ],
});
