/**
 * End-to-end, across files: a finding in one manifest about another, in a real VS Code, on the
 * fixtures in test/e2e/workspace.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  codeActions,
  find,
  open,
  ours,
  rangeOf,
  revertEditorsOf,
  summary,
  waitForDiagnostics,
  withRule,
  withoutRule,
  workspaceUri,
} from './helpers';

suite('Cross-file findings', () => {
  const uri = workspaceUri('service.yaml');
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    editor = await open('service.yaml');
  });

  test('a Service in service.yaml that misses the Deployment in deployment.yaml is told so, pointing there', async () => {
    const diagnostics = await waitForDiagnostics(
      uri,
      withRule('service-selects-workload'),
      'service-selects-workload on the Service',
    );
    const d = find(diagnostics, 'service-selects-workload');
    assert.deepEqual(d.range, rangeOf(editor.document, 'selector'));
    assert.match(d.message, /Deployment "web" has app=web\. A typo\?/);
    const related = d.relatedInformation?.[0];
    assert.ok(related, 'the finding carries relatedInformation');
    assert.equal(path.basename(related.location.uri.fsPath), 'deployment.yaml');
    assert.equal(related.location.range.start.line, 3, "it points at the Deployment's name");
  });

  test("the quick fix selects the Deployment's pods and clears the finding", async () => {
    const d = find(ours(uri), 'service-selects-workload');
    const actions = await codeActions(uri, d.range);
    const fix = actions.find((a) => a.title.startsWith('Select the pods of Deployment "web"'));
    assert.ok(fix?.edit, `quick fix offered; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
    await waitForDiagnostics(uri, withoutRule('service-selects-workload'), 'service-selects-workload to clear');
    assert.match(editor.document.getText(), /selector:\n {4}app: web\n/);
  });
});

suite('Image links', () => {
  const manifest = workspaceUri('deployment.yaml');
  const config = workspaceUri('.cntutor.yaml');

  suiteTeardown(async () => {
    // The link must not outlive the suite: later suites lint deployment.yaml without it. The
    // document stays open to the server, so its text is emptied and saved before the file goes.
    const written = await vscode.workspace.openTextDocument(config).then(
      (document) => document,
      () => undefined,
    );
    if (!written) return;
    const empty = new vscode.WorkspaceEdit();
    empty.replace(config, new vscode.Range(0, 0, written.lineCount, 0), '');
    await vscode.workspace.applyEdit(empty);
    await written.save();
    await waitForDiagnostics(manifest, withoutRule('image-port-declared'), 'image-port-declared to clear');
    const remove = new vscode.WorkspaceEdit();
    remove.deleteFile(config, { ignoreIfNotExists: true });
    await vscode.workspace.applyEdit(remove);
  });

  test('the quick fix on an unlinked image: writes .cntutor.yaml, and the image rules then read the Dockerfile', async () => {
    const editor = await open('deployment.yaml');
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((text) => /^\s*image:/.test(text));
    assert.ok(line >= 0, 'the Deployment has an image: line');
    const at = new vscode.Range(line, 20, line, 20);
    const actions = await codeActions(manifest, at);
    const link = actions.find((a) => /^Link image \S+ to Dockerfile \(in \.cntutor\.yaml\)$/.test(a.title));
    assert.ok(link?.edit, `"Link image … to Dockerfile" offered; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(link.edit), 'edit applied');
    const written = await vscode.workspace.openTextDocument(config);
    assert.match(written.getText(), /^images:\n {2}\S+: Dockerfile\n$/);
    assert.ok(await written.save(), '.cntutor.yaml saved');
    // The Dockerfile EXPOSEs 8080, which the container does not declare.
    await waitForDiagnostics(manifest, withRule('image-port-declared'), 'image-port-declared once the image is linked');
  });

  test("a GitHub Actions workflow's build step links the image it pushes to its Dockerfile", async () => {
    const folder = workspaceUri('workflow-project');
    const write = (name: string, text: string): Thenable<void> =>
      vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(text));
    try {
      await write('web/Dockerfile', 'FROM node:22-alpine\nUSER node\nCMD ["node", "server.js"]\n');
      await write(
        '.github/workflows/release.yml',
        'jobs:\n  web:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: web\n          tags: ghcr.io/shop/web:latest\n',
      );
      await write(
        'k8s/web.yaml',
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: web\n      image: ghcr.io/shop/web:1.4.2\n',
      );
      // Open, so the server has the workflow's text whatever the file watcher makes of a folder
      // created a moment ago (it may miss a file written into a new folder at once).
      await open('workflow-project/.github/workflows/release.yml');
      const pod = (await open('workflow-project/k8s/web.yaml')).document.uri;
      const diagnostics = await waitForDiagnostics(pod, withRule('image-user-matches'), 'the link the workflow states');
      assert.match(find(diagnostics, 'image-user-matches').message, /built by web\/Dockerfile/);
    } finally {
      await revertEditorsOf('/workflow-project/');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });

  test("a kustomization's images: entry links the placeholder image a manifest names, and pins its tag", async () => {
    const folder = workspaceUri('kustomize-project');
    const write = (name: string, text: string): Thenable<void> =>
      vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(text));
    try {
      await write('Dockerfile', 'FROM node:22-alpine\nUSER node\nCMD ["node", "server.js"]\n');
      await write('.cntutor.yaml', 'images:\n  ghcr.io/shop/operator: Dockerfile\n');
      await write(
        'config/manager/kustomization.yaml',
        'resources: [manager.yaml]\nimages:\n  - name: controller\n    newName: ghcr.io/shop/operator\n    newTag: v1.2.0\n',
      );
      await write(
        'config/manager/manager.yaml',
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: manager\nspec:\n  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: manager\n      image: controller:latest\n',
      );
      // Open, as above: the server has the kustomization's text whatever the file watcher reports.
      await open('kustomize-project/config/manager/kustomization.yaml');
      const pod = (await open('kustomize-project/config/manager/manager.yaml')).document.uri;
      const diagnostics = await waitForDiagnostics(pod, withRule('image-user-matches'), 'the renamed link');
      assert.match(find(diagnostics, 'image-user-matches').message, /built by Dockerfile/);
      // The kustomization pins the tag the manifest leaves at latest.
      assert.ok(withoutRule('no-latest-container-image')(diagnostics), summary(diagnostics));
    } finally {
      await revertEditorsOf('/kustomize-project/');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });
});
