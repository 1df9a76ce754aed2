import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { SERVER, TestClient } from '../lsp/client';
import { tempFolder } from '../support/temp-folder';

/**
 * No network: the CLI and the language server run with a preload that turns every socket
 * connect, DNS lookup, HTTP(S), TLS, HTTP/2, UDP, fetch and WebSocket call into a recorded,
 * loud failure. They are put through lint (every format and --fix), rules, concepts, hover and
 * code actions, and the record must show the trap loaded and nothing trying to connect.
 */
const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const PRELOAD = path.join(__dirname, 'no-network.cjs');

const DOCKERFILE = 'FROM node:latest\nRUN apt-get update && apt-get install -y curl\nCMD node server.js\n';
const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:latest
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: custom
spec:
  size: 3
`;

let work: string;
let logFile: string;

function networkLog(): { loaded: number; attempts: string[] } {
  const lines = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').filter(Boolean) : [];
  return {
    loaded: lines.filter((l) => l.startsWith('loaded ')).length,
    attempts: lines.filter((l) => l.startsWith('attempt ')),
  };
}

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--require', PRELOAD, CLI, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, CNTUTOR_NETWORK_LOG: logFile, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('no network', () => {
  before(() => {
    assert.ok(existsSync(CLI) && existsSync(SERVER), 'dist/ is missing: run npm run build first');
    work = tempFolder('cntutor-offline-');
    logFile = path.join(work, 'network.log');
    writeFileSync(path.join(work, 'Dockerfile'), DOCKERFILE);
    writeFileSync(path.join(work, 'deploy.yaml'), MANIFEST);
    const examples = path.join(ROOT, 'examples');
    if (existsSync(examples)) cpSync(examples, path.join(work, 'examples'), { recursive: true });
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('the trap catches a connection attempt (so its silence below means something)', () => {
    const probe = spawnSync(
      process.execPath,
      ['--require', PRELOAD, '-e', "require('node:https').get('https://example.com/').on('error', () => {})"],
      { env: { ...process.env, CNTUTOR_NETWORK_LOG: logFile }, encoding: 'utf8', timeout: 30_000 },
    );
    assert.notEqual(probe.status, 0, 'the trap did not throw');
    assert.match(probe.stderr, /network access attempted: https\.get/);
    assert.equal(networkLog().attempts.length, 1);
    rmSync(logFile);
  });

  it('the CLI lints, fixes and explains without opening a connection', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const run = runCli(['lint', '.', '--format', format]);
      assert.equal(run.status, 1, `lint --format ${format}: ${run.stderr}`);
      assert.ok(run.stdout.length > 0);
    }
    assert.equal(runCli(['lint', '.', '--fix']).status, 1);
    assert.equal(runCli(['rules', '--format', 'json']).status, 0);
    const rules = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { concept?: string }[];
    const concept = rules.find((r) => r.concept)?.concept ?? 'immutable-images';
    assert.equal(runCli(['concept', concept]).status, 0);
    const log = networkLog();
    assert.ok(log.loaded >= 6, `the trap was not loaded into every CLI run (${log.loaded})`);
    assert.deepEqual(log.attempts, []);
  });

  it('the language server answers diagnostics, hover and code actions without opening a connection', async () => {
    rmSync(logFile, { force: true });
    const previous = process.env.CNTUTOR_SERVER_NODE_ARGS;
    process.env.CNTUTOR_SERVER_NODE_ARGS = `--require ${PRELOAD}`;
    process.env.CNTUTOR_NETWORK_LOG = logFile;
    const client = new TestClient();
    process.env.CNTUTOR_SERVER_NODE_ARGS = previous;
    try {
      const folder = pathToFileURL(work).href;
      await client.request('initialize', {
        processId: process.pid,
        rootUri: folder,
        workspaceFolders: [{ uri: folder, name: 'offline' }],
        capabilities: {
          workspace: {
            configuration: true,
            workspaceFolders: true,
            didChangeWatchedFiles: { dynamicRegistration: true },
          },
          textDocument: { hover: {}, codeAction: {}, publishDiagnostics: {} },
        },
      });
      await client.connection.sendNotification('initialized', {});
      for (const [name, languageId, text] of [
        ['Dockerfile', 'dockerfile', DOCKERFILE],
        ['deploy.yaml', 'yaml', MANIFEST],
        // Over the server's threshold for linting in slices between other requests.
        ['big.yaml', 'yaml', Array(250).fill(MANIFEST).join('---\n')],
      ] as const) {
        const uri = `${folder}/${name}`;
        await client.open(uri, languageId, text);
        const { diagnostics } = await client.diagnostics(uri, 1, 30_000);
        assert.ok(diagnostics.length > 0, `no diagnostics for ${name}`);
        for (const diagnostic of diagnostics.slice(0, 4) as Diagnostic[]) {
          const hover = await client.request<Hover | null>('textDocument/hover', {
            textDocument: { uri },
            position: diagnostic.range.start,
          });
          assert.ok(hover, `no hover for ${String(diagnostic.code)}`);
          await client.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] },
          });
        }
        const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: ['source.fixAll.cntutor'] },
        });
        assert.ok(Array.isArray(fixAll));
      }
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      assert.equal(client.exited, false, client.stderr);
    } finally {
      await client.stop();
      delete process.env.CNTUTOR_NETWORK_LOG;
    }
    const log = networkLog();
    assert.ok(log.loaded >= 1, 'the trap was not loaded into the server');
    assert.deepEqual(log.attempts, [], `the server tried to connect; stderr: ${client.stderr}`);
  });
});
