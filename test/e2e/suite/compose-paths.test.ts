/**
 * End-to-end: the paths a Compose file names, in a real VS Code: a typo reported with the name
 * beside it and renamed by a quick fix, and a missing secret file reported until the file is created
 * (the extension's file watcher tells the server, the Compose file is not edited).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeActions, open, revertEditorsOf, ruleOf, waitForDiagnostics, workspaceUri } from './helpers';

const COMPOSE = `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    restart: unless-stopped
    env_file: ./web.evn
    secrets: [token]
secrets:
  token:
    file: ./token.txt
`;

suite('Compose paths', () => {
  test('a typo is renamed by a quick fix, and a missing secret file is reported until it is created', async () => {
    const folder = workspaceUri('compose-paths');
    const write = (name: string, text: string): Thenable<void> =>
      vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(text));
    const lines = (all: readonly vscode.Diagnostic[]): string =>
      all
        .filter((d) => ruleOf(d) === 'compose-paths')
        .map((d) => d.range.start.line)
        .join();
    try {
      await write('web.env', 'LOG_LEVEL=info\n');
      await write('compose.yaml', COMPOSE);
      const editor = await open('compose-paths/compose.yaml');
      const uri = editor.document.uri;
      const diagnostics = await waitForDiagnostics(uri, (all) => lines(all) === '4,8', 'the typo and the secret file');
      const typo = diagnostics.find((d) => d.range.start.line === 4);
      assert.match(typo?.message ?? '', /Did you mean `\.\/web\.env`\?/);
      const rename =
        typo && (await codeActions(uri, typo.range)).find((action) => action.title.startsWith('Name ./web.env'));
      assert.ok(rename?.edit, 'the quick fix renaming the env file');
      await vscode.workspace.applyEdit(rename.edit);
      assert.match(editor.document.getText(), /env_file: \.\/web\.env/);
      await waitForDiagnostics(uri, (all) => lines(all) === '8', 'the env file named right');
      await write('token.txt', 'example\n');
      await waitForDiagnostics(uri, (all) => lines(all) === '', 'the secret file created');
    } finally {
      await revertEditorsOf('/compose-paths/');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });
});
