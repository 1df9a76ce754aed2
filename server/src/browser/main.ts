/**
 * The language server as a web worker, for editors that run in a browser (vscode.dev): the same
 * server as `cntutor-language-server`, talking over the worker's messages instead of a stream.
 * A worker has no file system: the client sends the workspace's files at initialisation
 * (`workspaceFiles`) and each change after (`cntutor/workspaceFiles`, before the file event that
 * makes the server read it), and the server reads them from memory (browser/memory-files.ts).
 */
import './node-globals';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { WORKSPACE_FILES_NOTIFICATION, type InitOptions, type WorkspaceFilesParams } from '../lsp/init-options';
import { startServer } from '../lsp/server';
import { updateFiles } from './memory-files';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
console.log = (...values: unknown[]) => connection.console.log(values.map(String).join(' '));
console.error = (...values: unknown[]) => connection.console.error(values.map(String).join(' '));
connection.onNotification(WORKSPACE_FILES_NOTIFICATION, (params: WorkspaceFilesParams | undefined) =>
  updateFiles(Array.isArray(params?.files) ? params.files : [], Array.isArray(params?.deleted) ? params.deleted : []),
);
startServer(connection, {
  initialize(params) {
    const files = (params.initializationOptions as InitOptions | undefined)?.workspaceFiles;
    if (Array.isArray(files)) updateFiles(files);
  },
});
