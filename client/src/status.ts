import * as vscode from 'vscode';
import { t } from './l10n';

type ServerState = 'starting' | 'running' | 'stopped';

/** Status bar item: the server's state and how many findings are open across the workspace. */
export class FindingsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cntutor.status', vscode.StatusBarAlignment.Left, 10);
  private state: ServerState = 'starting';

  constructor() {
    this.item.name = 'Cloud Native Tutor';
    this.item.command = 'cntutor.showOutput';
    this.item.show();
  }

  setState(state: ServerState): void {
    this.state = state;
    this.refresh();
  }

  refresh(): void {
    let count = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      count += diagnostics.filter((d) => d.source === 'cntutor').length;
    }
    const icon = this.state === 'running' ? '$(mortar-board)' : this.state === 'starting' ? '$(sync~spin)' : '$(error)';
    this.item.text = `${icon} ${count}`;
    const state =
      this.state === 'running'
        ? t('server running')
        : this.state === 'starting'
          ? t('server starting')
          : t('server stopped');
    this.item.tooltip = t('Cloud Native Tutor: {0}, {1} finding(s). Click for the server log.', state, count);
    this.item.backgroundColor =
      this.state === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
