/**
 * End-to-end: a kustomization in a real VS Code: what `kustomize build` would stop on (a file it
 * names that is not there, a tag YAML reads as a number), the safe quick fix that quotes the tag,
 * and the hover on a field from kustomize's own types.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeActions,
  find,
  hoverText,
  open,
  revertEditorsOf,
  waitForDiagnostics,
  withRule,
  workspaceUri,
} from './helpers';

suite('Kustomizations', () => {
  test('a missing resource and a numeric tag are reported, the tag quoted by a quick fix, a field explained', async () => {
    const folder = workspaceUri('kustomize-overlay');
    const write = (name: string, text: string): Thenable<void> =>
      vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(text));
    try {
      await write('deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n');
      await write(
        'kustomization.yaml',
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n  - service.yaml\nimages:\n  - name: web\n    newTag: 3.6\n',
      );
      const editor = await open('kustomize-overlay/kustomization.yaml');
      const uri = editor.document.uri;
      const diagnostics = await waitForDiagnostics(
        uri,
        (all) => withRule('kustomization-paths')(all) && withRule('kustomization-schema')(all),
        'the missing file and the numeric tag',
      );
      const missing = find(diagnostics, 'kustomization-paths');
      assert.equal(missing.range.start.line, 4);
      assert.match(missing.message, /`service\.yaml` is neither a file nor a folder/);
      const tag = find(diagnostics, 'kustomization-schema');
      assert.equal(tag.range.start.line, 7);
      const quote = (await codeActions(uri, tag.range)).find((action) => action.title === 'Quote 3.6');
      assert.ok(quote?.edit, 'the quick fix quoting the tag');
      await vscode.workspace.applyEdit(quote.edit);
      assert.match(editor.document.getText(), /newTag: "3\.6"/);
      const hover = await hoverText(uri, new vscode.Position(7, 6));
      assert.match(hover, /`newTag`/);
    } finally {
      await revertEditorsOf('/kustomize-overlay/');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });

  test('an images: entry no container matches is reported and renamed by its quick fix', async () => {
    const folder = workspaceUri('kustomize-images');
    const write = (name: string, text: string): Thenable<void> =>
      vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(text));
    try {
      await write(
        'deployment.yaml',
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/shop/web:1.0.0\n',
      );
      await write(
        'kustomization.yaml',
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\nimages:\n  - name: ghcr.io/shop/wbe\n    newTag: 1.4.2\n',
      );
      const editor = await open('kustomize-images/kustomization.yaml');
      const uri = editor.document.uri;
      const diagnostics = await waitForDiagnostics(
        uri,
        withRule('kustomization-unmatched-image'),
        'the entry no container matches',
      );
      const unmatched = find(diagnostics, 'kustomization-unmatched-image');
      assert.equal(unmatched.range.start.line, 5);
      assert.match(unmatched.message, /Its containers run "ghcr\.io\/shop\/web"/);
      const rename = (await codeActions(uri, unmatched.range)).find((action) =>
        action.title.startsWith('Match "ghcr.io/shop/web"'),
      );
      assert.ok(rename?.edit, 'the quick fix naming the image the containers run');
      await vscode.workspace.applyEdit(rename.edit);
      assert.match(editor.document.getText(), /- name: ghcr\.io\/shop\/web\n/);
      await waitForDiagnostics(uri, (all) => !withRule('kustomization-unmatched-image')(all), 'the entry renamed');
    } finally {
      await revertEditorsOf('/kustomize-images/');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });
});
