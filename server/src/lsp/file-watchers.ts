import { DidChangeWatchedFilesNotification, type Connection } from 'vscode-languageserver';

/**
 * Editors that do not watch files on their own (Neovim, Helix…) are asked to, so deleted and
 * created manifests and kustomizations (and a folder's .env, for its COMPOSE_FILE list) reach the
 * index, and an open kustomization hears of the files it names appearing or going.
 */
export function askClientToWatchFiles(connection: Connection): void {
  void connection.client
    .register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{yaml,yml}' }, { globPattern: '**/Kustomization' }, { globPattern: '**/.env' }],
    })
    .catch(() => undefined);
}
