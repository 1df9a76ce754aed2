import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';

const messageOf = (text: string): string | undefined =>
  lint(text, 'file:///w/Dockerfile').findings.find((f) => f.ruleId === 'non-root-user')?.message;

describe('non-root-user says "root" only of the bases known to run as root', () => {
  it('an official image that sets no user, or scratch: the container runs as root', () => {
    assert.match(messageOf('FROM node:22-alpine\nCMD ["node", "/app/server.js"]\n') ?? '', /runs as root\.$/);
    const scratch =
      'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n';
    assert.match(messageOf(scratch) ?? '', /runs as root\.$/);
  });

  it('another base may set a user of its own: the message says whose user it is', () => {
    assert.equal(
      messageOf('FROM schoolofdevops/voteapp-python:v1\nCOPY . /app\n'),
      'The final stage never sets USER, so the container runs as whatever user schoolofdevops/voteapp-python:v1 sets: root, unless that image sets a USER of its own. Set an unprivileged USER here so the Dockerfile says it.',
    );
  });
});
