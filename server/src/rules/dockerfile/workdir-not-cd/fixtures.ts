import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'after astral characters on a continuation line (UTF-16 columns)',
      text: 'FROM debian:12\nRUN echo "🐳 é" \\\n && echo 𐀀 && ⟦cd /usr/src/앱⟧ \\\n && make\n',
    },
    { name: 'cd then build', text: 'FROM node:22-alpine\nCOPY . /app\nRUN ⟦cd /app⟧ && npm ci\n' },
    {
      name: 'a directory an earlier instruction made',
      text: 'FROM golang:1.23\nCOPY . /src\nRUN ⟦cd /src⟧ && go build -o /app ./... && go vet ./...\n',
    },
    {
      name: 'cd on a continuation line',
      text: 'FROM debian:12\nRUN curl -fsSLO https://example.com/x.tar.gz \\\n && ⟦cd /usr/src/x⟧ \\\n && make\n',
    },
    { name: 'heredoc script', text: 'FROM alpine:3.20\nRUN <<EOF\n⟦cd /app⟧\nmake\nEOF\n' },
    { name: 'ONBUILD RUN', text: 'FROM node:22\nONBUILD RUN ⟦cd /app⟧ && npm ci\n' },
    { name: 'before the first FROM', text: 'RUN ⟦cd /app⟧ && make\n' },
  ],
  dontFire: [
    { name: 'WORKDIR', text: 'FROM node:22-alpine\nWORKDIR /app\nRUN npm ci\n' },
    { name: 'cd inside a string', text: 'FROM alpine:3.20\nRUN echo "cd /app" > /notes\n' },
    { name: 'a command called cdrecord', text: 'FROM debian:12\nRUN cdrecord --version\n' },
    {
      name: 'directory only known while the RUN executes',
      text: 'FROM debian:12\nRUN tmp="$(mktemp -d)" && cd "$tmp" && make && cd - && rm -rf "$tmp"\n',
    },
    {
      name: 'a glob, right after tar unpacked it',
      text: 'FROM alpine:3.20\nRUN wget -q https://x/luarocks.tar.gz -O /tmp/l.tgz && tar -xzf /tmp/l.tgz -C /tmp && cd /tmp/luarocks* && make\n',
    },
    {
      name: 'a directory made earlier in the same RUN',
      text: 'FROM debian:12\nRUN mkdir -p /usr/src/php && tar -xf php.tar.xz -C /usr/src/php && cd /usr/src/php && ./configure\n',
    },
    {
      name: 'a directory unpacked under an earlier destination',
      text: 'FROM debian:12\nRUN tar -xzf /tmp/x.tgz -C /usr/src && cd /usr/src/x-1.2 && make\n',
    },
    {
      name: 'a scratch directory the RUN leaves again',
      text: 'FROM php:8.3\nRUN docker-php-source extract; cd /usr/src/php; make; cd /; docker-php-source delete\n',
    },
    {
      name: 'a directory the RUN removes',
      text: 'FROM golang:1.23\nRUN cd /src && go build -o /app . && rm -rf /src\n',
    },
    {
      name: 'a later cd back to / is not the first cd',
      text: 'FROM python:3.12\nRUN mkdir -p /usr/src/python && tar -xf py.tgz -C /usr/src/python && cd /usr/src/python && make && cd / && rm -rf /usr/src/python\n',
    },
    {
      name: 'a relative directory a clone created',
      text: 'FROM golang:1.23\nRUN git clone https://github.com/x/y.git && cd y && go build ./...\n',
    },
  ],
  fix: [
    {
      name: 'moves the cd to a WORKDIR and restores the directory in effect',
      text: 'FROM node:22\nWORKDIR /srv\nCOPY . /app\nRUN cd /app \\\n && npm ci\nCMD ["node", "server.js"]\n',
      output:
        'FROM node:22\nWORKDIR /srv\nCOPY . /app\nWORKDIR /app\nRUN npm ci\nWORKDIR /srv\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'no restore when a WORKDIR follows anyway',
      text: 'FROM golang:1.23 AS build\nCOPY . /src\nRUN cd /src; go build -o /out/app .\nWORKDIR /\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n',
      output:
        'FROM golang:1.23 AS build\nCOPY . /src\nWORKDIR /src\nRUN go build -o /out/app .\nWORKDIR /\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n',
    },
    {
      name: 'no restore at the end of a build stage nothing builds on',
      text: 'FROM golang:1.23 AS build\nRUN cd /src && go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n',
      output:
        'FROM golang:1.23 AS build\nWORKDIR /src\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n',
    },
    {
      name: 'not when the directory to return to is unknown',
      text: 'FROM node:22\nRUN cd /app && npm ci\nCMD ["node", "server.js"]\n',
      output: 'FROM node:22\nRUN cd /app && npm ci\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'not when the cd is not first, or the RUN returns with $OLDPWD',
      text: 'FROM debian:12 AS build\nRUN make && cd /out && tar -cf /x.tar .\nRUN cd /src && make && ls "$OLDPWD"\nFROM scratch\nCOPY --from=build /x.tar /\n',
      output:
        'FROM debian:12 AS build\nRUN make && cd /out && tar -cf /x.tar .\nRUN cd /src && make && ls "$OLDPWD"\nFROM scratch\nCOPY --from=build /x.tar /\n',
    },
  ],
});
