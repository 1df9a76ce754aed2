/**
 * End-to-end: the extension, unpackaged, in a real VS Code, on the fixtures in test/e2e/workspace.
 * Only public API is used, as a user's editor would: diagnostics, the hover and code action
 * providers, workspace edits and the extension's commands.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  codeActions,
  find,
  hoverText,
  open,
  ours,
  rangeOf,
  ruleOf,
  sleep,
  summary,
  waitForDiagnostics,
  withRule,
  withoutRule,
  workspaceUri,
} from './helpers';

/** Findings each fixture must produce; the CLI comparison below covers the rest. */
const EXPECTED = {
  Dockerfile: ['exec-form-cmd'],
  'deployment.yaml': ['no-latest-container-image', 'run-as-non-root'],
};

function key(
  ruleId: unknown,
  r: { start: { line: number; character: number }; end: { line: number; character: number } },
): string {
  return `${String(ruleId)}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/**
 * What the CLI reports for a fixture on disk: `rule@range` keys, and the rules it can fix. The CLI
 * lints the whole workspace folder, as the editor sees it, and the file's report is kept.
 */
function cliReport(file: string): { keys: string[]; fixable: Set<string>; fixOnSave: Set<string> } {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  const cli = path.join(extension.extensionPath, 'dist', 'cli.js');
  const result = spawnSync(process.execPath, [cli, 'lint', path.dirname(file), '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  assert.ok(result.status === 0 || result.status === 1, `cntutor lint exited ${result.status}: ${result.stderr}`);
  const reports = JSON.parse(result.stdout) as {
    file: string;
    findings: { ruleId: string; range: vscode.Range; fixable: boolean; fixSafety?: 'safe' | 'unsafe' }[];
  }[];
  const findings = reports.filter((r) => path.resolve(r.file) === path.resolve(file)).flatMap((r) => r.findings);
  return {
    keys: findings.map((f) => key(f.ruleId, f.range)).sort(),
    fixable: new Set(findings.filter((f) => f.fixable).map((f) => f.ruleId)),
    fixOnSave: new Set(findings.filter((f) => f.fixSafety === 'safe').map((f) => f.ruleId)),
  };
}

const keys = (diagnostics: readonly vscode.Diagnostic[]): string[] =>
  diagnostics.map((d) => key(ruleOf(d), d.range)).sort();
const rules = (diagnostics: readonly vscode.Diagnostic[]): Set<unknown> => new Set(diagnostics.map(ruleOf));

function assertConceptLink(d: vscode.Diagnostic, concept?: string): void {
  assert.equal(typeof d.code, 'object', `${ruleOf(d)} has a codeDescription`);
  const target = typeof d.code === 'object' ? d.code.target : undefined;
  assert.ok(target, `${ruleOf(d)} has codeDescription.href`);
  assert.equal(target.scheme, vscode.env.uriScheme, target.toString());
  assert.equal(target.authority, EXTENSION_ID, target.toString());
  assert.match(target.path, concept ? new RegExp(`^/concept/${concept}$`) : /^\/concept\/[\w-]+$/, target.toString());
}

function assertExplains(markdown: string, title: string, concept: string): void {
  assert.ok(markdown.includes(title), `hover names the rule "${title}":\n${markdown}`);
  assert.match(markdown, /Why it matters/, `hover says why it matters:\n${markdown}`);
  assert.match(markdown, /❌[\s\S]*```[\s\S]*✅[\s\S]*```/, `hover shows a bad and a good example:\n${markdown}`);
  const link = new RegExp(`\\[[^\\]]+\\]\\([^)]*${concept}[^)]*\\)`);
  assert.match(markdown, link, `hover links to the ${concept} note:\n${markdown}`);
}

function withoutRuleOf(rule: string): (d: vscode.Diagnostic) => boolean {
  return (d) => ruleOf(d) !== rule;
}

suite('Extension', () => {
  test('activates when a Dockerfile opens', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await open('Dockerfile');
    for (let i = 0; i < 100 && !extension.isActive; i++) await sleep(100);
    assert.ok(extension.isActive, 'the extension activated');
  });
});

suite('Dockerfile', () => {
  let editor: vscode.TextEditor;
  let diagnostics: vscode.Diagnostic[];
  const uri = workspaceUri('Dockerfile');

  suiteSetup(async () => {
    editor = await open('Dockerfile');
    diagnostics = await waitForDiagnostics(
      uri,
      (ds) => EXPECTED.Dockerfile.every((r) => withRule(r)(ds)),
      EXPECTED.Dockerfile.join(', '),
    );
  });

  test('reports exec-form-cmd on the shell-form CMD arguments', () => {
    const d = find(diagnostics, 'exec-form-cmd');
    assert.equal(d.source, 'cntutor');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(d.range, rangeOf(editor.document, 'node server.js'));
    assert.match(d.message, /CMD/);
  });

  test('reports the same findings as `cntutor lint --format json`', () => {
    assert.deepEqual(keys(diagnostics), cliReport(uri.fsPath).keys);
  });

  test('links every finding to its concept note (codeDescription.href)', () => {
    for (const d of diagnostics) assertConceptLink(d);
    assertConceptLink(find(diagnostics, 'exec-form-cmd'), 'declarative-specs');
  });

  test('hover over the finding explains it', async () => {
    const d = find(diagnostics, 'exec-form-cmd');
    const markdown = await hoverText(uri, d.range.start.translate(0, 2));
    assertExplains(markdown, 'Use the exec form for CMD and ENTRYPOINT', 'declarative-specs');
    assert.match(markdown, /exec-form-cmd/);
    // The rule's own reason leads, not the concept's summary.
    assert.match(markdown, /\*\*Why it matters\*\* — In shell form .+PID 1/);
    assert.match(markdown, /fix-all on save/);
  });

  test('offers source.fixAll.cntutor for the whole file', async () => {
    const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await codeActions(uri, all, 'source.fixAll.cntutor');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.cntutor');
    assert.ok(fixAll?.edit, `fix-all offered; got: ${actions.map((a) => a.title).join(' | ') || 'nothing'}`);
    assert.ok(vscode.CodeActionKind.SourceFixAll.contains(fixAll.kind ?? vscode.CodeActionKind.Empty));
  });

  test('quick fix "Convert to exec form" clears the finding', async () => {
    const d = find(diagnostics, 'exec-form-cmd');
    const others = keys(ours(uri).filter(withoutRuleOf('exec-form-cmd')));
    const actions = await codeActions(uri, d.range);
    const fix = actions.find((a) => a.title === 'Convert to exec form');
    assert.ok(fix?.edit, `quick fix offered; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(
      vscode.CodeActionKind.QuickFix.contains(fix.kind ?? vscode.CodeActionKind.Empty),
      `kind ${fix.kind?.value}`,
    );
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
    const after = await waitForDiagnostics(uri, withoutRule('exec-form-cmd'), 'exec-form-cmd to clear');
    assert.equal(editor.document.lineAt(d.range.start.line).text, 'CMD ["node", "server.js"]');
    assert.deepEqual(keys(after), others, 'the other findings stay');
  });

  test('undoing the fix brings the finding back', async () => {
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, withRule('exec-form-cmd'), 'exec-form-cmd to return');
    assert.equal(editor.document.lineAt(find(ours(uri), 'exec-form-cmd').range.start.line).text, 'CMD node server.js');
  });
});

suite('Dockerfile schema', () => {
  let editor: vscode.TextEditor;
  const uri = workspaceUri('cache.Dockerfile');

  suiteSetup(async () => {
    editor = await open('cache.Dockerfile');
    await waitForDiagnostics(uri, withRule('dockerfile-syntax'), 'dockerfile-syntax');
  });

  test('a misspelt mount option gets a finding on the option, and its quick fix writes the valid one', async () => {
    const d = find(ours(uri), 'dockerfile-syntax');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(d.range, rangeOf(editor.document, 'traget'));
    assert.match(d.message, /"traget".+Did you mean target\?/);
    const actions = await codeActions(uri, d.range);
    const fix = actions.find((a) => a.title === 'Change to target (changes behaviour: review)');
    assert.ok(fix?.edit, `quick fix offered; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
    await waitForDiagnostics(uri, withoutRule('dockerfile-syntax'), 'dockerfile-syntax to clear');
    assert.equal(
      editor.document.lineAt(d.range.start.line).text,
      'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev',
    );
  });

  test('hover on a flag says what it does and links its concept note', async () => {
    const markdown = await hoverText(uri, rangeOf(editor.document, '--link').start.translate(0, 3));
    assert.match(markdown, /\*\*--link\*\* · `COPY`/);
    assert.match(markdown, /layer of its own/);
    assert.match(markdown, /\[Learn more: Image layers\]\([^)]*image-layers[^)]*\)/);
  });
});

suite('Dockerfile RUN analysis', () => {
  let editor: vscode.TextEditor;
  const uri = workspaceUri('apt.Dockerfile');

  suiteSetup(async () => {
    editor = await open('apt.Dockerfile');
    await waitForDiagnostics(
      uri,
      (ds) =>
        ['apt-no-install-recommends', 'apt-lists-cleanup', 'merge-consecutive-runs'].every((r) => withRule(r)(ds)),
      'the apt findings',
    );
  });

  test('hover on an instruction says what it does to the image', async () => {
    const markdown = await hoverText(uri, new vscode.Position(3, 1));
    assert.match(markdown, /\*\*USER\*\*/);
    assert.match(markdown, /```dockerfile\nUSER /);
  });

  test('the --no-install-recommends quick fix, marked for review, clears its finding and keeps the rest', async () => {
    const d = find(ours(uri), 'apt-no-install-recommends');
    const actions = await codeActions(uri, d.range);
    const fix = actions.find((a) => a.title === 'Add --no-install-recommends (changes behaviour: review)');
    assert.ok(fix?.edit, `quick fix offered; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
    const after = await waitForDiagnostics(uri, withoutRule('apt-no-install-recommends'), 'the finding to clear');
    assert.equal(editor.document.lineAt(2).text, 'RUN apt-get install --no-install-recommends -y curl');
    assert.ok(withRule('apt-lists-cleanup')(after) && withRule('merge-consecutive-runs')(after));
  });

  test('completes the options of a cache mount', async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      workspaceUri('cache.Dockerfile'),
      new vscode.Position(3, 23),
    );
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('sharing'), labels.join(', '));
  });
});

suite('Kubernetes manifest', () => {
  let editor: vscode.TextEditor;
  let diagnostics: vscode.Diagnostic[];
  const uri = workspaceUri('deployment.yaml');

  suiteSetup(async () => {
    editor = await open('deployment.yaml');
    const expected = EXPECTED['deployment.yaml'];
    diagnostics = await waitForDiagnostics(uri, (ds) => expected.every((r) => withRule(r)(ds)), expected.join(', '));
  });

  test('reports no-latest-container-image on the image value', () => {
    const d = find(diagnostics, 'no-latest-container-image');
    assert.equal(d.source, 'cntutor');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(d.range, rangeOf(editor.document, 'nginx:latest'));
    assert.match(d.message, /nginx:latest/);
    assertConceptLink(d, 'immutable-images');
  });

  test('reports run-as-non-root on the container name', () => {
    const d = find(diagnostics, 'run-as-non-root');
    assert.equal(d.source, 'cntutor');
    assert.deepEqual(d.range, rangeOf(editor.document, 'web', '- name: '));
    assertConceptLink(d, 'least-privilege');
  });

  test('reports the same findings as `cntutor lint --format json`', () => {
    assert.deepEqual(keys(diagnostics), cliReport(uri.fsPath).keys);
  });

  test('links every finding to its concept note (codeDescription.href)', () => {
    for (const d of diagnostics) assertConceptLink(d);
  });

  test('hover over the image explains the finding', async () => {
    const d = find(diagnostics, 'no-latest-container-image');
    const markdown = await hoverText(uri, d.range.start.translate(0, 3));
    assertExplains(markdown, 'Pin container images to a version or digest', 'immutable-images');
    assert.match(markdown, /```yaml/);
  });

  test('hover over the container explains every finding there', async () => {
    const d = find(diagnostics, 'run-as-non-root');
    const markdown = await hoverText(uri, d.range.start.translate(0, 1));
    assertExplains(markdown, 'Run containers as a non-root user', 'least-privilege');
    for (const other of diagnostics.filter((x) => x.range.isEqual(d.range)))
      assert.ok(markdown.includes(String(ruleOf(other))));
  });

  test('the run-as-non-root quick fix, marked for review, clears the finding', async () => {
    const d = find(diagnostics, 'run-as-non-root');
    const actions = await codeActions(uri, d.range);
    const fix = actions.find((a) => a.title.endsWith('(changes behaviour: review)') && /runAsNonRoot/.test(a.title));
    assert.ok(fix?.edit, `quick fix offered; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(
      vscode.CodeActionKind.QuickFix.contains(fix.kind ?? vscode.CodeActionKind.Empty),
      `kind ${fix.kind?.value}`,
    );
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
    const after = await waitForDiagnostics(uri, withoutRule('run-as-non-root'), 'run-as-non-root to clear');
    assert.match(editor.document.getText(), /runAsNonRoot: true/);
    const expected = [...rules(diagnostics)].filter((r) => r !== 'run-as-non-root');
    assert.deepEqual([...rules(after)].sort(), expected.sort(), 'the other findings stay');
  });

  test('"Ignore … here" adds a suppression comment that clears the finding', async () => {
    const d = find(ours(uri), 'no-latest-container-image');
    const actions = await codeActions(uri, d.range);
    const ignore = actions.find((a) => a.title === 'Ignore no-latest-container-image here');
    assert.ok(ignore?.edit, `ignore action offered; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    await waitForDiagnostics(uri, withoutRule('no-latest-container-image'), 'no-latest-container-image to clear');
    assert.match(editor.document.getText(), /# cntutor ignore=no-latest-container-image/);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, withRule('no-latest-container-image'), 'no-latest-container-image to return');
  });

  test('typing a pinned tag clears the finding', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, rangeOf(editor.document, 'latest', 'image: nginx:'), '1.27.3');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(uri, withoutRule('no-latest-container-image'), 'no-latest-container-image to clear');
  });

  test('source.fixAll.cntutor fixes every finding that is safe to fix on save, and only those', async () => {
    const { fixable, fixOnSave } = cliReport(uri.fsPath);
    // Earlier tests edited the document, so judge by what it shows now rather than by the file on disk.
    const present = rules(ours(uri));
    const review = [...fixable].filter((rule) => !fixOnSave.has(rule) && present.has(rule));
    assert.ok(
      [...fixOnSave].some((rule) => present.has(rule)) && review.length > 0,
      'the document has both kinds of fix',
    );
    const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await codeActions(uri, all, 'source.fixAll.cntutor');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.cntutor');
    assert.ok(fixAll?.edit, `fix-all offered; got: ${actions.map((a) => a.title).join(' | ') || 'nothing'}`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    const left = await waitForDiagnostics(
      uri,
      (ds) => !ds.some((d) => fixOnSave.has(String(ruleOf(d)))),
      'findings fixable on save to clear',
    );
    assert.ok(![...rules(left)].some((r) => fixOnSave.has(String(r))), summary(left));
    assert.ok(
      review.every((rule) => rules(left).has(rule)),
      `fixes that change behaviour are left for a person: ${summary(left)}`,
    );
  });

  test('leaves YAML that is not a Kubernetes manifest alone', async () => {
    const values = workspaceUri('values.yaml');
    await open('values.yaml');
    await sleep(1000);
    assert.deepEqual(ours(values), [], summary(ours(values)));
  });
});

suite('Concept notes', () => {
  const webviewTabs = (): vscode.Tab[] =>
    vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);

  test('cntutor.openConcept opens a note as rendered markdown', async () => {
    const before = webviewTabs().length;
    await vscode.commands.executeCommand('cntutor.openConcept', 'declarative-specs');
    for (let i = 0; i < 50 && webviewTabs().length <= before; i++) await sleep(100);
    const tabs = webviewTabs();
    assert.ok(
      tabs.length > before,
      `a preview opened; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', ')}`,
    );
  });

  test('cntutor.openConcept with an unknown id does not throw', async () => {
    await vscode.commands.executeCommand('cntutor.openConcept', 'no-such-concept');
  });
});
