import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import CHUNKS from '../../server/src/browser/chunks.json';
import { activateTutor, deactivateTutor, type TutorApi } from './activate';
import { serverUris } from './server-uris';
import { WORKSPACE_FILES_NOTIFICATION, type WorkspaceFilesParams } from '../../server/src/lsp/init-options';
import { collectFiles, fileChangeMiddleware } from './workspace-files';

export type { TutorApi } from './activate';

/** The DOM's Worker, as the browser client takes it (the project's types are Node's). */
type ServerWorker = Exclude<ConstructorParameters<typeof LanguageClient>[2], () => unknown>;
declare const Worker: new (url: string) => ServerWorker;

/**
 * The server's worker, from the script's address where the editor serves the extension over HTTP
 * (vscode.dev). VS Code's browser extension host starts no worker from an address its own server
 * holds (`vscode-remote:`, as in code-server or a remote window opened in a browser): there the
 * script is read through the editor's file system and started from memory, with the scripts it
 * would load beside it on first use put before it (server/src/browser/generated-modules.ts).
 */
async function startWorker(script: vscode.Uri): Promise<ServerWorker> {
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const folder = vscode.Uri.joinPath(script, '..');
  const parts = await Promise.all(
    [...Object.keys(CHUNKS).map((name) => vscode.Uri.joinPath(folder, `${name}.js`)), script].map((uri) =>
      vscode.workspace.fs.readFile(uri),
    ),
  );
  const text = parts.flatMap((part) => [part, new TextEncoder().encode(';\n')]);
  return new Worker(URL.createObjectURL(new Blob(text, { type: 'text/javascript' })));
}

/**
 * The web extension (package.json `browser`), for VS Code in a browser (vscode.dev, code-server):
 * the language server runs in a web worker started from the extension's own files.
 */
export function activate(context: vscode.ExtensionContext): Promise<TutorApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  // The schemes of a browser's workspaces: a GitHub or Azure repository (vscode-vfs), a remote
  // machine's files (vscode-remote), a local folder, and unsaved editors.
  return activateTutor(context, ['file', 'untitled', 'vscode-vfs', 'vscode-remote'], async (options) => {
    // Folders of other schemes than file: are shown to the server as file paths (server-uris.ts).
    const schemes = new Set(
      (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme).filter((scheme) => scheme !== 'file'),
    );
    const uris = serverUris(schemes, vscode.Uri);
    const said: string[] = [];
    const files = await collectFiles(uris.toServer, (message) => said.push(message));
    const send = (params: WorkspaceFilesParams): Promise<void> =>
      client.sendNotification(WORKSPACE_FILES_NOTIFICATION, params);
    const client: LanguageClient = new LanguageClient('cntutor', 'Cloud Native Tutor', await startWorker(serverMain), {
      ...options,
      uriConverters: { code2Protocol: uris.toServer, protocol2Code: uris.fromServer },
      initializationOptions: { ...options.initializationOptions, workspaceFiles: files },
      middleware: { ...options.middleware, workspace: fileChangeMiddleware(uris.fromServer, send) },
    });
    for (const message of said) client.outputChannel.appendLine(message);
    return client;
  });
}

export const deactivate = deactivateTutor;
