import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempFolder } from '../support/temp-folder';

const CLI = path.join(__dirname, '../../dist/cli.js');

describe('lint --timing', () => {
  it('prints the time of each rule that ran, slowest first, and leaves the findings alone', () => {
    const dir = tempFolder('cntutor-timing-');
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3.20\nRUN apk add curl\nCMD app --serve\n');
    const lint = (extra: string[]) =>
      spawnSync(process.execPath, [CLI, 'lint', 'Dockerfile', '--format', 'json', ...extra], {
        cwd: dir,
        encoding: 'utf8',
      });
    const plain = lint([]);
    const timed = lint(['--timing']);
    assert.equal(timed.status, plain.status);
    assert.equal(timed.stdout, plain.stdout, 'the output is the same with or without timing');
    assert.equal(plain.stderr, '');
    const rows = timed.stderr
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => /^(\S.*?)\s+(\d+\.\d)\s+(\d+\.\d)%$/.exec(line));
    assert.ok(
      rows.every((row) => row),
      timed.stderr,
    );
    const names = rows.map((row) => row?.[1] ?? '');
    assert.ok(names.includes('exec-form-cmd'), timed.stderr);
    assert.match(names[names.length - 2] ?? '', /^all \d+ rules$/);
    assert.equal(names[names.length - 1], 'whole run');
    const times = rows.slice(0, -2).map((row) => Number(row?.[2]));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      'slowest first',
    );
  });

  it('gives the schema analysis that two rules read a row of its own, apart from either rule', () => {
    const dir = tempFolder('cntutor-timing-');
    writeFileSync(
      path.join(dir, 'app.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: web, image: nginx:1.27}]\n---\n' +
        'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n',
    );
    const timed = spawnSync(process.execPath, [CLI, 'lint', 'app.yaml', '--timing'], { cwd: dir, encoding: 'utf8' });
    const names = timed.stderr
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => /^(\S.*?)\s+\d+\.\d\s+\d+\.\d%$/.exec(line)?.[1]);
    assert.ok(names.includes('(shared) schema analysis'), timed.stderr);
    assert.ok(names.includes('unknown-custom-resource'), timed.stderr);
    const count = Number(/^all (\d+) rules/m.exec(timed.stderr)?.[1]);
    assert.ok(count > 50 && !Number.isNaN(count), timed.stderr);
  });
});
