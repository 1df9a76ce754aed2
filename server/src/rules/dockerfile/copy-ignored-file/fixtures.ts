import { defineFixtures } from '../../fixtures';

const ignore = { dockerignore: '# build output\ndist\n**/*.log\nsecrets/\n!secrets/public.pem\nconfig/*.local.yaml\n' };

export default defineFixtures({
  fire: [
    {
      name: 'an excluded folder',
      text: 'FROM nginx:1.27\nCOPY ⟦dist/⟧ /usr/share/nginx/html/\n',
      buildContext: ignore,
    },
    {
      name: 'files inside excluded paths, with ./ and ADD',
      text: 'FROM alpine:3.20\nADD ⟦./logs/app.log⟧ /tmp/\nCOPY ⟦config/dev.local.yaml⟧ ⟦dist/app.js⟧ /etc/app/\n',
      buildContext: ignore,
    },
    {
      name: 'before the first FROM, as after it',
      text: 'COPY ⟦dist⟧ /srv\nFROM alpine:3.20\n',
      buildContext: ignore,
    },
  ],
  dontFire: [
    {
      name: 'files the .dockerignore keeps or brings back',
      text: 'FROM alpine:3.20\nCOPY src/ config/app.yaml /app/\nCOPY secrets/public.pem /etc/\nCOPY secrets /etc/secrets\n',
      buildContext: ignore,
    },
    {
      name: 'the whole context, wildcards, variables and other stages',
      text: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY . .\nCOPY dist/*.js /app/\nCOPY $DIST /app/\nCOPY --from=build /dist /app/\n',
      buildContext: ignore,
    },
    { name: 'no .dockerignore known', text: 'FROM alpine:3.20\nCOPY dist/ /app/\n' },
    {
      name: 'no .dockerignore at all',
      text: 'FROM alpine:3.20\nCOPY dist/ /app/\n',
      buildContext: { dockerignore: null },
    },
  ],
});
