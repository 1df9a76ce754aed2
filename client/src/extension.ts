import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { ConceptViewer } from './concepts';
import { FindingsStatus } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const extensionId = `${context.extension.packageJSON.publisher}.${context.extension.packageJSON.name}`;
  const clientOptions: LanguageClientOptions = {
    // Real files and unsaved editors only: git and diff views show old text nobody can fix.
    documentSelector: ['file', 'untitled'].flatMap((scheme) => [
      { scheme, language: 'dockerfile' },
      { scheme, language: 'yaml' },
      { scheme, pattern: '**/{Dockerfile,Containerfile,*.Dockerfile,*.dockerfile,Dockerfile.*,Containerfile.*}' },
    ]),
    // Project files and every manifest: CRDs and kustomizations elsewhere change how a manifest validates.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}') },
    initializationOptions: {
      conceptLinkBase: `${vscode.env.uriScheme}://${extensionId}/concept/`,
      commandLinks: true,
      // VS Code already shows the diagnostic's message right above our hover.
      hoverRepeatsMessage: false,
      trusted: vscode.workspace.isTrusted,
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
  client = new LanguageClient('cntutor', 'Cloud Native Tutor', serverOptions, clientOptions);

  const viewer = new ConceptViewer(() => client);
  const status = new FindingsStatus();
  context.subscriptions.push(
    viewer.register(),
    status,
    vscode.commands.registerCommand('cntutor.openConcept', (id?: unknown) =>
      viewer.open(typeof id === 'string' ? id : undefined),
    ),
    vscode.commands.registerCommand('cntutor.showOutput', () => client?.outputChannel.show()),
    vscode.commands.registerCommand('cntutor.restartServer', async () => {
      await client?.restart();
    }),
    vscode.window.registerUriHandler({
      handleUri(uri: vscode.Uri) {
        const match = /^\/concept\/([\w-]+)/.exec(uri.path);
        if (match?.[1]) void viewer.open(match[1]);
      },
    }),
    client.onDidChangeState(({ newState }) =>
      status.setState(newState === State.Running ? 'running' : newState === State.Starting ? 'starting' : 'stopped'),
    ),
    vscode.languages.onDidChangeDiagnostics(() => status.refresh()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('cntutor/trust', { trusted: true })),
  );
  status.setState('starting');
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
