import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'a served port without a health check', text: '⟦FROM nginx:1.27⟧\nEXPOSE 80\n' },
    {
      name: 'the port is exposed by the stage the final one builds on',
      text: 'FROM node:22-alpine AS base\nEXPOSE 3000\n⟦FROM base⟧\nCMD ["node", "server.js"]\n',
    },
  ],
  dontFire: [
    {
      name: 'a health check',
      text: 'FROM nginx:1.27\nEXPOSE 80\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n',
    },
    { name: 'deliberately none', text: 'FROM nginx:1.27\nEXPOSE 80\nHEALTHCHECK NONE\n' },
    { name: 'nothing served', text: 'FROM alpine:3.20\nCMD ["backup.sh"]\n' },
    {
      name: 'ports of a build stage do not make the final image a service',
      text: 'FROM golang:1.23 AS build\nEXPOSE 6060\nFROM scratch\nCOPY --from=build /app /app\n',
    },
    {
      name: 'inherited from the stage the final one builds on',
      text: 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\nFROM base\nEXPOSE 80\n',
    },
  ],
});
