import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { messageOf, TestClient } from './client';
import { tempFolder } from '../support/temp-folder';

const deployment = (name: string, app: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: { app: ${app} }
  template:
    metadata:
      labels: { app: ${app} }
    spec:
      containers:
        - name: ${name}
          image: example.com/${name}:1.0.0
          ports:
            - containerPort: 8080
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
`;

const RULE = 'service-selects-workload';
const has = (diagnostics: Diagnostic[]): boolean => diagnostics.some((d) => d.code === RULE);
const lacks = (diagnostics: Diagnostic[]): boolean => !has(diagnostics);

describe('cross-file findings in the language server', () => {
  const dir = tempFolder('cntutor-xfile-');
  const file = (name: string): string => path.join(dir, name);
  const uri = (name: string): string => pathToFileURL(file(name)).href;
  writeFileSync(file('service.yaml'), SERVICE);
  writeFileSync(file('deployment.yaml'), deployment('web', 'web'));
  writeFileSync(file('other.yaml'), deployment('api', 'api'));
  const client = new TestClient();

  before(async () => {
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'w' }],
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } },
    });
    await client.connection.sendNotification('initialized', {});
    await client.open(uri('service.yaml'), 'yaml', SERVICE);
    await client.diagnostics(uri('service.yaml'), 1);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a Service whose Deployment lives in another file has no finding', async () => {
    // The first publish may come before the workspace is indexed; the next ones see it all.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { diagnostics } = await client.until(uri('service.yaml'), lacks, 'no finding on the Service');
    assert.ok(lacks(diagnostics));
  });

  it("editing deployment.yaml updates service.yaml's findings without reopening it, with relatedInformation into the other file", async () => {
    const text = deployment('web', 'web');
    await client.open(uri('deployment.yaml'), 'yaml', text);
    await client.diagnostics(uri('deployment.yaml'), 1);
    const line = text.split('\n').findIndex((l) => l.includes('labels: { app: web }'));
    const at = text.split('\n')[line]?.indexOf('web') ?? 0;
    await client.change(uri('deployment.yaml'), 2, [
      { range: { start: { line, character: at }, end: { line, character: at + 3 } }, text: 'wbe' },
    ]);
    const { diagnostics, version } = await client.until(uri('service.yaml'), has, 'the finding on the Service');
    assert.equal(version, 1, 'service.yaml keeps its version: it was not edited');
    const finding = diagnostics.find((d) => d.code === RULE);
    assert.ok(finding);
    assert.match(messageOf(finding), /Deployment "web" has app=wbe\. A typo\?/);
    assert.deepEqual(finding.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 10 } });
    const related = finding.relatedInformation?.[0];
    assert.equal(related?.location.uri, uri('deployment.yaml'));
    assert.deepEqual(related?.location.range.start, { line: 3, character: 8 });

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri('service.yaml') },
      range: finding.range,
      context: { diagnostics: [finding], only: ['quickfix'] },
    });
    const fix = actions.find((a) => /Select the pods of Deployment "web"/.test(a.title));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.deepEqual(fix.edit?.changes?.[uri('service.yaml')]?.[0]?.newText, 'app: wbe');

    await client.change(uri('deployment.yaml'), 3, [
      { range: { start: { line, character: at }, end: { line, character: at + 3 } }, text: 'web' },
    ]);
    await client.until(uri('service.yaml'), lacks, 'the finding to clear');
  });

  it('deleting a file (didChangeWatchedFiles) updates the open files', async () => {
    await client.connection.sendNotification('textDocument/didClose', {
      textDocument: { uri: uri('deployment.yaml') },
    });
    rmSync(file('deployment.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('deployment.yaml'), type: 3 }],
    });
    const { diagnostics } = await client.until(uri('service.yaml'), has, 'the finding once the Deployment is gone');
    assert.match(messageOf(diagnostics.find((d) => d.code === RULE)), /no workload in the workspace/);
  });

  it('creating a file (didChangeWatchedFiles) updates the open files', async () => {
    writeFileSync(file('web.yaml'), deployment('web', 'web'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('web.yaml'), type: 1 }],
    });
    await client.until(uri('service.yaml'), lacks, 'the finding to clear once a Deployment is created');
  });

  it('a change that touches nothing another file sees publishes nothing for the other files', async () => {
    const before = client.publishCount(uri('service.yaml'));
    const text = deployment('api', 'api');
    await client.open(uri('other.yaml'), 'yaml', text);
    await client.diagnostics(uri('other.yaml'), 1);
    const line = text.split('\n').findIndex((l) => l.includes('image:'));
    await client.change(uri('other.yaml'), 2, [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '  ' },
    ]);
    await client.diagnostics(uri('other.yaml'), 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(client.publishCount(uri('service.yaml')), before);
  });
});
