import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { TestClient } from './client';
import { tempFolder } from '../support/temp-folder';

describe('the build context of an open Dockerfile', () => {
  it('follows the .dockerignore and the hadolint configuration of the workspace as they change', async () => {
    const workspace = tempFolder('cntutor-context-');
    mkdirSync(path.join(workspace, '.git'));
    const uri = pathToFileURL(path.join(workspace, 'Dockerfile')).href;
    const client = new TestClient();
    const registrations: { method: string; registerOptions?: { watchers?: { globPattern: string }[] } }[] = [];
    client.connection.onRequest('client/registerCapability', (params: { registrations: typeof registrations }) => {
      registrations.push(...params.registrations);
      return null;
    });
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'project' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await client.connection.sendNotification('initialized', {});
    await client.open(
      uri,
      'dockerfile',
      'FROM alpine:3.20\nWORKDIR /app\nCOPY . .\nCOPY dist/ /srv/\nUSER 10001\nCMD app\n',
    );
    const codes = async (version: number): Promise<string[]> =>
      (await client.diagnostics(uri, version)).diagnostics.map((d) => String(d.code));

    assert.ok((await codes(1)).includes('dockerignore-for-context'));

    writeFileSync(path.join(workspace, '.dockerignore'), 'dist\n');
    writeFileSync(path.join(workspace, '.hadolint.yaml'), 'ignored: [DL3025]\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: pathToFileURL(path.join(workspace, '.dockerignore')).href, type: 1 },
        { uri: pathToFileURL(path.join(workspace, '.hadolint.yaml')).href, type: 1 },
      ],
    });
    // The same version is linted again: wait for its second publication.
    const deadline = Date.now() + 10000;
    while (client.publications(uri).length < 2 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const publications = client.publications(uri);
    const latest = (publications[publications.length - 1]?.diagnostics ?? []).map((d) => String(d.code));
    assert.ok(!latest.includes('dockerignore-for-context'), latest.join(', '));
    assert.ok(latest.includes('copy-ignored-file'), latest.join(', '));
    assert.ok(!latest.includes('exec-form-cmd'), latest.join(', '));
    const watched = registrations.flatMap((r) => r.registerOptions?.watchers?.map((w) => w.globPattern) ?? []);
    assert.ok(watched.includes('**/.dockerignore'), watched.join(', '));
    await client.stop();
  });
});
