import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const SCHEME = 'cntutor-concept';

interface ConceptPayload {
  id: string;
  title: string;
  markdown: string;
}

/** Shows concept notes, which live in the server bundle, as rendered markdown previews. */
export class ConceptViewer implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  register(): vscode.Disposable {
    return vscode.Disposable.from(vscode.workspace.registerTextDocumentContentProvider(SCHEME, this), this.changed);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.path) ?? '# Concept note not loaded\n';
  }

  async open(id?: string): Promise<void> {
    const client = this.client();
    if (!client) throw new Error('The Cloud Native Tutor server is not running.');
    const locale = vscode.env.language.startsWith('ko') ? 'ko' : 'en';
    const chosen = id ?? (await this.pick(client, locale));
    if (!chosen) return;
    const note = await client.sendRequest<ConceptPayload | null>('cntutor/concept', { id: chosen, locale });
    if (!note) {
      void vscode.window.showWarningMessage(`No concept note named "${chosen}".`);
      return;
    }
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${note.id}.${locale}.md` });
    this.contents.set(uri.path, note.markdown);
    this.changed.fire(uri);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  }

  private async pick(client: LanguageClient, locale: string): Promise<string | undefined> {
    const notes = await client.sendRequest<{ id: string; title: string; summary: string }[]>('cntutor/concepts', {
      locale,
    });
    const picked = await vscode.window.showQuickPick(
      notes.map((n) => ({ label: n.title, description: n.id, detail: n.summary, id: n.id })),
      { placeHolder: 'Open a concept note' },
    );
    return picked?.id;
  }
}
