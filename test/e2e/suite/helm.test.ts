/**
 * End-to-end: a Helm chart's template in a real VS Code, rendered with the chart's values as it is
 * edited, and again when its values.yaml changes in another editor without being saved; the
 * template's finding shown at the value in values.yaml, whose hover names the directive reading it;
 * a Service template judged beside the Deployment of another.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeActions,
  find,
  hoverText,
  open,
  ours,
  sleep,
  waitForDiagnostics,
  withRule,
  withoutRule,
  workspaceUri,
} from './helpers';

suite('Helm templates', () => {
  const template = workspaceUri('chart/templates/deployment.yaml');
  const valuesUri = workspaceUri('chart/values.yaml');
  let values: vscode.TextEditor;
  let original = '';

  suiteSetup(async () => {
    values = await open('chart/values.yaml');
    original = values.document.getText();
    await open('chart/templates/deployment.yaml');
  });

  suiteTeardown(async () => {
    const restore = new vscode.WorkspaceEdit();
    restore.replace(valuesUri, new vscode.Range(0, 0, values.document.lineCount, 0), original);
    await vscode.workspace.applyEdit(restore);
    await values.document.save();
  });

  test('a finding on what a directive wrote is shown on the directive, explained in the hover', async () => {
    const diagnostics = await waitForDiagnostics(template, withRule('no-privileged-container'), 'the rendered finding');
    const privileged = find(diagnostics, 'no-privileged-container');
    assert.deepEqual([privileged.range.start.line, privileged.range.start.character], [23, 12]);
    assert.match(privileged.message, /rendered with the chart’s values as `privileged: true`/);
    const setting = privileged.relatedInformation?.[0];
    assert.equal(setting?.location.uri.toString(), valuesUri.toString());
    assert.equal(setting?.message, '`securityContext` is set here');
    const hover = await hoverText(template, privileged.range.start.translate(0, 6));
    assert.match(hover, /privileged/i);
  });

  test('values.yaml shows the finding at the value that causes it, linked to the template', async () => {
    const diagnostics = await waitForDiagnostics(
      valuesUri,
      withRule('no-privileged-container'),
      'the finding at the value',
    );
    const privileged = find(diagnostics, 'no-privileged-container');
    assert.equal(privileged.range.start.line, values.document.getText().split('\n').indexOf('securityContext:'));
    assert.match(
      privileged.message,
      /`securityContext` set here reaches it through .+ in templates\/deployment\.yaml\.$/,
    );
    const there = privileged.relatedInformation?.[0];
    assert.equal(there?.location.uri.toString(), template.toString());
    assert.equal(there.location.range.start.line, 23);
    // The hover on the key says which directive reads it and what it renders.
    const hover = await hoverText(valuesUri, privileged.range.start.translate(0, 3));
    assert.match(hover, /How `securityContext` reaches the cluster/);
    assert.match(hover, /templates\/deployment\.yaml:24/);
  });

  test('the hover on a directive shows what it renders to', async () => {
    const document = (await open('chart/templates/deployment.yaml')).document;
    const line = document
      .getText()
      .split('\n')
      .findIndex((text) => text.includes('image: "{{'));
    const column = document.lineAt(line).text.indexOf('{{ .Values.image.tag');
    const hover = await hoverText(template, new vscode.Position(line, column + 4));
    assert.match(hover, /Rendered with the chart’s values\.yaml/);
    assert.match(hover, /1\.4\.2/);
  });

  test('a Service template is judged against the Deployment another template renders', async () => {
    const service = workspaceUri('chart/templates/service.yaml');
    await open('chart/templates/service.yaml');
    const diagnostics = await waitForDiagnostics(service, withRule('service-selects-workload'), 'the chart’s Service');
    const selects = find(diagnostics, 'service-selects-workload');
    assert.match(selects.message, /Service "release-name-shop" selects app=shop/);
    const related = selects.relatedInformation?.[0];
    assert.equal(related?.location.uri.toString(), template.toString());
    assert.deepEqual([related.location.range.start.line, related.location.range.start.character], [3, 8]);
  });

  test('an unsaved edit of values.yaml renders the template again', async () => {
    const edit = new vscode.WorkspaceEdit();
    const line = values.document.getText().split('\n').indexOf('  privileged: true');
    assert.ok(line >= 0, values.document.getText());
    edit.replace(valuesUri, new vscode.Range(line, 0, line, '  privileged: true'.length), '  privileged: false');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(template, withoutRule('no-privileged-container'), 'the finding to go with the value');
    await waitForDiagnostics(valuesUri, withoutRule('no-privileged-container'), 'and from the value itself');
  });

  test('Chart.yaml: what Helm would make of a value, its quick fix, and the hover on a key', async () => {
    const chart = workspaceUri('chart/Chart.yaml');
    const document = (await open('chart/Chart.yaml')).document;
    const line = document.getText().split('\n').indexOf('appVersion: "1.4.2"');
    assert.ok(line >= 0, document.getText());
    const edit = new vscode.WorkspaceEdit();
    edit.replace(chart, document.lineAt(line).range, 'appVersion: 1.10');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diagnostics = await waitForDiagnostics(chart, withRule('chart-quote-strings'), 'the unquoted appVersion');
    const quote = find(diagnostics, 'chart-quote-strings');
    assert.match(quote.message, /reaches Helm as "1\.1", not "1\.10"/);
    const actions = await codeActions(chart, quote.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.title === 'Quote `1.10`');
    assert.ok(fix?.edit, actions.map((action) => action.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(line).text, 'appVersion: "1.10"');
    await waitForDiagnostics(chart, withoutRule('chart-quote-strings'), 'the quoted appVersion');
    const hover = await hoverText(
      chart,
      new vscode.Position(document.getText().split('\n').indexOf('version: 0.1.0'), 2),
    );
    assert.match(hover, /SemVer/);
    const restore = new vscode.WorkspaceEdit();
    restore.replace(chart, document.lineAt(line).range, 'appVersion: "1.4.2"');
    assert.ok(await vscode.workspace.applyEdit(restore));
    await document.save();
  });

  test('Chart.yaml: a dependency charts/ does not hold, the template still checked as helm lint renders it', async () => {
    const chart = workspaceUri('chart/Chart.yaml');
    const document = (await open('chart/Chart.yaml')).document;
    const original = document.getText();
    const edit = new vscode.WorkspaceEdit();
    const added = 'dependencies:\n  - name: redis\n    version: 20.x\n    condition: redis.enabled\n';
    edit.insert(chart, new vscode.Position(document.lineCount, 0), `${original.endsWith('\n') ? '' : '\n'}${added}`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diagnostics = await waitForDiagnostics(chart, withRule('chart-dependencies-built'), 'the missing dependency');
    const missing = find(diagnostics, 'chart-dependencies-built');
    assert.match(missing.message, /`charts\/` holds no chart named `redis`/);
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Warning);
    // The chart is read again 100 ms after the edit: the template would be stopped by now.
    await sleep(1500);
    assert.ok(withoutRule('helm-template-not-checked')(ours(template)), 'the template is still checked');
    const restore = new vscode.WorkspaceEdit();
    restore.replace(chart, new vscode.Range(0, 0, document.lineCount, 0), original);
    assert.ok(await vscode.workspace.applyEdit(restore));
    await document.save();
    await waitForDiagnostics(chart, withoutRule('chart-dependencies-built'), 'the dependency taken out');
  });

  test('requirements.yaml: linted beside Chart.yaml as the list Helm reads', async () => {
    const requirements = workspaceUri('chart/requirements.yaml');
    const text = 'dependencies:\n  - name: redis\n    version: 20.x\n    condition: redis.enabled\n';
    await vscode.workspace.fs.writeFile(requirements, new TextEncoder().encode(text));
    try {
      const document = (await open('chart/requirements.yaml')).document;
      const diagnostics = await waitForDiagnostics(
        requirements,
        withRule('chart-dependencies-built'),
        'the missing dependency, in requirements.yaml',
      );
      assert.match(find(diagnostics, 'chart-dependencies-built').message, /`charts\/` holds no chart named `redis`/);
      assert.match(find(diagnostics, 'chart-api-version').message, /whose dependencies belong in Chart\.yaml/);
      const emptied = new vscode.WorkspaceEdit();
      emptied.replace(requirements, new vscode.Range(0, 0, document.lineCount, 0), '# moved to Chart.yaml\n');
      assert.ok(await vscode.workspace.applyEdit(emptied));
      await document.save();
      await waitForDiagnostics(requirements, (found) => found.length === 0, 'no dependency left to fetch');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(requirements, { useTrash: false });
    }
  });
});
