import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { Exercises, ExerciseInfo } from './exercises';
import type { FindingsStore, WorkspaceFinding } from './findings';
import { clientLocale, t } from './l10n';

interface NoteInfo {
  id: string;
  title: string;
  summary: string;
  kind: 'topic' | 'principle';
  topic?: number;
  rules: { id: string; title: string; severity: string; principle: boolean }[];
}

export type ConceptNode =
  | { type: 'group'; kind: 'topic' | 'principle' }
  | { type: 'note'; note: NoteInfo }
  | { type: 'rule'; rule: NoteInfo['rules'][number]; noteId: string }
  | { type: 'finding'; finding: WorkspaceFinding; index: number }
  | { type: 'exercise'; exercise: ExerciseInfo };

const SEVERITY_ICON: Record<string, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'lightbulb' };

/**
 * The "Cloud Native Concepts" view: the twelve course topics and the principles, each with the
 * rules that teach it and their findings in the workspace (counted), and the exercises of each
 * topic, marked when done. Clicking opens the note, the rule's page or the finding.
 */
export class ConceptsView implements vscode.TreeDataProvider<ConceptNode>, vscode.Disposable {
  private notes: NoteInfo[] | undefined;
  private exercises: ExerciseInfo[] | undefined;
  private readonly changed = new vscode.EventEmitter<ConceptNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly client: () => LanguageClient | undefined,
    /** Settles once the server has started. */
    private readonly ready: Promise<void>,
    private readonly findings: FindingsStore,
    private readonly practice: Exercises,
  ) {
    this.subscriptions = [
      this.changed,
      findings.onDidChange(() => this.redraw()),
      practice.onDidChange(() => this.redraw()),
    ];
  }

  private redrawTimer: NodeJS.Timeout | undefined;

  /** Draws the view again once a burst of changes has settled. */
  private redraw(): void {
    if (this.redrawTimer) clearTimeout(this.redrawTimer);
    this.redrawTimer = setTimeout(() => this.changed.fire(undefined), 100);
  }

  /** Forgets what it loaded (after a change of language) and draws the view again. */
  reload(): void {
    this.notes = undefined;
    this.exercises = undefined;
    this.redraw();
  }

  private async load(): Promise<NoteInfo[]> {
    const client = this.client();
    if (!client) return [];
    if (!this.notes) {
      const locale = clientLocale();
      await this.ready;
      [this.notes, this.exercises] = await Promise.all([
        client.sendRequest<NoteInfo[]>('cntutor/concepts', { locale }),
        this.practice.list(),
      ]);
      void this.findings.refresh();
    }
    return this.notes;
  }

  private count(note: NoteInfo): number {
    const ids = new Set(note.rules.map((r) => r.id));
    return this.findings.all().filter((f) => ids.has(f.ruleId)).length;
  }

  async getChildren(node?: ConceptNode): Promise<ConceptNode[]> {
    const notes = await this.load();
    if (!node)
      return [
        { type: 'group', kind: 'topic' },
        { type: 'group', kind: 'principle' },
      ];
    if (node.type === 'group')
      return notes.filter((n) => n.kind === node.kind).map((note): ConceptNode => ({ type: 'note', note }));
    if (node.type === 'note') {
      const rules = node.note.rules.map((rule): ConceptNode => ({ type: 'rule', rule, noteId: node.note.id }));
      const exercises = (this.exercises ?? [])
        .filter((e) => e.topic === node.note.id)
        .map((exercise): ConceptNode => ({ type: 'exercise', exercise }));
      return [...exercises, ...rules];
    }
    if (node.type === 'rule')
      return this.findings
        .byRule(node.rule.id)
        .map((finding, index): ConceptNode => ({ type: 'finding', finding, index }));
    return [];
  }

  getTreeItem(node: ConceptNode): vscode.TreeItem {
    const None = vscode.TreeItemCollapsibleState.None;
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.type) {
      case 'group': {
        const item = new vscode.TreeItem(
          node.kind === 'topic' ? t('Course topics') : t('Principles'),
          vscode.TreeItemCollapsibleState.Expanded,
        );
        item.id = `group:${node.kind}`;
        return item;
      }
      case 'note': {
        const { note } = node;
        const label = note.topic ? `${note.topic}. ${note.title}` : note.title;
        const item = new vscode.TreeItem(label, Collapsed);
        const count = this.count(note);
        item.id = `note:${note.id}`;
        item.description = count > 0 ? t('{0} findings', count) : undefined;
        item.tooltip = note.summary;
        item.iconPath = new vscode.ThemeIcon(note.kind === 'topic' ? 'book' : 'lightbulb');
        item.contextValue = 'note';
        item.command = { command: 'cntutor.openConcept', title: t('Open Concept Note'), arguments: [note.id] };
        return item;
      }
      case 'rule': {
        const { rule } = node;
        const count = this.findings.byRule(rule.id).length;
        const item = new vscode.TreeItem(rule.title, count > 0 ? Collapsed : None);
        item.id = `rule:${node.noteId}:${rule.id}`;
        item.description = count > 0 ? `${rule.id} · ${count}` : rule.id;
        item.tooltip = rule.principle ? t('Enforces this principle') : t('Illustrates this course topic');
        item.iconPath = new vscode.ThemeIcon(rule.principle ? 'law' : 'symbol-ruler');
        item.command = { command: 'cntutor.openRule', title: t('Open Rule'), arguments: [rule.id] };
        return item;
      }
      case 'finding': {
        const { finding } = node;
        const where = `${finding.uri.path.slice(finding.uri.path.lastIndexOf('/') + 1)}:${finding.range.start.line + 1}`;
        const item = new vscode.TreeItem(where, None);
        item.description = finding.message;
        item.tooltip = `${vscode.workspace.asRelativePath(finding.uri)}:${finding.range.start.line + 1}\n${finding.message}`;
        item.iconPath = new vscode.ThemeIcon(SEVERITY_ICON[finding.severity] ?? 'circle-small');
        item.command = {
          command: 'vscode.open',
          title: t('Show Finding'),
          arguments: [finding.uri, { selection: finding.range, preview: false }],
        };
        return item;
      }
      case 'exercise': {
        const { exercise } = node;
        const done = this.practice.isDone(exercise.id);
        const item = new vscode.TreeItem(t('Exercise: {0}', exercise.title), None);
        item.id = `exercise:${exercise.id}`;
        item.description = done ? t('done') : undefined;
        item.tooltip = exercise.goal;
        item.iconPath = new vscode.ThemeIcon(done ? 'pass-filled' : 'beaker');
        item.command = { command: 'cntutor.startExercise', title: t('Start Exercise'), arguments: [exercise.id] };
        return item;
      }
    }
  }

  dispose(): void {
    if (this.redrawTimer) clearTimeout(this.redrawTimer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
