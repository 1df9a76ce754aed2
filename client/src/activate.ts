/**
 * What the extension does once its language client exists, the same on the desktop (extension.ts,
 * a Node process) and in a browser (browser.ts, a web worker): the client's options, views,
 * commands and status.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { ConceptsView } from './concepts-view';
import { Exercises } from './exercises';
import { FindingsStore } from './findings';
import { configureL10n, type Locale } from './l10n';
import { NotePanel } from './note-panel';
import { openSamples } from './samples';
import { FindingsStatus } from './status';

let client: BaseLanguageClient | undefined;

/** What the extension offers other extensions and its end-to-end tests. */
export interface TutorApi {
  concepts: ConceptsView;
  notes: NotePanel;
  exercises: Exercises;
}

const asLocale = (value: unknown): Locale | undefined => (value === 'en' || value === 'ko' ? value : undefined);

/**
 * Starts the client `makeClient` builds from the shared options, for documents of the given URI
 * schemes (never a git or diff view's: they show old text nobody can fix), and everything around it.
 */
export async function activateTutor(
  context: vscode.ExtensionContext,
  schemes: string[],
  makeClient: (options: LanguageClientOptions) => BaseLanguageClient | Promise<BaseLanguageClient>,
): Promise<TutorApi> {
  configureL10n();
  const extensionId = `${context.extension.packageJSON.publisher}.${context.extension.packageJSON.name}`;
  const clientOptions: LanguageClientOptions = {
    documentSelector: schemes.flatMap((scheme) => [
      { scheme, language: 'dockerfile' },
      { scheme, language: 'yaml' },
      { scheme, language: 'dockercompose' },
      // Helm's templates, as editors with a Helm extension name them: linted as rendered with their chart's values.
      { scheme, language: 'helm' },
      { scheme, pattern: '**/{Dockerfile,Containerfile,*.Dockerfile,*.dockerfile,Dockerfile.*,Containerfile.*}' },
      // A folder's .env, as typed: its COMPOSE_FILE list says which Compose files are one project.
      { scheme, pattern: '**/.env' },
    ]),
    synchronize: {
      fileEvents: [
        // Project files and every manifest: CRDs, kustomizations and objects elsewhere change how a manifest is judged;
        // env files and .gitignore files change what a Compose file's env files hold, and which git keeps.
        vscode.workspace.createFileSystemWatcher('**/{*.yaml,*.yml,.env,*.env,.gitignore}'),
        // Any file appearing or going: a path a kustomization or a Compose file names may be the one.
        vscode.workspace.createFileSystemWatcher('**/*', false, true, false),
      ],
    },
    initializationOptions: {
      conceptLinkBase: `${vscode.env.uriScheme}://${extensionId}/concept/`,
      commandLinks: true,
      // VS Code already shows the diagnostic's message right above our hover.
      hoverRepeatsMessage: false,
      trusted: vscode.workspace.isTrusted,
      // The watcher above already sends these events; the server need not register its own.
      watchesFiles: true,
    },
    middleware: {
      // Hover links open concept notes through our own command, so the markdown must trust it.
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        for (const content of hover?.contents ?? []) {
          if (content instanceof vscode.MarkdownString)
            content.isTrusted = { enabledCommands: ['cntutor.openConcept'] };
        }
        return hover;
      },
    },
  };
  // Shown while the client is made: in a browser that includes reading the workspace's files.
  const status = new FindingsStatus();
  status.setState('starting');
  context.subscriptions.push(status);
  client = await makeClient(clientOptions);
  const started = client.start();

  const findings = new FindingsStore(() => client);
  const notes = new NotePanel(() => client, findings);
  const exercises = new Exercises(context, () => client);
  const concepts = new ConceptsView(() => client, started, findings, exercises);
  const conceptsTree = vscode.window.createTreeView('cntutor.concepts', { treeDataProvider: concepts });
  context.subscriptions.push(
    findings,
    notes,
    exercises,
    concepts,
    conceptsTree,
    conceptsTree.onDidChangeVisibility(({ visible }) => findings.watch(visible)),
    vscode.commands.registerCommand('cntutor.openConcept', (id?: unknown, locale?: unknown) =>
      notes.openConcept(typeof id === 'string' ? id : undefined, asLocale(locale)),
    ),
    vscode.commands.registerCommand('cntutor.openRule', (id?: unknown, locale?: unknown) =>
      typeof id === 'string' ? notes.openRule(id, asLocale(locale)) : false,
    ),
    vscode.commands.registerCommand('cntutor.startExercise', (id?: unknown) =>
      exercises.start(typeof id === 'string' ? id : undefined),
    ),
    vscode.commands.registerCommand('cntutor.checkExercise', (id?: unknown) =>
      exercises.check(typeof id === 'string' ? id : undefined),
    ),
    vscode.commands.registerCommand('cntutor.exerciseHint', (id?: unknown) =>
      exercises.hint(typeof id === 'string' ? id : undefined),
    ),
    vscode.commands.registerCommand('cntutor.openSamples', () => openSamples(context.globalStorageUri)),
    vscode.commands.registerCommand('cntutor.refreshConcepts', async () => {
      concepts.reload();
      await findings.refresh();
    }),
    vscode.commands.registerCommand('cntutor.showOutput', () => client?.outputChannel.show()),
    vscode.commands.registerCommand('cntutor.restartServer', async () => {
      await client?.stop();
      await client?.start();
    }),
    vscode.window.registerUriHandler({
      handleUri(uri: vscode.Uri) {
        const match = /^\/concept\/([\w-]+)/.exec(uri.path);
        const locale = asLocale(new URLSearchParams(uri.query).get('locale'));
        if (match?.[1]) void notes.openConcept(match[1], locale);
      },
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('cntutor.locale')) return;
      configureL10n();
      concepts.reload();
      status.refresh();
    }),
    client.onDidChangeState(({ newState }) =>
      status.setState(newState === State.Running ? 'running' : newState === State.Starting ? 'starting' : 'stopped'),
    ),
    vscode.languages.onDidChangeDiagnostics(() => status.refresh()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('cntutor/trust', { trusted: true })),
  );
  status.setState('starting');
  await started;
  return { concepts, notes, exercises };
}

/** Stops the language server, if one was started. */
export async function deactivateTutor(): Promise<void> {
  await client?.stop();
}
