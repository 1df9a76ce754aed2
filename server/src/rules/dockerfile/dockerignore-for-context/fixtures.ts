import { defineFixtures } from '../../fixtures';

const absent = { dockerignore: null };

export default defineFixtures({
  fire: [
    {
      name: 'COPY . . without a .dockerignore, reported once',
      text: 'FROM node:22-alpine\nWORKDIR /app\nCOPY ⟦.⟧ .\nCOPY . /srv/\n',
      buildContext: absent,
    },
    { name: 'ADD ./ and before the first FROM', text: 'ADD ⟦./⟧ /app/\nFROM alpine:3.20\n', buildContext: absent },
    {
      name: 'a .dockerignore beside the Dockerfile, but the context is another folder',
      text: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY ⟦.⟧ .\n',
      buildContext: { dockerignore: null, strayDockerignore: true },
    },
  ],
  dontFire: [
    {
      name: 'a .dockerignore exists, even an empty one',
      text: 'FROM node:22-alpine\nCOPY . .\n',
      buildContext: { dockerignore: '' },
    },
    { name: 'nobody looked for one', text: 'FROM node:22-alpine\nCOPY . .\n' },
    {
      name: 'only named files, or another stage',
      text: 'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY app.py requirements.txt /app/\nCOPY --from=build . /out/\n',
      buildContext: absent,
    },
  ],
});
