/**
 * `cntutor lint` on a Compose project whose values read the variables of its `.env`: a moving tag
 * and a path they make reported as Compose reads them, the same with workers.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli as run } from '../support/run-cli';
import { tempFolder } from '../support/temp-folder';

const COMPOSE = `services:
  web:
    image: \${REGISTRY}/web:\${TAG}
    restart: unless-stopped
    env_file: \${CONFIG_DIR}/web.env
  db:
    image: postgres:\${POSTGRES_TAG:-16.4}
    restart: unless-stopped
`;

describe('cntutor lint on a Compose project with a .env', () => {
  it('reads the values its variables make', () => {
    const dir = tempFolder();
    mkdirSync(path.join(dir, 'config'));
    writeFileSync(path.join(dir, 'compose.yaml'), COMPOSE);
    writeFileSync(path.join(dir, '.env'), 'REGISTRY=ghcr.io/shop\nTAG=latest\nCONFIG_DIR=./conf\n');
    const linted = run(['lint', '.', '--no-explain'], dir);
    assert.equal(linted.code, 1, linted.stderr);
    const findings = linted.stdout.split('\n').filter((line) => line.startsWith('compose.yaml:'));
    assert.deepEqual(
      findings.map((line) => /^compose\.yaml:(\d+:\d+): (\w+) .*\[([\w-]+)\]/.exec(line)?.slice(1).join(' ')),
      ['3:12 warning compose-image-tag', '5:15 error compose-paths'],
    );
    assert.match(findings[0] ?? '', /With `REGISTRY`, `TAG` from \.env, Compose pulls "ghcr\.io\/shop\/web:latest"\./);
    assert.match(findings[1] ?? '', /The env file `\.\/conf\/web\.env` is not there/);
    const json = run(['lint', '.', '--format', 'json'], dir).stdout;
    assert.equal(run(['lint', '.', '--format', 'json', '--jobs', '2'], dir).stdout, json, 'workers read the .env too');

    writeFileSync(path.join(dir, '.env'), 'REGISTRY=ghcr.io/shop\nTAG=1.4.2\nCONFIG_DIR=./config\n');
    writeFileSync(path.join(dir, 'config/web.env'), 'LOG_LEVEL=info\n');
    const pinned = run(['lint', '.', '--no-explain'], dir);
    assert.equal(pinned.code, 0, pinned.stdout);
  });

  it('reports secrets an env file or the .env git keeps holds, pointing at their lines', () => {
    const dir = tempFolder();
    const compose =
      'services:\n  db:\n    image: postgres:16.4\n    restart: unless-stopped\n    env_file: ./db.env\n' +
      '    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n';
    writeFileSync(path.join(dir, 'compose.yaml'), compose);
    writeFileSync(path.join(dir, '.env'), 'DB_USER=shop\nDB_PASSWORD=hunter2hunter2\n');
    writeFileSync(path.join(dir, 'db.env'), 'PGADMIN_DEFAULT_PASSWORD=Adm1nPa55\n');
    type Report = { findings: { ruleId: string; range: Range; related?: { uri: string; range: Range }[] }[] }[];
    type Range = { start: { line: number } };
    const findings = (): string[] =>
      (JSON.parse(run(['lint', '.', '--format', 'json'], dir).stdout) as Report)
        .flatMap((file) => file.findings)
        .filter((finding) => finding.ruleId === 'compose-secret-in-environment')
        .map(
          (f) =>
            `${f.range.start.line} ${f.related?.map((r) => `${path.basename(r.uri)}:${r.range.start.line}`).join()}`,
        );
    assert.deepEqual(findings(), ['4 db.env:0', '6 .env:1']);
    writeFileSync(path.join(dir, '.gitignore'), '*.env\n.env\n');
    assert.deepEqual(findings(), [], 'files git leaves out are where secrets belong');
  });

  it('reads ports, and the listen settings of env files, as the .env makes them, the same with workers', () => {
    const dir = tempFolder();
    mkdirSync(path.join(dir, 'web'));
    writeFileSync(path.join(dir, 'web/Dockerfile'), 'FROM nginx:1.27.2\nEXPOSE 3000\n');
    const compose = [
      'services:',
      '  web:',
      '    build: ./web',
      '    restart: unless-stopped',
      '    env_file: web.env',
      '    ports: ["127.0.0.1:${WEB_PORT}:${WEB_PORT}", "$ADMIN_BIND:3000"]',
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'compose.yaml'), compose);
    writeFileSync(path.join(dir, '.env'), 'WEB_PORT=8080\nADMIN_BIND=9000\n');
    writeFileSync(path.join(dir, 'web.env'), 'PORT=3000\n');
    type Report = { findings: { ruleId: string; message: string }[] }[];
    const lintJson = (jobs: string): string => run(['lint', '.', '--format', 'json', '--jobs', jobs], dir).stdout;
    const json = lintJson('1');
    assert.equal(lintJson('2'), json, 'workers read the .env and the env files too');
    const found = (JSON.parse(json) as Report).flatMap((file) => file.findings).map((f) => `${f.ruleId}: ${f.message}`);
    assert.deepEqual(
      found
        .filter((line) => line.startsWith('compose-port'))
        .map((line) => line.replace(/: .*(Compose reads)/, ': $1')),
      [
        'compose-port-exposed: Compose reads "127.0.0.1:8080:8080".',
        'compose-port-all-interfaces: Compose reads "9000:3000".',
      ],
    );
    // The env file now tells the app to listen on 8080, and the .env binds the admin port.
    writeFileSync(path.join(dir, 'web.env'), 'PORT=8080\n');
    writeFileSync(path.join(dir, '.env'), 'WEB_PORT=8080\nADMIN_BIND=127.0.0.1:9000\n');
    const quiet = (JSON.parse(lintJson('1')) as Report).flatMap((file) => file.findings);
    assert.deepEqual(
      quiet.filter((f) => f.ruleId.startsWith('compose-port')),
      [],
    );
  });
});
