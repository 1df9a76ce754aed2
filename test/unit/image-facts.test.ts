import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { ParsedDockerfile } from '../../server/src/engine/dockerfile/context';
import { imageFactsOf, imageForTarget, type ImageFacts } from '../../server/src/engine/dockerfile/image-facts';

const URI = 'file:///w/Dockerfile';
const facts = (text: string): ImageFacts | undefined => imageFactsOf(new ParsedDockerfile(text), URI);

/** The facts without their ranges, which the tests of a range check on their own. */
const plain = (text: string): unknown =>
  JSON.parse(
    JSON.stringify(facts(text) ?? null, (key, value: unknown) =>
      key === 'range' || key === 'from' ? undefined : value,
    ),
  );

describe('the final image of a Dockerfile', () => {
  it('reads USER as written: name or number, group, and the uid a RUN gives the name', () => {
    assert.deepEqual(plain('FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER app:app\n'), {
      uri: URI,
      base: 'alpine:3.20',
      user: { user: 'app', group: 'app', numeric: false, uid: 10001 },
      exposed: [],
    });
    assert.deepEqual(plain('FROM debian:12\nUSER 10001:10001\n'), {
      uri: URI,
      base: 'debian:12',
      user: { user: '10001', group: '10001', numeric: true },
      exposed: [],
    });
    assert.deepEqual(plain('FROM debian:12\nARG UID=10001\nUSER ${UID}\n'), {
      uri: URI,
      base: 'debian:12',
      user: { user: '${UID}', numeric: false },
      exposed: [],
    });
  });

  it('follows the final stage to the stages it builds FROM, and leaves build stages out', () => {
    const text = [
      'ARG BASE=python:3.12-slim',
      'FROM ${BASE} AS base',
      'USER app',
      'EXPOSE 8080',
      'FROM golang:1.23 AS build',
      'USER builder',
      'EXPOSE 9999',
      'HEALTHCHECK NONE',
      'FROM base',
      'EXPOSE 9090/udp 8000-8010 ${PORT}',
      '',
    ].join('\n');
    assert.deepEqual(plain(text), {
      uri: URI,
      base: 'python:3.12-slim',
      user: { user: 'app', numeric: false },
      exposed: [
        { port: 8080, protocol: 'tcp' },
        { port: 9090, protocol: 'udp' },
        { port: '8000-8010', protocol: 'tcp' },
        { port: '${PORT}', protocol: 'tcp' },
      ],
      // What `--target base` or `--target build` would make instead.
      targets: {
        base: {
          base: 'python:3.12-slim',
          user: { user: 'app', numeric: false },
          exposed: [{ port: 8080, protocol: 'tcp' }],
        },
        build: {
          base: 'golang:1.23',
          user: { user: 'builder', numeric: false },
          exposed: [{ port: 9999, protocol: 'tcp' }],
          healthcheck: { kind: 'none' },
        },
      },
    });
    const found = facts(text);
    assert.deepEqual(found?.user?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } });
    assert.equal(found?.from.start.line, 8);
  });

  it('gives the image of the stage a build stops at, by its name in any case, and none for a missing stage', () => {
    const text =
      'FROM node:22.11-alpine AS Dev\nEXPOSE 9229\nFROM dev AS prod\nUSER node\nFROM scratch AS constructor\n';
    const found = facts(text) as ImageFacts;
    assert.equal(found.stage, 'constructor');
    assert.equal(imageForTarget(found, undefined), found);
    assert.equal(imageForTarget(found, 'CONSTRUCTOR'), found);
    const prod = imageForTarget(found, 'Prod');
    assert.deepEqual(
      [prod?.uri, prod?.stage, prod?.base, prod?.user?.user, prod?.from.start.line],
      [URI, 'prod', 'node:22.11-alpine', 'node', 2],
    );
    assert.deepEqual(
      prod?.exposed.map((port) => port.port),
      [9229],
    );
    assert.equal(imageForTarget(found, 'dev')?.user, undefined);
    for (const missing of ['test', 'toString', '__proto__', 'hasOwnProperty'])
      assert.equal(imageForTarget(found, missing), undefined, missing);
    // A stage named like an Object property is a key of its own.
    const odd = facts(
      'FROM alpine:3.20 AS __proto__\nUSER 1\nFROM alpine:3.20 AS toString\nFROM scratch\n',
    ) as ImageFacts;
    assert.equal(imageForTarget(odd, '__proto__')?.user?.user, '1');
    assert.equal(imageForTarget(odd, 'tostring')?.base, 'alpine:3.20');
  });

  it('reads HEALTHCHECK as none, shell or exec, with its command', () => {
    assert.deepEqual(facts('FROM alpine:3.20\nHEALTHCHECK NONE\n')?.healthcheck?.kind, 'none');
    assert.deepEqual(
      plain(
        'FROM alpine:3.20\nHEALTHCHECK --interval=30s --timeout=3s \\\n  CMD curl -f http://localhost:8080/healthz\n',
      ),
      {
        uri: URI,
        base: 'alpine:3.20',
        exposed: [],
        healthcheck: {
          kind: 'shell',
          command: ['curl -f http://localhost:8080/healthz'],
          interval: '30s',
          timeout: '3s',
        },
      },
    );
    assert.deepEqual(facts('FROM alpine:3.20\nHEALTHCHECK CMD ["/app", "health"]\n')?.healthcheck, {
      kind: 'exec',
      command: ['/app', 'health'],
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 34 } },
    });
    // Not JSON: Docker runs it as a shell command.
    assert.equal(facts("FROM alpine:3.20\nHEALTHCHECK CMD ['/app']\n")?.healthcheck?.kind, 'shell');
  });

  it("reads the HEALTHCHECK's options and the SHELL its shell form runs through, wherever the chain sets it", () => {
    const text = [
      'FROM debian:12 AS base',
      'SHELL ["/bin/sh", "-c"]',
      'HEALTHCHECK --start-period=1m --retries=5 --start-interval=2s --interval=10s CMD pgrep app',
      'FROM base',
      'SHELL ["/bin/bash", \\',
      '  "-o", "pipefail", "-c"]',
      '',
    ].join('\n');
    assert.deepEqual((plain(text) as { healthcheck?: unknown }).healthcheck, {
      kind: 'shell',
      command: ['pgrep app'],
      startPeriod: '1m',
      retries: '5',
      interval: '10s',
      shell: ['/bin/bash', '-o', 'pipefail', '-c'],
    });
    // The builder refuses a SHELL that is no JSON array: nothing is known of how the check would run.
    assert.deepEqual(facts('FROM debian:12\nSHELL /bin/bash -c\nHEALTHCHECK CMD true\n')?.healthcheck?.shell, []);
    assert.equal(facts('FROM debian:12\nHEALTHCHECK CMD true\n')?.healthcheck?.shell, undefined);
  });

  it('knows a uid only when the image creates the name with one id', () => {
    const uid = (run: string): number | undefined => facts(`FROM debian:12\n${run}\nUSER app\n`)?.user?.uid;
    assert.equal(uid('RUN useradd -r -u 10001 -g app app'), 10001);
    assert.equal(uid('RUN useradd --uid=10002 --no-log-init app'), 10002);
    assert.equal(uid('RUN adduser --disabled-password --gecos "" --uid 10003 app'), 10003);
    assert.equal(uid('RUN useradd -lu10004 app'), 10004);
    assert.equal(uid('RUN useradd -m app'), undefined);
    assert.equal(uid('RUN useradd -u 10001 other'), undefined);
    assert.equal(uid('RUN useradd -u $UID app'), undefined);
    assert.equal(uid('RUN useradd -u 1 app && useradd -u 2 app'), undefined);
    // A build stage's users are not the final image's.
    assert.equal(
      facts('FROM debian:12 AS build\nRUN useradd -u 5 app\nFROM debian:12\nUSER app\n')?.user?.uid,
      undefined,
    );
  });

  it('has no image without a FROM, and never throws on broken files', () => {
    assert.equal(facts('RUN echo hi\n'), undefined);
    for (const text of [
      'FROM\nUSER\nEXPOSE\nHEALTHCHECK\n',
      'FROM a AS a\nFROM a\nUSER',
      'FROM "\nUSER :\n',
      '\u0000FROM x\n',
    ])
      assert.doesNotThrow(() => facts(text));
  });

  it('comes from the lint that reads the Dockerfile, when asked for', () => {
    const text = 'FROM alpine:3.20\nUSER 10001\n';
    assert.equal(lint(text, URI).image, undefined);
    assert.deepEqual(lint(text, URI, undefined, { indexObjects: true }).image, facts(text));
  });
});
