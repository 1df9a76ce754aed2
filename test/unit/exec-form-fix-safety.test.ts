import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';

/** The safety of each exec-form-cmd fix of a Dockerfile, by instruction line. */
function safetyByLine(text: string): Record<number, string | undefined> {
  const result: Record<number, string | undefined> = {};
  for (const finding of lint(text, 'file:///w/Dockerfile').findings) {
    if (finding.ruleId === 'exec-form-cmd') result[finding.range.start.line] = finding.fix?.safety;
  }
  return result;
}

describe('exec-form-cmd applies on save only the rewrites that run the same command', () => {
  it('a shell-form CMD becomes the same words without the shell: safe', () => {
    assert.deepEqual(safetyByLine('FROM openjdk:8\nCMD java -jar app.jar\n'), { 1: 'safe' });
  });

  it('a shell-form ENTRYPOINT would start taking CMD and the run’s arguments: unsafe', () => {
    // `ENTRYPOINT java -jar /app.jar` ignores `CMD ["--debug"]`; `["java", "-jar", "/app.jar"]` appends it.
    const text = 'FROM openjdk:8\nADD target/app.jar app.jar\nENTRYPOINT java -jar /app.jar\nCMD ["--debug"]\n';
    assert.deepEqual(safetyByLine(text), { 2: 'unsafe' });
  });

  it('a shell-form CMD under an ENTRYPOINT of the Dockerfile would hand it other arguments: unsafe', () => {
    // The ENTRYPOINT gets `/bin/sh -c "node server.js"` today and `node server.js` after the rewrite.
    const text =
      'FROM node:22\nENTRYPOINT ["/entrypoint.sh"]\nCMD node server.js\nFROM node:22 AS other\nCMD node other.js\n';
    assert.deepEqual(safetyByLine(text), { 2: 'unsafe', 4: 'safe' });
    const inherited = 'FROM node:22 AS base\nENTRYPOINT ["/entrypoint.sh"]\nFROM base\nCMD node server.js\n';
    assert.deepEqual(safetyByLine(inherited), { 3: 'unsafe' });
    // A shell-form ENTRYPOINT ignores CMD: rewriting CMD changes nothing the container does.
    const ignored = 'FROM alpine:3.20\nCMD app --serve\nENTRYPOINT app --serve\n';
    assert.deepEqual(safetyByLine(ignored), { 1: 'safe', 2: 'unsafe' });
  });
});
