import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { revealFinding, type FindingsStore } from './findings';
import { clientLocale, t, type Locale } from './l10n';

/** Links inside pages: `cntutor:concept/ID`, `cntutor:rule/ID`, `cntutor:finding/N`. */
const LINK_BASE = 'cntutor:';

interface Page {
  id: string;
  title: string;
  markdown: string;
}

/**
 * Concept notes and rule explanations, rendered in one webview panel with working links: from a
 * note to its related notes and rules, from a rule to its concept and to its findings in the
 * workspace. Markdown is rendered by VS Code's own markdown extension.
 */
export class NotePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** Findings linked from the page on show, by the index their links carry. */
  private pageFindings: { uri: vscode.Uri; range: vscode.Range }[] = [];
  /** What the panel shows, for tests and for reopening in another language. */
  current: { kind: 'concept' | 'rule'; id: string; locale: Locale; title: string } | undefined;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly findings: FindingsStore,
  ) {}

  async openConcept(id?: string, locale?: Locale): Promise<boolean> {
    const client = this.requireClient();
    const chosenLocale = locale ?? clientLocale(vscode.window.activeTextEditor?.document.uri);
    const chosen = id ?? (await this.pick(client, chosenLocale));
    if (!chosen) return false;
    const page = await client.sendRequest<Page | null>('cntutor/concept', {
      id: chosen,
      locale: chosenLocale,
      linkBase: LINK_BASE,
    });
    if (!page) {
      void vscode.window.showWarningMessage(t('No concept note named "{0}".', chosen));
      return false;
    }
    this.pageFindings = [];
    await this.show(page, 'concept', chosenLocale);
    return true;
  }

  async openRule(id: string, locale?: Locale): Promise<boolean> {
    const client = this.requireClient();
    const chosenLocale = locale ?? clientLocale(vscode.window.activeTextEditor?.document.uri);
    const page = await client.sendRequest<Page | null>('cntutor/rule', {
      id,
      locale: chosenLocale,
      linkBase: LINK_BASE,
    });
    if (!page) {
      void vscode.window.showWarningMessage(t('No rule named "{0}".', id));
      return false;
    }
    await this.findings.refresh();
    const found = this.findings.byRule(id);
    this.pageFindings = found;
    const heading = `## ${t('Findings in this workspace')} (${found.length})`;
    const list =
      found.length === 0
        ? t('None: every Dockerfile and manifest in the workspace follows this rule.')
        : found
            .map((f, i) => {
              const where = `${vscode.workspace.asRelativePath(f.uri)}:${f.range.start.line + 1}`;
              return `- [${where}](${LINK_BASE}finding/${i}) — ${f.message.replace(/([[\]])/g, '\\$1')}`;
            })
            .join('\n');
    await this.show({ ...page, markdown: `${page.markdown}\n${heading}\n\n${list}\n` }, 'rule', chosenLocale);
    return true;
  }

  private requireClient(): LanguageClient {
    const client = this.client();
    if (!client) throw new Error(t('The Cloud Native Tutor server is not running.'));
    return client;
  }

  private async pick(client: LanguageClient, locale: Locale): Promise<string | undefined> {
    const notes = await client.sendRequest<{ id: string; title: string; summary: string }[]>('cntutor/concepts', {
      locale,
    });
    const picked = await vscode.window.showQuickPick(
      notes.map((n) => ({ label: n.title, description: n.id, detail: n.summary, id: n.id })),
      { placeHolder: t('Open a concept note') },
    );
    return picked?.id;
  }

  private async show(page: Page, kind: 'concept' | 'rule', locale: Locale): Promise<void> {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'cntutor.note',
        page.title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
        { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.current = undefined;
      });
      this.panel.webview.onDidReceiveMessage((message: { href?: unknown }) =>
        typeof message.href === 'string' ? this.follow(message.href) : undefined,
      );
    }
    this.panel.title = page.title;
    this.panel.webview.html = html(this.panel.webview, await render(page.markdown), locale);
    this.current = { kind, id: page.id, locale, title: page.title };
    this.panel.reveal(undefined, false);
  }

  private async follow(href: string): Promise<void> {
    const locale = this.current?.locale;
    const match = /^cntutor:(concept|rule|finding)\/([\w-]+)$/.exec(href);
    if (match?.[1] === 'concept' && match[2]) await this.openConcept(match[2], locale);
    else if (match?.[1] === 'rule' && match[2]) await this.openRule(match[2], locale);
    else if (match?.[1] === 'finding' && match[2]) {
      const finding = this.pageFindings[Number(match[2])];
      if (finding) await revealFinding(finding);
    } else if (/^https?:\/\//.test(href)) await vscode.env.openExternal(vscode.Uri.parse(href));
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

async function render(markdown: string): Promise<string> {
  try {
    return await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
  } catch {
    // Without the markdown extension the page is still readable as text.
    return `<pre>${markdown.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c)}</pre>`;
  }
}

function html(webview: vscode.Webview, body: string, locale: Locale): string {
  const nonce = Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${webview.cspSource} https: data:; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); line-height: 1.6; max-width: 52rem; padding: 0 1.5rem 2rem; color: var(--vscode-foreground); }
  a { color: var(--vscode-textLink-foreground); cursor: pointer; }
  code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 0 0.2em; border-radius: 3px; }
  pre { background: var(--vscode-textCodeBlock-background); padding: 0.75em 1em; overflow-x: auto; border-radius: 4px; }
  pre code { background: none; padding: 0; }
  h1 { border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: 0.3em; }
</style>
</head>
<body>
${body}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({ href: link.getAttribute('href') });
  });
</script>
</body>
</html>`;
}
