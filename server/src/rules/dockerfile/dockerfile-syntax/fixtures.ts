import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'empty file', text: '⟦⟧' },
    { name: 'only comments', text: '⟦⟧# build me\n' },
    { name: 'instruction before FROM', text: '⟦RUN⟧ apk add curl\nFROM alpine:3.20\n' },
    { name: 'misspelt FROM', text: '⟦FORM⟧ alpine:3.20\n' },
    { name: 'unknown instruction later', text: 'FROM alpine:3.20\n⟦COPPY⟧ . /app\n' },
    { name: 'FROM without an image', text: '⟦FROM⟧\n' },
    { name: 'COPY with one argument', text: 'FROM alpine:3.20\nCOPY ⟦app⟧\n' },
    { name: 'unknown flag', text: 'FROM alpine:3.20\nCOPY ⟦--chmown⟧=app . /app\n' },
    {
      name: 'duplicate stage names, case-insensitively',
      text: 'FROM golang:1.23 AS ⟦build⟧\nFROM node:22-alpine AS ⟦Build⟧\n',
    },
    { name: 'reserved stage name', text: 'FROM alpine:3.20 AS ⟦scratch⟧\n' },
    { name: 'unterminated here-document', text: 'FROM alpine:3.20\nRUN <<⟦EOF⟧\napk add curl\necho done\n' },
    {
      name: 'invalid stage name, long enough to make a backtracking pattern explode',
      text: `FROM node:20.11 AS ⟦${'build-the-frontend-'.repeat(3)}stage!⟧\nRUN npm ci\n`,
    },
    { name: 'unterminated quote in RUN', text: 'FROM alpine:3.20\nRUN echo ⟦"hello⟧\n' },
    {
      name: 'dangling && on the last line of a RUN',
      text: 'FROM alpine:3.20\nRUN apk add curl \\\n    ⟦&&⟧\n',
    },
    { name: 'exec form in single quotes', text: "FROM node:22-alpine\nCMD ⟦['node', 'server.js']⟧\n" },
    { name: 'unclosed exec form', text: 'FROM node:22-alpine\nENTRYPOINT ⟦["node", "server.js"⟧\n' },
    { name: 'unterminated quote in ENV', text: 'FROM alpine:3.20\nENV GREETING=⟦"hi⟧\n' },
  ],
  dontFire: [
    { name: 'ARG before FROM', text: '# syntax=docker/dockerfile:1\nARG VERSION=3.20\nFROM alpine:${VERSION}\n' },
    {
      name: 'a realistic multi-stage file',
      text: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY --link go.* ./\nRUN --mount=type=cache,target=/root/.cache/go-build go build -o /app .\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /app /app\nUSER 65532\nENTRYPOINT ["/app"]\n',
    },
    {
      name: 'heredoc RUN',
      text: 'FROM alpine:3.20\nRUN <<EOF\nset -e\napk add curl\nEOF\n',
    },
    {
      name: 'comment lines inside a continued RUN',
      text: 'FROM debian:12\nRUN apt-get update \\\n    # tools for the build\n    && apt-get install -y make\n',
    },
    {
      name: 'bash syntax under a bash SHELL',
      text: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN [[ -d /tmp ]] && echo ok\n',
    },
    {
      name: 'PowerShell is not parsed as sh',
      text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Write-Host "a" ; if ($x) { echo "b }\n',
    },
    {
      name: "style issues are other rules' business",
      text: 'from alpine:3.20\nMAINTAINER me\nWORKDIR app\nCMD a\nCMD b\n',
    },
    { name: 'ADD --unpack is a newer flag', text: 'FROM alpine:3.20\nADD --unpack=true app.tar /opt/\n' },
  ],
});
