import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { clientLocale, t } from './l10n';

export interface ExerciseInfo {
  id: string;
  topic: string;
  file: string;
  title: string;
  goal: string;
  hints: string[];
  start: string;
}

export interface CheckResult {
  passed: boolean;
  lines: string[];
}

/** Where the learner's progress lives: this machine's extension state, never sent anywhere. */
const DONE_KEY = 'cntutor.exercisesDone';

/**
 * Exercises in the editor: each starts in a scratch folder of the extension's own storage, checks
 * itself on save (or on demand), and is remembered as done in the extension's global state.
 */
export class Exercises implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  /** Hints shown so far, by exercise: each request reveals the next one. */
  private readonly hintsShown = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
  ) {
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidSaveTextDocument((document) => {
        const id = this.exerciseOf(document.uri);
        if (id) void this.check(id, document, true);
      }),
    ];
  }

  isDone(id: string): boolean {
    return this.context.globalState.get<string[]>(DONE_KEY, []).includes(id);
  }

  async list(): Promise<ExerciseInfo[]> {
    const client = this.client();
    if (!client) return [];
    return client.sendRequest<ExerciseInfo[]>('cntutor/exercises', { locale: clientLocale() });
  }

  /** The scratch folder of an exercise. */
  folder(id: string): vscode.Uri {
    return vscode.Uri.joinPath(this.context.globalStorageUri, 'exercises', id);
  }

  /** The exercise a file belongs to, from its place in the scratch folders. */
  exerciseOf(uri: vscode.Uri): string | undefined {
    const base = vscode.Uri.joinPath(this.context.globalStorageUri, 'exercises').toString();
    const path = uri.toString();
    return path.startsWith(`${base}/`) ? path.slice(base.length + 1).split('/')[0] : undefined;
  }

  /** Writes the exercise's file (unless the learner has started it already) and opens it. */
  async start(id?: string, fresh = false): Promise<vscode.Uri | undefined> {
    const exercise = await this.choose(id, t('Choose an exercise to start'));
    if (!exercise) return undefined;
    const file = vscode.Uri.joinPath(this.folder(exercise.id), exercise.file);
    const exists = await vscode.workspace.fs.stat(file).then(
      () => true,
      () => false,
    );
    if (!exists || fresh) {
      await vscode.workspace.fs.createDirectory(this.folder(exercise.id));
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(exercise.start));
      this.hintsShown.delete(exercise.id);
    }
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document, { preview: false });
    void this.tellGoal(exercise);
    return file;
  }

  private async tellGoal(exercise: ExerciseInfo): Promise<void> {
    const hint = t('Show a hint');
    const check = t('Check');
    const again = t('Start over');
    const answer = await vscode.window.showInformationMessage(
      t('Exercise: {0}. {1} It is checked each time you save.', exercise.title, exercise.goal),
      hint,
      check,
      again,
    );
    if (answer === hint) await this.hint(exercise.id);
    else if (answer === check) await this.check(exercise.id);
    else if (answer === again) await this.start(exercise.id, true);
  }

  /** Reveals the next hint; returns its text. */
  async hint(id?: string): Promise<string | undefined> {
    const exercise = await this.choose(id ?? this.activeExercise(), t('Choose an exercise'));
    if (!exercise) return undefined;
    const shown = Math.min((this.hintsShown.get(exercise.id) ?? 0) + 1, exercise.hints.length);
    this.hintsShown.set(exercise.id, shown);
    const text = exercise.hints[shown - 1] ?? '';
    void vscode.window.showInformationMessage(t('Hint {0} of {1}: {2}', shown, exercise.hints.length, text));
    return text;
  }

  /**
   * Checks the exercise's file (or the given document) and says what remains; a pass is recorded
   * as done. `quiet` (on save) keeps silent unless the exercise has just been solved.
   */
  async check(id?: string, document?: vscode.TextDocument, quiet = false): Promise<CheckResult | undefined> {
    const exercise = await this.choose(id ?? this.activeExercise(), t('Choose an exercise to check'));
    const client = this.client();
    if (!exercise || !client) return undefined;
    const text =
      document?.getText() ??
      (await vscode.workspace.openTextDocument(vscode.Uri.joinPath(this.folder(exercise.id), exercise.file))).getText();
    const result = await client.sendRequest<CheckResult>('cntutor/checkExercise', {
      id: exercise.id,
      text,
      locale: clientLocale(),
    });
    if (result.passed) {
      const wasDone = this.isDone(exercise.id);
      if (!wasDone) {
        const done = this.context.globalState.get<string[]>(DONE_KEY, []);
        await this.context.globalState.update(DONE_KEY, [...done, exercise.id]);
        this.changed.fire();
      }
      if (!quiet || !wasDone) {
        // Not awaited: the command answers at once, the message waits for the learner.
        const read = t('Read the note');
        void vscode.window.showInformationMessage(t('Solved: {0}', exercise.title), read).then((answer) => {
          if (answer === read) void vscode.commands.executeCommand('cntutor.openConcept', exercise.topic);
        });
      }
    } else if (!quiet) {
      void vscode.window.showWarningMessage(`${t('Not yet')}: ${result.lines.join(' · ')}`);
    }
    return result;
  }

  private activeExercise(): string | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri;
    return uri ? this.exerciseOf(uri) : undefined;
  }

  private async choose(id: string | undefined, placeHolder: string): Promise<ExerciseInfo | undefined> {
    const exercises = await this.list();
    if (id) return exercises.find((e) => e.id === id);
    const picked = await vscode.window.showQuickPick(
      exercises.map((e) => ({
        label: `${this.isDone(e.id) ? '$(pass-filled) ' : ''}${e.title}`,
        description: e.id,
        detail: e.goal,
        id: e.id,
      })),
      { placeHolder, matchOnDetail: true },
    );
    return exercises.find((e) => e.id === picked?.id);
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
