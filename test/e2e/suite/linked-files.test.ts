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
