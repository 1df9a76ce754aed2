/**
 * Opening the same documents in the Node server and in the browser build's worker, side by side,
 * and reading what each publishes once it is quiet: the two must agree.
 */
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import type { TestClient } from '../lsp/client';

export interface OpenDocument {
  uri: string;
  languageId: string;
  text: string;
}

/** The language a file name is opened as, as VS Code picks it. */
export function languageOf(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  if (/(^|\.)(Dockerfile|Containerfile)(\.|$)/i.test(name)) return 'dockerfile';
  if (/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(name)) return 'dockercompose';
  return 'yaml';
}

/**
 * A concept link names the note's file where the server finds the package: a `file:` URI from the
 * Node server, the address the worker was loaded from in a browser. The note's own path is compared.
 */
export function withNotePaths(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value).replace(/(?:file:\/\/|https?:\/\/)[^"\s)]*?\/dist\/concepts\//g, 'PACKAGE/dist/concepts/'),
  ) as unknown;
}

/** Waits until no diagnostics have been published for `quietMs`, each document having had some. */
export async function settled(client: TestClient, uris: string[], quietMs = 250): Promise<void> {
  for (const uri of uris) await client.diagnostics(uri, undefined, 60_000);
  let count = -1;
  for (;;) {
    const now = uris.reduce((sum, uri) => sum + client.publishCount(uri), 0);
    if (now === count) return;
    count = now;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

/** Each document's latest diagnostics, in the order given. */
export function latest(client: TestClient, uris: string[]): PublishDiagnosticsParams['diagnostics'][] {
  return uris.map((uri) => client.publications(uri).at(-1)?.diagnostics ?? []);
}

/** A finding a server publishes only once its background work is done (the workspace scan, say). */
export interface Awaited {
  uri: string;
  ready: (diagnostics: PublishDiagnosticsParams['diagnostics']) => boolean;
  what: string;
}

/**
 * Opens the documents in both servers, waits for both to be quiet, and returns both's findings.
 * A quiet spell alone cannot tell a finished server from one still scanning its workspace on a
 * loaded machine, so the findings that depend on the scan are awaited first.
 */
export async function openInBoth(
  servers: [TestClient, TestClient],
  documents: OpenDocument[],
  awaited: Awaited[] = [],
): Promise<[unknown[], unknown[]]> {
  const uris = documents.map((d) => d.uri);
  const results = await Promise.all(
    servers.map(async (client) => {
      for (const d of documents) await client.open(d.uri, d.languageId, d.text);
      for (const a of awaited) await client.until(a.uri, a.ready, a.what, 60_000);
      await settled(client, uris);
      return withNotePaths(latest(client, uris)) as unknown[];
    }),
  );
  const [node = [], browser = []] = results;
  return [node, browser];
}

/** Closes the documents in both servers. */
export async function closeInBoth(servers: [TestClient, TestClient], documents: OpenDocument[]): Promise<void> {
  for (const client of servers) {
    for (const d of documents) {
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: d.uri } });
    }
  }
}
