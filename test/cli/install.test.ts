import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { folderWith, tempFolder } from '../support/temp-folder';
import { describe, it } from 'node:test';

const ROOT = path.join(__dirname, '../..');

/** Sends one LSP request over stdio and resolves with the first response. */
function initialize(command: string): Promise<{ serverInfo?: { name: string } }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, ['--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('no answer to initialize'));
    }, 20000);
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const body = /\r\n\r\n(\{.*\})/s.exec(buffer)?.[1];
      if (!body) return;
      try {
        const message = JSON.parse(body) as { result: { serverInfo?: { name: string } } };
        clearTimeout(timer);
        child.kill();
        resolve(message.result);
      } catch {
        // The body has not fully arrived yet.
      }
    });
    const request = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { processId: null, rootUri: null, capabilities: {} },
    });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(request)}\r\n\r\n${request}`);
  });
}

describe('installed outside the clone', () => {
  it('npm pack and a global install give cntutor and cntutor-language-server on the PATH, offline', async () => {
    const work = tempFolder('cntutor-install-');
    // The bundles were built by the test command already; packing again must not rebuild them.
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    assert.ok(tarball);
    const prefix = path.join(work, 'prefix');
    const install = spawnSync(
      'npm',
      ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', path.join(work, tarball)],
      { cwd: work, encoding: 'utf8' },
    );
    assert.equal(install.status, 0, install.stderr);
    const project = folderWith(
      {
        Dockerfile: 'FROM alpine:3.20\nUSER 10001\nCMD app --serve\n',
        // Manifests need the schemas and validators shipped beside the bundles (dist/kubernetes).
        'legacy.yaml':
          'apiVersion: extensions/v1beta1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  template:\n    spec:\n      containers:\n        - name: agent\n          image: agent:1.0\n          imagePullPolcy: Always\n',
        'web.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  poarts: []\n',
      },
      'cntutor-project-',
    );
    const lint = spawnSync(path.join(prefix, 'bin', 'cntutor'), ['lint', '.', '--no-explain'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    assert.equal(lint.status, 1, lint.stderr);
    assert.match(lint.stdout, /Dockerfile:3:5: warning .+\[exec-form-cmd\]/);
    assert.match(lint.stdout, /web\.yaml:6:3: error .+poarts.+\[kubernetes-schema\]/);
    assert.match(lint.stdout, /legacy\.yaml:11:11: error .+imagePullPolcy.+\[kubernetes-schema\]/);
    const explained = spawnSync(path.join(prefix, 'bin', 'cntutor'), ['explain', 'least-privilege'], {
      encoding: 'utf8',
    });
    assert.match(explained.stdout, /^# Least privilege/);
    const result = await initialize(path.join(prefix, 'bin', 'cntutor-language-server'));
    assert.equal(result.serverInfo?.name, 'cntutor-language-server');
  });
});
