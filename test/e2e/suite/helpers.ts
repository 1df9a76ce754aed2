import * as vscode from 'vscode';

export const EXTENSION_ID = 'cntutor.cloud-native-tutor';

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cntutor');
}

export function ruleOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

export function summary(diagnostics: readonly vscode.Diagnostic[]): string {
  return (
    diagnostics.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ') || 'none'
  );
}

/** Resolves once the document's cntutor diagnostics satisfy `ready`; listens to changes, no busy polling. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ready: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeout = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = ours(uri);
      if (!ready(diagnostics)) return false;
      done();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for ${what} in ${uri.path}; diagnostics: ${summary(ours(uri))}`));
    }, timeout);
    const done = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

export function withRule(rule: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.some((d) => ruleOf(d) === rule);
}

export function withoutRule(rule: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => !diagnostics.some((d) => ruleOf(d) === rule);
}

export function find(diagnostics: readonly vscode.Diagnostic[], rule: string): vscode.Diagnostic {
  const found = diagnostics.find((d) => ruleOf(d) === rule);
  if (!found) throw new Error(`no ${rule} diagnostic; have: ${summary(diagnostics)}`);
  return found;
}

/** The range of the first `text` in the document after the first `after`. */
export function rangeOf(document: vscode.TextDocument, text: string, after = ''): vscode.Range {
  const anchor = document.getText().indexOf(after);
  const index = anchor < 0 ? -1 : document.getText().indexOf(text, anchor + after.length);
  if (index < 0) throw new Error(`"${text}" after "${after}" not found in ${document.uri.path}`);
  return new vscode.Range(document.positionAt(index), document.positionAt(index + text.length));
}

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
  );
  return actions.filter((a): a is vscode.CodeAction => !('command' in a && typeof a.command === 'string'));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Reverts and closes the editors of the documents whose path holds `part`: a dirty editor asked to
 * close waits for an answer no test gives.
 */
export async function revertEditorsOf(part: string): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.uri.path.includes(part))) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
