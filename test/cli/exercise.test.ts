/** `cntutor exercises` and `cntutor exercise`, through the built CLI as a learner runs them. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { EXERCISES, findExercise } from '../../server/src/exercises';
import { tempFolder } from '../support/temp-folder';

const CLI = path.join(__dirname, '../../dist/cli.js');

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cntutor exercises', () => {
  it('lists every exercise with its course topic, as JSON', () => {
    const { code, stdout } = run(['exercises', '--format', 'json'], os.tmpdir());
    assert.equal(code, 0);
    const rows = JSON.parse(stdout) as { id: string; topic: string; topicNumber: number; targets: string[] }[];
    assert.deepEqual(
      rows.map((r) => r.id),
      EXERCISES.map((e) => e.id),
    );
    assert.deepEqual(
      [...new Set(rows.map((r) => r.topicNumber))].sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    );
  });

  it('lists them in Korean as text', () => {
    const { code, stdout } = run(['exercises', '--locale', 'ko'], os.tmpdir());
    assert.equal(code, 0);
    assert.match(stdout, /주제 {2}3 {2}애플리케이션이 SIGTERM을 받게 하기/);
  });
});

describe('cntutor exercise', () => {
  it('starts an exercise, fails the check, reveals hints, and passes once fixed', () => {
    const dir = tempFolder('cntutor-exercise-');
    const exercise = findExercise('cgroup-memory-limit');
    assert.ok(exercise);
    const started = run(['exercise', 'start', exercise.id, 'work'], dir);
    assert.equal(started.code, 0, started.stderr);
    const file = path.join(dir, 'work', exercise.file);
    assert.equal(readFileSync(file, 'utf8'), exercise.start);

    const again = run(['exercise', 'start', exercise.id, 'work'], dir);
    assert.equal(again.code, 2, 'starting over an existing file needs --force');

    const failing = run(['exercise', 'check', exercise.id, 'work'], dir);
    assert.equal(failing.code, 1);
    assert.match(failing.stdout, /container-memory-limit/);

    const hint = run(['exercise', 'hint', exercise.id, '2', '--locale', 'ko'], dir);
    assert.equal(hint.code, 0);
    assert.match(hint.stdout, /^힌트 2\/3: /);
    assert.equal(run(['exercise', 'hint', exercise.id, '9'], dir).code, 2);

    writeFileSync(file, exercise.solution);
    const passing = run(['exercise', 'check', exercise.id, 'work', '--locale', 'ko'], dir);
    assert.equal(passing.code, 0, passing.stdout);
    assert.match(passing.stdout, /^통과했습니다: /);
  });

  it('suggests the id it meant and explains a missing action', () => {
    const typo = run(['exercise', 'start', 'cgroup-memory-limt'], os.tmpdir());
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /did you mean "cgroup-memory-limit"/);
    assert.equal(run(['exercise'], os.tmpdir()).code, 2);
  });
});
