import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'lowercase among uppercase',
      text: 'FROM alpine:3.20\n⟦run⟧ apk add --no-cache curl\nCOPY . /app\nCMD ["/app/run"]\n',
    },
    { name: 'mixed-case keyword', text: 'FROM alpine:3.20\n⟦Copy⟧ . /app\n' },
    {
      name: 'uppercase among lowercase',
      text: 'from alpine:3.20\nrun apk add curl\n⟦COPY⟧ . /app\ncmd ["/app/run"]\n',
    },
    { name: 'as in another case than FROM', text: 'FROM golang:1.23 ⟦as⟧ build\nFROM alpine:3.20 AS final\n' },
    {
      // akshitritwik/docker: only the FROM is out of step; its lowercase `as` already fits the file.
      name: 'an uppercase FROM in a lowercase file, with as',
      text: '⟦FROM⟧ node:alpine as builder\nworkdir /app\nrun npm ci\nfrom nginx\ncopy --from=builder /app /srv\n',
    },
    {
      name: 'an uppercase FROM and AS in a lowercase file',
      text: '⟦FROM⟧ node:alpine ⟦AS⟧ builder\nworkdir /app\nrun npm ci\nfrom nginx\n',
    },
  ],
  dontFire: [
    {
      name: 'all uppercase',
      text: 'FROM golang:1.23 AS build\nRUN go build ./...\nFROM alpine:3.20\nCOPY --from=build /a /a\n',
    },
    {
      name: 'all lowercase',
      text: 'from golang:1.23 as build\nrun go build ./...\nfrom alpine:3.20\ncopy --from=build /a /a\n',
    },
    { name: 'words inside arguments', text: 'FROM alpine:3.20\nRUN echo From Run Copy\nLABEL note="Copy"\n' },
  ],
  fix: [
    {
      name: 'an uppercase FROM in a lowercase file keeps its lowercase as',
      text: 'FROM node:alpine as builder\nworkdir /app\nrun npm ci\nfrom nginx\nCOPY --from=builder /app /srv\n',
      output: 'from node:alpine as builder\nworkdir /app\nrun npm ci\nfrom nginx\ncopy --from=builder /app /srv\n',
    },
    {
      name: 'follows the majority',
      text: 'FROM alpine:3.20 as base\nRun apk add curl\nworkdir /app\nCOPY . .\n',
      output: 'FROM alpine:3.20 AS base\nRUN apk add curl\nWORKDIR /app\nCOPY . .\n',
    },
    {
      name: 'lowercase file',
      text: 'from alpine:3.20 AS base\nrun apk add curl\nCMD ["sh"]\n',
      output: 'from alpine:3.20 as base\nrun apk add curl\ncmd ["sh"]\n',
    },
  ],
});
