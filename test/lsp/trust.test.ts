import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { TestClient } from './client';
import { tempFolder } from '../support/temp-folder';

describe('workspace trust', () => {
  // A configuration file above the workspace folder turns the rule into an error.
  const outer = tempFolder('cntutor-trust-');
  writeFileSync(path.join(outer, '.cntutor.yaml'), 'rules:\n  exec-form-cmd: error\n');
  const workspace = path.join(outer, 'project');
  mkdirSync(workspace);
  const uri = pathToFileURL(path.join(workspace, 'Dockerfile')).href;
  const text = 'FROM alpine:3.20\nCMD app --serve\n';

  async function severityWith(trusted: boolean, client: TestClient): Promise<number | undefined> {
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'project' }],
      capabilities: {},
      initializationOptions: { trusted },
    });
    await client.connection.sendNotification('initialized', {});
    await client.open(uri, 'dockerfile', text);
    const { diagnostics } = await client.diagnostics(uri, 1);
    return diagnostics.find((d) => d.code === 'exec-form-cmd')?.severity;
  }

  it('reads configuration outside the workspace when trusted', async () => {
    const client = new TestClient();
    try {
      assert.equal(await severityWith(true, client), 1);
    } finally {
      await client.stop();
    }
  });

  it('ignores configuration outside the workspace when untrusted, and says why', async () => {
    const client = new TestClient();
    try {
      const messages: string[] = [];
      client.connection.onNotification('window/showMessage', (params: { message: string }) => {
        messages.push(params.message);
      });
      assert.equal(await severityWith(false, client), 2);
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(messages.length, 1);
      assert.match(messages[0] ?? '', /not trusted/);
    } finally {
      await client.stop();
    }
  });
});
