/**
 * The language server as a web worker, for editors that run in a browser (vscode.dev): the same
 * server as `cntutor-language-server`, talking over the worker's messages instead of a stream.
 * Documents arrive through the protocol; there is no file system, so what the server would read
 * from disk (workspace CRDs, `.cntutor.yaml`, build contexts) is absent, as for a virtual
 * workspace on the desktop.
 */
import './node-globals';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
console.log = (...values: unknown[]) => connection.console.log(values.map(String).join(' '));
console.error = (...values: unknown[]) => connection.console.error(values.map(String).join(' '));
startServer(connection);
