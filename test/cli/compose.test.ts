import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { folderWith } from '../support/temp-folder';
import { jsonFindings, runCli as run } from '../support/run-cli';
import {
  INCLUDED_PRIVILEGED_CACHE,
  INCLUDED_UNCHECKED_DB,
  INCLUDES_UNCHECKED_DB,
  WAITS_FOR_UNCHECKED_DB,
} from '../support/compose-files';

const CLI = path.join(__dirname, '../../dist/cli.js');

const COMPOSE = `version: "3.8"
services:
  web:
    image: nginx:1.27.2
    restart: unless-stopped
    ports:
      - "8080:80"
`;

describe('cntutor lint on Compose files', () => {
  it('finds them by name in a folder, reports their rules, and --fix applies the safe fix only', () => {
    const dir = folderWith({ 'docker-compose.yml': COMPOSE, 'deploy/compose.prod.yaml': COMPOSE });
    const text = run(['lint', dir], dir);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /docker-compose\.yml:1:1: warning .+\[compose-obsolete-version\] \(fixable\)/);
    assert.match(
      text.stdout,
      /docker-compose\.yml:7:9: warning .+\[compose-port-all-interfaces\] \(fixable with --fix-unsafe\)/,
    );
    assert.match(text.stdout, /2 file\(s\) checked/);
    const fixed = run(['lint', 'docker-compose.yml', '--fix'], dir);
    assert.equal(fixed.code, 1, 'the port finding stays');
    const after = readFileSync(path.join(dir, 'docker-compose.yml'), 'utf8');
    assert.equal(after, COMPOSE.replace('version: "3.8"\n', ''));
  });

  it("honours dclint's comments for the rules that stand for its checks, and no others", () => {
    const dir = folderWith({
      'compose.yaml': `services:
  web:
    image: nginx:1.27.2
    restart: unless-stopped
    ports:
      - "8080:80" # dclint disable-line no-unbound-port-interfaces
      - "8443:443"
`,
      'docker-compose.yml': `# dclint disable
version: "3.8"
services:
  web:
    image: nginx
    privileged: true
`,
    });
    const found = (file: string): string[] =>
      jsonFindings(run(['lint', file, '--format', 'json'], dir).stdout).map((f) => f.ruleId);
    assert.deepEqual(found('compose.yaml'), ['compose-port-all-interfaces'], 'only the 8443 line');
    // dclint disable silences compose-obsolete-version and compose-image-tag (dclint's checks), not compose-privileged.
    assert.deepEqual(found('docker-compose.yml'), ['compose-restart-policy', 'compose-privileged']);
  });

  it('lints a Compose file of another name with --kind compose, and standard input by --stdin-filename', () => {
    const dir = folderWith({ 'stack.yml': COMPOSE });
    const kind = run(['lint', 'stack.yml', '--kind', 'compose', '--format', 'json'], dir);
    assert.ok(
      jsonFindings(kind.stdout).some((f) => f.ruleId === 'compose-obsolete-version'),
      kind.stdout,
    );
    const plain = run(['lint', 'stack.yml'], dir);
    assert.equal(plain.code, 2, 'by its name alone it is neither a Compose file nor a manifest');
    assert.match(plain.stderr, /no file given is a Dockerfile, a Kubernetes manifest or a Compose file \(see --kind\)/);
    const piped = spawnSync(
      process.execPath,
      [CLI, 'lint', '-', '--stdin-filename', 'compose.yaml', '--format', 'json'],
      {
        input: COMPOSE,
        encoding: 'utf8',
      },
    );
    assert.ok(
      jsonFindings(piped.stdout).some((f) => f.ruleId === 'compose-port-all-interfaces'),
      piped.stdout,
    );
  });

  it('gives SARIF results with the rule and its help for a Compose finding', () => {
    const dir = folderWith({ 'compose.yaml': COMPOSE });
    const sarif = JSON.parse(run(['lint', 'compose.yaml', '--format', 'sarif'], dir).stdout) as {
      runs: {
        tool: { driver: { rules: { id: string; help?: { markdown?: string } }[] } };
        results: { ruleId: string }[];
      }[];
    };
    const [first] = sarif.runs;
    assert.ok(first?.results.some((r) => r.ruleId === 'compose-obsolete-version'));
    const rule = first?.tool.driver.rules.find((r) => r.id === 'compose-obsolete-version');
    assert.match(rule?.help?.markdown ?? '', /Compose v2/);
  });

  it('reads the Dockerfiles its services build, alone or with --jobs, and names them in related locations', () => {
    const dir = folderWith({
      'compose.yaml': `services:
  web:
    build: ./web
    restart: unless-stopped
    ports:
      - "127.0.0.1:8080:80"
    depends_on:
      api:
        condition: service_healthy
  api:
    build: { context: ., dockerfile: api.Dockerfile }
    restart: unless-stopped
`,
      'web/Dockerfile': 'FROM node:22.11-alpine\nUSER node\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
      'api.Dockerfile': 'FROM python:3.12-slim\nUSER 10001\nCMD ["python", "app.py"]\n',
    });
    const alone = run(['lint', 'compose.yaml', '--format', 'json'], dir);
    const findings = jsonFindings(alone.stdout);
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.range.start.line]),
      [
        ['compose-port-exposed', 5],
        ['compose-healthy-dependency-without-check', 8],
      ],
      alone.stdout,
    );
    assert.match(findings[0]?.message ?? '', /built from web\/Dockerfile, exposes only 3000/);
    assert.deepEqual(
      findings.map((f) => f.related?.map((r) => path.relative(dir, r.uri ?? ''))),
      [[path.join('web', 'Dockerfile')], ['api.Dockerfile']],
    );
    const both = run(['lint', '.', '--jobs', '2', '--format', 'json'], dir);
    const single = run(['lint', '.', '--jobs', '1', '--format', 'json'], dir);
    assert.equal(both.stdout, single.stdout);
    assert.ok(jsonFindings(both.stdout).some((f) => f.ruleId === 'compose-port-exposed'));
  });

  it('judges a base file with the override beside it, and the override with its base', () => {
    const dir = folderWith({
      'compose.yaml': WAITS_FOR_UNCHECKED_DB,
      'compose.override.yaml':
        'services:\n  db:\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n  web:\n    depends_on: [cache]\n',
    });
    const alone = run(['lint', 'compose.yaml', '--format', 'json'], dir);
    assert.deepEqual(jsonFindings(alone.stdout), [], 'the override gives db its healthcheck');
    const override = jsonFindings(run(['lint', 'compose.override.yaml', '--format', 'json'], dir).stdout);
    assert.deepEqual(
      override.map((f) => [f.ruleId, f.range.start.line]),
      [['compose-unknown-service', 5]],
    );
    assert.match(override[0]?.message ?? '', /neither this file nor compose\.yaml, read with it, defines/);
    const both = run(['lint', '.', '--jobs', '2', '--format', 'json'], dir);
    assert.equal(both.stdout, run(['lint', '.', '--jobs', '1', '--format', 'json'], dir).stdout);
  });

  it('judges a file with the services its include: brings in and the services extends names in other files', () => {
    const dir = folderWith(INCLUDING_PROJECT);
    const findings = jsonFindings(run(['lint', 'compose.yaml', '--format', 'json'], dir).stdout);
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.range.start.line, f.related?.map((r) => r.uri && path.basename(r.uri))]),
      [
        ['compose-healthy-dependency-without-check', 9, ['compose.yaml']],
        ['compose-unknown-service', 10, undefined],
        ['compose-unknown-service', 13, undefined],
      ],
    );
    assert.match(findings[0]?.related?.[0]?.uri ?? '', /db[\\/]compose\.yaml$/);
    assert.match(
      findings[1]?.message ?? '',
      /neither this file nor db\/compose\.yaml, infra\/cache\.yml, read with it/,
    );
    assert.match(findings[2]?.message ?? '', /extends "jobs" from common\.yml, which does not define it/);
    // The included file of no Compose name is linted as a Compose file, named alone or in the folder's walk.
    const cache = jsonFindings(run(['lint', 'infra/cache.yml', '--format', 'json'], dir).stdout);
    assert.deepEqual(
      cache.map((f) => f.ruleId),
      ['compose-privileged'],
    );
    const walked = run(['lint', '.', '--jobs', '2', '--format', 'json'], dir);
    assert.equal(walked.stdout, run(['lint', '.', '--jobs', '1', '--format', 'json'], dir).stdout);
    assert.match(walked.stdout, /compose-privileged/);
    // With db given its healthcheck in the included file, the finding goes.
    writeFileSync(
      path.join(dir, 'db/compose.yaml'),
      `${INCLUDED_UNCHECKED_DB}    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n`,
    );
    const after = jsonFindings(run(['lint', 'compose.yaml', '--format', 'json'], dir).stdout);
    assert.deepEqual(
      after.map((f) => f.ruleId),
      ['compose-unknown-service', 'compose-unknown-service'],
    );
  });

  /** The checks of a project whose later file gives db its healthcheck and names an unknown queue. */
  const assertJudgedTogether = (dir: string): void => {
    const base = jsonFindings(run(['lint', 'docker-compose.yml', '--format', 'json'], dir).stdout);
    assert.deepEqual(base, [], 'the later file gives db its healthcheck');
    const later = jsonFindings(run(['lint', 'deploy/checks.yml', '--format', 'json'], dir).stdout);
    assert.deepEqual(
      later.map((f) => [f.ruleId, f.range.start.line]),
      [['compose-unknown-service', 5]],
    );
    assert.match(later[0]?.message ?? '', /neither this file nor \.\.\/docker-compose\.yml, read with it, defines/);
    const walked = run(['lint', '.', '--jobs', '2', '--format', 'json'], dir);
    assert.equal(walked.stdout, run(['lint', '.', '--jobs', '1', '--format', 'json'], dir).stdout);
    assert.match(
      walked.stdout,
      /"file": "deploy\/checks\.yml",\s+"findings": \[\s+\{\s+"ruleId": "compose-unknown-service"/,
    );
  };
  const aloneFindings = (dir: string, ...args: string[]): string[] =>
    jsonFindings(run(['lint', 'docker-compose.yml', '--format', 'json', ...args], dir).stdout).map((f) => f.ruleId);
  const CHECKS =
    'services:\n  db:\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n  web:\n    depends_on: [queue]\n';

  it('reads the files the folder’s .env lists in COMPOSE_FILE as one project, in their order', () => {
    const dir = folderWith({
      '.env': '# docker compose reads these\nCOMPOSE_FILE=docker-compose.yml:deploy/checks.yml\nPOSTGRES_PASSWORD=x\n',
      'docker-compose.yml': WAITS_FOR_UNCHECKED_DB,
      'deploy/checks.yml': CHECKS,
    });
    assertJudgedTogether(dir);
    // Without the list, Compose reads docker-compose.yml alone: db has no healthcheck.
    writeFileSync(path.join(dir, '.env'), 'POSTGRES_PASSWORD=x\n');
    assert.deepEqual(aloneFindings(dir), ['compose-healthy-dependency-without-check']);
  });

  it('reads the projects composeProjects lists in the configuration, in place of the .env list', () => {
    const dir = folderWith({
      '.cntutor.yaml': 'composeProjects:\n  - [docker-compose.yml, deploy/checks.yml]\n',
      '.env': 'COMPOSE_FILE=docker-compose.yml\n',
      'docker-compose.yml': WAITS_FOR_UNCHECKED_DB,
      'deploy/checks.yml': CHECKS,
    });
    assertJudgedTogether(dir);
    // A configuration given by --config, of any name, states its lists too.
    writeFileSync(path.join(dir, 'ci.yaml'), readFileSync(path.join(dir, '.cntutor.yaml'), 'utf8'));
    writeFileSync(path.join(dir, '.cntutor.yaml'), 'failOn: warning\n');
    assert.deepEqual(aloneFindings(dir), ['compose-healthy-dependency-without-check']);
    assert.deepEqual(aloneFindings(dir, '--config', 'ci.yaml'), []);
    writeFileSync(path.join(dir, 'ci.yaml'), 'composeProjects: [docker-compose.yml]\n');
    const wrong = run(['lint', 'docker-compose.yml', '--config', 'ci.yaml'], dir);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /composeProjects: each project must list its Compose files/);
  });
});

const INCLUDING_PROJECT = {
  'compose.yaml': `${INCLUDES_UNCHECKED_DB.replace(
    'service_healthy\n',
    'service_healthy\n      queue:\n        condition: service_started\n',
  )}  worker:\n    extends: { file: common.yml, service: jobs }\n`,
  'db/compose.yaml': INCLUDED_UNCHECKED_DB,
  'infra/cache.yml': INCLUDED_PRIVILEGED_CACHE,
  'common.yml':
    'services:\n  worker:\n    image: registry.example.com/shop/worker:1.4.2\n    restart: unless-stopped\n',
};
