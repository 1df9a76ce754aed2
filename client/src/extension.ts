import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateTutor, deactivateTutor, type TutorApi } from './activate';

export type { TutorApi } from './activate';

/** The desktop extension: the language server runs as a Node process beside the editor. */
export function activate(context: vscode.ExtensionContext): Promise<TutorApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  // Real files and unsaved editors.
  return activateTutor(
    context,
    ['file', 'untitled'],
    (options) => new LanguageClient('cntutor', 'Cloud Native Tutor', serverOptions, options),
  );
}

export const deactivate = deactivateTutor;
