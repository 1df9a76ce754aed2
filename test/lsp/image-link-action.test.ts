import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TestClient } from './client';
import { tempFolder } from '../support/temp-folder';
import { DEPLOYMENT } from '../support/linked-image';

const IMAGE_LINE = 15;
const DOCKERFILE = 'FROM python:3.12-slim\nRUN useradd -m app\nUSER app\nCMD ["python", "app.py"]\n';

describe('the code action that links an image to a Dockerfile', () => {
  const dir = tempFolder('cntutor-link-action-');
  const file = (name: string): string => path.join(dir, name);
  const uri = (name: string): string => pathToFileURL(file(name)).href;
  mkdirSync(file('services/web'), { recursive: true });
  mkdirSync(file('k8s'));
  writeFileSync(file('Dockerfile'), DOCKERFILE);
  writeFileSync(file('services/web/Dockerfile'), DOCKERFILE);
  writeFileSync(file('k8s/web.yaml'), DEPLOYMENT);
  const client = new TestClient();

  const actionsAt = (line: number): Promise<CodeAction[]> =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri('k8s/web.yaml') },
      range: { start: { line, character: 20 }, end: { line, character: 20 } },
      context: { diagnostics: [] },
    });
  const links = (actions: CodeAction[]): CodeAction[] => actions.filter((a) => a.title.startsWith('Link image'));
  /** Applies a text edit of the action as an editor would, returning the file's new text. */
  const apply = (action: CodeAction | undefined): string => {
    const change = action?.edit?.documentChanges?.find((c): c is TextDocumentEdit => 'textDocument' in c);
    assert.ok(change, `the action edits a document: ${JSON.stringify(action)}`);
    const target = new URL(change.textDocument.uri);
    let text = '';
    try {
      text = readFileSync(target, 'utf8');
    } catch {
      // The action creates the file.
    }
    const lines = text.split('\n');
    const [edit] = change.edits;
    assert.ok(edit && 'newText' in edit && 'range' in edit);
    const { line, character } = edit.range.start;
    const offset = lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
    text = text.slice(0, offset) + edit.newText + text.slice(offset);
    writeFileSync(target, text);
    return text;
  };

  before(async () => {
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'w' }],
      capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
    });
    await client.connection.sendNotification('initialized', {});
    await client.open(uri('k8s/web.yaml'), 'yaml', DEPLOYMENT);
    await client.diagnostics(uri('k8s/web.yaml'), 1);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers each Dockerfile of the workspace on an unlinked image, and writes a new .cntutor.yaml', async () => {
    const offered = links(await actionsAt(IMAGE_LINE));
    assert.deepEqual(
      offered.map((a) => a.title),
      [
        'Link image registry.example.com/shop/web to Dockerfile (in .cntutor.yaml)',
        'Link image registry.example.com/shop/web to services/web/Dockerfile (in .cntutor.yaml)',
      ],
    );
    assert.deepEqual(offered[1]?.edit?.documentChanges?.[0], {
      kind: 'create',
      uri: uri('.cntutor.yaml'),
      options: { ignoreIfExists: true },
    });
    assert.equal(apply(offered[1]), 'images:\n  registry.example.com/shop/web: services/web/Dockerfile\n');
    assert.deepEqual(links(await actionsAt(IMAGE_LINE - 1)), [], 'nothing on another line');
  });

  it('once the link is saved, the cross-file rules hold the manifest against that Dockerfile and the action is gone', async () => {
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('.cntutor.yaml'), type: 1 }],
    });
    const has = (diagnostics: Diagnostic[]): boolean => diagnostics.some((d) => d.code === 'image-user-matches');
    await client.until(uri('k8s/web.yaml'), has, 'image-user-matches once the image is linked');
    assert.deepEqual(links(await actionsAt(IMAGE_LINE)), []);
  });

  it('adds to the images: of an existing configuration, keeping the rest of the file', async () => {
    const other = DEPLOYMENT.replace('shop/web:1.4.2', 'shop/api:2.0');
    await client.change(uri('k8s/web.yaml'), 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 17, character: 0 } }, text: other },
    ]);
    writeFileSync(
      file('.cntutor.yaml'),
      '# project settings\nimages:\n  registry.example.com/shop/web: services/web/Dockerfile # the web app\nlocale: en\n',
    );
    const [first] = links(await actionsAt(IMAGE_LINE));
    assert.equal(
      apply(first),
      '# project settings\nimages:\n  registry.example.com/shop/web: services/web/Dockerfile # the web app\n  registry.example.com/shop/api: Dockerfile\nlocale: en\n',
    );
    writeFileSync(file('.cntutor.yaml'), 'locale: en');
    assert.equal(
      apply(links(await actionsAt(IMAGE_LINE))[0]),
      'locale: en\nimages:\n  registry.example.com/shop/api: Dockerfile\n',
    );
    writeFileSync(file('.cntutor.yaml'), 'images: { a/b: Dockerfile }\n');
    assert.deepEqual(links(await actionsAt(IMAGE_LINE)), [], 'a flow mapping is not rewritten');
  });
});
