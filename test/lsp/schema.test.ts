import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, Hover } from 'vscode-languageserver-protocol';
import { messageOf, TestClient } from './client';
import { BAD_WIDGET, WIDGET_CRD } from '../support/widget-crd';
import { tempFolder } from '../support/temp-folder';

describe('Kubernetes schemas in the editor', () => {
  const dir = tempFolder('cntutor-schema-');
  mkdirSync(path.join(dir, 'crds'));
  writeFileSync(path.join(dir, 'crds', 'widget.yaml'), WIDGET_CRD);
  const client = new TestClient();
  before(async () => {
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'w' }],
      capabilities: {},
    });
    await client.connection.sendNotification('initialized', {});
  });
  after(() => client.stop());

  it('reports schema errors on the exact key, with "did you mean"', async () => {
    const uri = pathToFileURL(path.join(dir, 'deploy.yaml')).href;
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27.3\n      poarts:\n        - containerPort: 80\n';
    await client.open(uri, 'yaml', text);
    const { diagnostics } = await client.diagnostics(uri, 1);
    const unknown = diagnostics.find((d) => d.code === 'kubernetes-schema');
    assert.ok(unknown, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.match(messageOf(unknown), /poarts.+ports/);
    assert.deepEqual(unknown.range, { start: { line: 8, character: 6 }, end: { line: 8, character: 12 } });
  });

  it('validates custom resources with a CRD found in the workspace', async () => {
    const uri = pathToFileURL(path.join(dir, 'widget.yaml')).href;
    await client.open(uri, 'yaml', BAD_WIDGET);
    const { diagnostics } = await client.diagnostics(uri, 1);
    const wrongType = diagnostics.find((d) => d.code === 'kubernetes-schema');
    assert.ok(wrongType, JSON.stringify(diagnostics.map((d) => [d.code, messageOf(d)])));
    assert.equal(wrongType.range.start.line, 5);
    assert.ok(!diagnostics.some((d) => d.code === 'unknown-custom-resource'));
  });

  it('describes any key on hover and completes keys at the cursor', async () => {
    const uri = pathToFileURL(path.join(dir, 'svc.yaml')).href;
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    app: web\n  \n';
    await client.open(uri, 'yaml', text);
    await client.diagnostics(uri, 1);
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 5, character: 4 },
    });
    assert.match(JSON.stringify(hover?.contents ?? ''), /selector/i);
    const completion = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 7, character: 2 },
    });
    const labels = (Array.isArray(completion) ? completion : completion.items).map((item) => item.label);
    assert.ok(labels.includes('ports'), labels.join(', '));
    assert.ok(!labels.includes('selector'), 'keys already written are not offered again');
  });
});
