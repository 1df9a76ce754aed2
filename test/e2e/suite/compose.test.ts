/**
 * End-to-end: a Compose file in a real VS Code, which gives it its own `dockercompose` language.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeActions,
  find,
  hoverText,
  open,
  revertEditorsOf,
  ruleOf,
  ours,
  rangeOf,
  waitForDiagnostics,
  withRule,
  withoutRule,
  workspaceUri,
} from './helpers';

suite('Compose files', () => {
  const uri = workspaceUri('compose.yaml');
  let editor: vscode.TextEditor;
  let original = '';

  suiteSetup(async () => {
    editor = await open('compose.yaml');
    original = editor.document.getText();
  });

  suiteTeardown(async () => {
    // Later runs and suites find the file as it was.
    const restore = new vscode.WorkspaceEdit();
    restore.replace(uri, new vscode.Range(0, 0, editor.document.lineCount, 0), original);
    await vscode.workspace.applyEdit(restore);
    await editor.document.save();
  });

  test('is linted by the Compose rules, in the dockercompose language', async () => {
    assert.equal(editor.document.languageId, 'dockercompose');
    const diagnostics = await waitForDiagnostics(uri, withRule('compose-port-all-interfaces'), 'Compose findings');
    const port = find(diagnostics, 'compose-port-all-interfaces');
    assert.deepEqual(port.range, rangeOf(editor.document, "'8080:80'"));
    find(diagnostics, 'compose-obsolete-version');
    assert.ok(!diagnostics.some((d) => d.code === 'kubernetes-schema' || d.code === 'yaml-syntax'));
    const hover = await hoverText(uri, port.range.start.translate(0, 2));
    assert.match(hover, /every interface|all interfaces/i);
  });

  test('the safe fix removes the obsolete version and clears its finding', async () => {
    const d = find(ours(uri), 'compose-obsolete-version');
    const actions = await codeActions(uri, d.range);
    const fix = actions.find((a) => a.title.startsWith('Remove the `version` line'));
    assert.ok(fix?.edit, `quick fix offered; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
    await waitForDiagnostics(uri, withoutRule('compose-obsolete-version'), 'compose-obsolete-version to clear');
    assert.match(editor.document.getText(), /^services:\n/);
  });

  test('a service is held against the Dockerfile it builds, and the hover on build names it', async () => {
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, end, "\n  app:\n    build: .\n    ports:\n      - '127.0.0.1:9000:3000'\n");
    assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
    const diagnostics = await waitForDiagnostics(uri, withRule('compose-port-exposed'), 'compose-port-exposed');
    const port = find(diagnostics, 'compose-port-exposed');
    assert.deepEqual(port.range, rangeOf(editor.document, "'127.0.0.1:9000:3000'"));
    assert.match(port.message, /built from Dockerfile, exposes only 8080/);
    assert.equal(port.relatedInformation?.[0]?.location.uri.toString(), workspaceUri('Dockerfile').toString());
    const build = rangeOf(editor.document, 'build');
    const hover = await hoverText(uri, build.start.translate(0, 1));
    assert.match(hover, /Built from `Dockerfile`/);
    assert.match(hover, /it exposes `8080`/);
  });

  test('a service included from a file of another name is judged with the file that includes it', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), 'include:\n  - parts/db.yml\n');
    const web = rangeOf(editor.document, 'web:');
    edit.insert(uri, web.end, '\n    depends_on:\n      db:\n        condition: service_healthy');
    assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
    const diagnostics = await waitForDiagnostics(
      uri,
      withRule('compose-healthy-dependency-without-check'),
      'compose-healthy-dependency-without-check',
    );
    const waiting = find(diagnostics, 'compose-healthy-dependency-without-check');
    assert.match(waiting.message, /"db" has no healthcheck/);
    assert.equal(waiting.relatedInformation?.[0]?.location.uri.toString(), workspaceUri('parts/db.yml').toString());
    // The included file is linted as a Compose file, though VS Code calls it YAML.
    const part = await open('parts/db.yml');
    assert.equal(part.document.languageId, 'yaml');
    const own = await waitForDiagnostics(part.document.uri, withRule('compose-restart-policy'), 'its Compose findings');
    assert.ok(!own.some((d) => d.code === 'kubernetes-schema'));
  });

  test('a COMPOSE_FILE list in the folder’s .env, on disk or typed, makes its files one project', async () => {
    const folder = workspaceUri('env-project');
    const write = (name: string, text: string): Thenable<void> =>
      vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(text));
    try {
      await write(
        'compose.yaml',
        'services:\n  web:\n    image: registry.example.com/shop/web:1.4.2\n    restart: unless-stopped\n    ports: ["8080:80"]\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16.4\n    restart: unless-stopped\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n',
      );
      await write('ci.yml', 'services:\n  db:\n    healthcheck:\n      disable: true\n');
      const project = await open('env-project/compose.yaml');
      const checked = project.document.uri;
      const first = await waitForDiagnostics(checked, withRule('compose-port-all-interfaces'), 'the first lint');
      assert.ok(withoutRule('compose-healthy-dependency-without-check')(first), 'db has its healthcheck');
      // The editor's file watcher tells the server of the new .env: ci.yml turns the check off.
      await write('.env', 'COMPOSE_FILE=compose.yaml:ci.yml\n');
      const diagnostics = await waitForDiagnostics(
        checked,
        withRule('compose-healthy-dependency-without-check'),
        'the finding the list brings',
      );
      assert.match(
        find(diagnostics, 'compose-healthy-dependency-without-check').message,
        /another file of the project/,
      );
      // The .env as typed, unsaved: without the list, Compose reads compose.yaml alone again.
      const env = await open('env-project/.env');
      await env.edit((edit) => edit.replace(new vscode.Range(0, 0, env.document.lineCount, 0), 'DEBUG=1\n'));
      await waitForDiagnostics(checked, withoutRule('compose-healthy-dependency-without-check'), 'the unsaved .env');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await revertEditorsOf('/env-project/');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });

  test('a list composeProjects gets in an unsaved .cntutor.yaml makes its files one project', async () => {
    const folder = workspaceUri('configured-project');
    const write = (name: string, text: string): Thenable<void> =>
      vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(text));
    try {
      await write(
        'compose.yaml',
        'services:\n  web:\n    image: registry.example.com/shop/web:1.4.2\n    restart: unless-stopped\n    depends_on: [db]\n',
      );
      await write('deploy/db.yml', 'services:\n  db:\n    image: postgres:16.4\n    restart: unless-stopped\n');
      await write('.cntutor.yaml', 'failOn: warning\n');
      const project = await open('configured-project/compose.yaml');
      const checked = project.document.uri;
      await waitForDiagnostics(checked, withRule('compose-unknown-service'), 'db unknown in the file alone');
      const config = await open('configured-project/.cntutor.yaml');
      await config.edit((edit) =>
        edit.insert(new vscode.Position(1, 0), 'composeProjects:\n  - [compose.yaml, deploy/db.yml]\n'),
      );
      await waitForDiagnostics(checked, withoutRule('compose-unknown-service'), 'db defined by the listed file');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitForDiagnostics(checked, withRule('compose-unknown-service'), 'the file alone once the edit is gone');
    } finally {
      await revertEditorsOf('/configured-project/');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });

  test('a Dockerfile is judged in the build context its service sends, as the Compose file is typed', async () => {
    const folder = workspaceUri('context-project');
    const write = (name: string, text: string): Thenable<void> =>
      vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(text));
    const ignoreRules = (diagnostics: vscode.Diagnostic[]): string =>
      diagnostics
        .map(ruleOf)
        .filter((code) => code === 'copy-ignored-file' || code === 'dockerignore-for-context')
        .join();
    try {
      await write('.dockerignore', 'build\n');
      await write('api/Dockerfile', 'FROM node:22-alpine\nWORKDIR /app\nCOPY build/ ./build/\nCOPY . .\nUSER node\n');
      await write('compose.yaml', 'services:\n  api:\n    build: ./api\n    restart: unless-stopped\n');
      // Open first, so the server has the Compose file's text whatever the file watcher makes of a
      // folder created a moment ago.
      const compose = await open('context-project/compose.yaml');
      const dockerfile = (await open('context-project/api/Dockerfile')).document.uri;
      // Built in api/, which holds no .dockerignore: the folder's own does not apply.
      await waitForDiagnostics(dockerfile, (d) => ignoreRules(d) === 'dockerignore-for-context', 'the api/ context');
      const retarget = new vscode.WorkspaceEdit();
      retarget.replace(
        compose.document.uri,
        rangeOf(compose.document, 'build: ./api'),
        'build: { context: ., dockerfile: api/Dockerfile }',
      );
      assert.ok(await vscode.workspace.applyEdit(retarget), 'edit applied');
      await waitForDiagnostics(dockerfile, (d) => ignoreRules(d) === 'copy-ignored-file', 'the context typed');
    } finally {
      await revertEditorsOf('/context-project/');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });
});
