import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'shell-form CMD', text: 'FROM node:22-alpine\nCMD ⟦node server.js⟧\n' },
    { name: 'shell-form ENTRYPOINT', text: 'FROM alpine:3.20\nENTRYPOINT ⟦/usr/bin/app --serve⟧\n' },
    { name: 'shell pipeline', text: 'FROM alpine:3.20\nCMD ⟦echo start && exec app⟧\n' },
  ],
  dontFire: [
    { name: 'exec form', text: 'FROM node:22-alpine\nCMD ["node", "server.js"]\n' },
    { name: 'exec ENTRYPOINT with CMD args', text: 'FROM alpine:3.20\nENTRYPOINT ["app"]\nCMD ["--help"]\n' },
    { name: 'no command at all', text: 'FROM alpine:3.20\nRUN echo hi\n' },
  ],
  fix: [
    {
      name: 'plain command becomes a JSON array',
      text: 'FROM node:22-alpine\nCMD node server.js --port 8080\n',
      output: 'FROM node:22-alpine\nCMD ["node", "server.js", "--port", "8080"]\n',
    },
    {
      name: 'shell syntax is left for a person to decide',
      text: 'FROM alpine:3.20\nCMD echo $HOME && app\n',
      output: 'FROM alpine:3.20\nCMD echo $HOME && app\n',
    },
  ],
});
