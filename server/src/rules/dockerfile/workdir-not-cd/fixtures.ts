import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'cd then build', text: 'FROM node:22-alpine\nCOPY . /app\nRUN ⟦cd /app⟧ && npm ci\n' },
    {
      name: 'only the first cd of a RUN',
      text: 'FROM golang:1.23\nRUN ⟦cd /src⟧ && go build ./... && cd /tmp && rm -rf /src\n',
    },
    {
      name: 'cd on a continuation line',
      text: 'FROM debian:12\nRUN curl -fsSLO https://example.com/x.tar.gz \\\n && ⟦cd /usr/src/x⟧ \\\n && make\n',
    },
  ],
  dontFire: [
    { name: 'WORKDIR', text: 'FROM node:22-alpine\nWORKDIR /app\nRUN npm ci\n' },
    { name: 'cd inside a string', text: 'FROM alpine:3.20\nRUN echo "cd /app" > /notes\n' },
    { name: 'a command called cdrecord', text: 'FROM debian:12\nRUN cdrecord --version\n' },
    {
      name: 'directory only known while the RUN executes',
      text: 'FROM debian:12\nRUN tmp="$(mktemp -d)" && cd "$tmp" && make && cd - && rm -rf "$tmp"\n',
    },
    { name: 'heredoc RUN', text: 'FROM alpine:3.20\nRUN <<EOF\ncd /tmp\nEOF\n' },
  ],
});
