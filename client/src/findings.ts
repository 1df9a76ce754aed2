import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

export interface WorkspaceFinding {
  uri: vscode.Uri;
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  range: vscode.Range;
}

interface WireFinding {
  ruleId: string;
  severity: WorkspaceFinding['severity'];
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** How long to wait after the last change before asking the server again. */
const REFRESH_DELAY_MS = 600;

/**
 * The findings of every Dockerfile and manifest in the workspace, as the server reports them (open
 * files with their unsaved text). While someone watches (the Concepts view is visible), refreshed
 * after diagnostics change and after files are saved; otherwise only when asked.
 */
export class FindingsStore implements vscode.Disposable {
  private findings: WorkspaceFinding[] = [];
  private timer: NodeJS.Timeout | undefined;
  private watching = false;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscriptions = [
      vscode.languages.onDidChangeDiagnostics(() => this.refreshSoon()),
      vscode.workspace.onDidSaveTextDocument(() => this.refreshSoon()),
      vscode.workspace.onDidCreateFiles(() => this.refreshSoon()),
      vscode.workspace.onDidDeleteFiles(() => this.refreshSoon()),
      this.changed,
    ];
  }

  all(): readonly WorkspaceFinding[] {
    return this.findings;
  }

  byRule(ruleId: string): WorkspaceFinding[] {
    return this.findings.filter((f) => f.ruleId === ruleId);
  }

  /** Follow changes while `on`; a view that is hidden needs no workspace scans. */
  watch(on: boolean): void {
    this.watching = on;
    if (on) this.refreshSoon();
  }

  refreshSoon(): void {
    if (!this.watching) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  async refresh(): Promise<void> {
    const client = this.client();
    if (!client?.isRunning()) return;
    try {
      const files = await client.sendRequest<{ uri: string; findings: WireFinding[] }[]>(
        'cntutor/workspaceFindings',
        {},
      );
      this.findings = files.flatMap((file) =>
        file.findings.map((f) => ({
          uri: vscode.Uri.parse(file.uri),
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          range: new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character),
        })),
      );
      this.changed.fire();
    } catch {
      // The server restarted or stopped; the next change asks again.
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** Opens a finding's file with its range selected. */
export async function revealFinding(finding: Pick<WorkspaceFinding, 'uri' | 'range'>): Promise<void> {
  await vscode.window.showTextDocument(finding.uri, { selection: finding.range, preview: false });
}
