import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'capitalised', text: 'FROM golang:1.23 AS ⟦Builder⟧\nFROM alpine:3.20\n' },
    { name: 'all caps, lower-case as', text: 'FROM node:22-alpine as ⟦DEPS⟧\nFROM node:22-alpine AS ⟦RunTime⟧\n' },
  ],
  dontFire: [
    { name: 'lowercase names', text: 'FROM golang:1.23 AS build-env\nFROM alpine:3.20 AS final\n' },
    { name: 'no names', text: 'FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=0 /a /a\n' },
    { name: 'uppercase in an image name is not a stage name', text: 'FROM Example/App:1.0\n' },
  ],
  fix: [
    {
      name: 'renames the stage and its references',
      text: 'FROM golang:1.23 AS Builder\nRUN go build -o /app .\nFROM Builder AS test\nFROM alpine:3.20\nCOPY --from=BUILDER /app /app\nCOPY --from=test /x /x\n',
      output:
        'FROM golang:1.23 AS builder\nRUN go build -o /app .\nFROM builder AS test\nFROM alpine:3.20\nCOPY --from=builder /app /app\nCOPY --from=test /x /x\n',
    },
  ],
});
