/**
 * `cntutor lint` on a Compose project: the paths its files name looked up on disk, from the
 * project's folder, the same with workers, and a typo renamed only when asked for unsafe fixes.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli as run } from '../support/run-cli';
import { tempFolder } from '../support/temp-folder';

const COMPOSE = `include:
  - infra/db.yaml
services:
  web:
    build: ./web
    restart: unless-stopped
    env_file: ./web.evn
    volumes:
      - ./nginx.conf:/etc/nginx/nginx.conf:ro
      - ./data:/data
`;
const DB = `services:
  db:
    image: postgres:16.4
    restart: unless-stopped
    secrets: [db-password]
secrets:
  db-password:
    file: ./secrets/db-password.txt
`;

function project(): string {
  const dir = tempFolder();
  for (const folder of ['web', 'infra/secrets']) mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(path.join(dir, 'compose.yaml'), COMPOSE);
  writeFileSync(path.join(dir, 'infra/db.yaml'), DB);
  // Docker's builder takes a lowercase `dockerfile` when there is no `Dockerfile`.
  writeFileSync(path.join(dir, 'web/dockerfile'), 'FROM nginx:1.27\nUSER nginx\n');
  writeFileSync(path.join(dir, 'web.env'), 'LOG_LEVEL=info\n');
  writeFileSync(path.join(dir, 'infra/secrets/db-password.txt'), 'example\n');
  return dir;
}

describe('cntutor lint on a Compose project’s paths', () => {
  it('reports what is not there, each file’s paths from its own folder', () => {
    const dir = project();
    const linted = run(['lint', '.', '--no-explain'], dir);
    assert.equal(linted.code, 1, linted.stderr);
    const lines = linted.stdout
      .split('\n')
      .filter((line) => line.includes('[compose-paths]'))
      .map((line) => /^(\S+:\d+:\d+): (\w+) /.exec(line)?.slice(1).join(' '));
    assert.deepEqual(lines, ['compose.yaml:7:15 error', 'compose.yaml:9:9 warning']);
    assert.match(linted.stdout, /The env file `\.\/web\.evn` is not there.* Did you mean `\.\/web\.env`\?/);
    assert.match(linted.stdout, /Docker creates an empty folder named `nginx\.conf`/);
    // The included file's secret is beside it (infra/secrets), not beside compose.yaml.
    writeFileSync(path.join(dir, 'infra/db.yaml'), DB.replace('./secrets/', './secret/'));
    const moved = run(['lint', '.', '--no-explain', '--format', 'json'], dir);
    const report = JSON.parse(moved.stdout) as { file: string; findings: { ruleId: string }[] }[];
    const db = report.find((file) => file.file.endsWith('db.yaml'));
    assert.deepEqual(
      db?.findings.filter((finding) => finding.ruleId === 'compose-paths').length,
      1,
      'the secret file named from the wrong folder',
    );
    const jobs = run(['lint', '.', '--no-explain', '--format', 'json', '--jobs', '2'], dir);
    assert.equal(jobs.stdout, moved.stdout);
  });

  it('renames a typo only with the unsafe fixes', () => {
    const dir = project();
    run(['lint', '.', '--fix'], dir);
    assert.match(readFileSync(path.join(dir, 'compose.yaml'), 'utf8'), /env_file: \.\/web\.evn/);
    run(['lint', '.', '--fix-unsafe'], dir);
    assert.match(readFileSync(path.join(dir, 'compose.yaml'), 'utf8'), /env_file: \.\/web\.env/);
  });
});
