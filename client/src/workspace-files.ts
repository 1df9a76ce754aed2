/**
 * The workspace's files for the browser's language server, which has no file system: the client
 * lists them and reads the ones the server reads, through the editor's file system (which serves
 * GitHub repositories on vscode.dev as it serves a remote machine's files), and sends them at
 * start and on each change. The server sees every workspace as `file:` URIs (server-uris.ts), so
 * its own scan, configuration lookup and build contexts run as on the desktop.
 */
import * as vscode from 'vscode';
import { FileChangeType, type Middleware } from 'vscode-languageclient';
import type { WorkspaceFile, WorkspaceFilesParams } from '../../server/src/lsp/init-options';

/** The folders the server's own workspace scan skips (server/src/schema/file-workspace.ts). */
const EXCLUDE = '**/{node_modules,.git,.hg,.svn,dist,out,.cache,vendor}/**';
/** More files than the Node server's walk lists: then nothing is sent, and open files are judged alone. */
const MAX_LISTED = 20_000;
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_TOTAL_BYTES = 16 * 1024 * 1024;
/** How long the start waits for the files; past it the server starts with the open files alone. */
const COLLECT_MS = 15_000;
/**
 * The files the server reads: YAML (CRDs, kustomizations, Compose, skaffold, `.cntutor.yaml`, Helm
 * charts), Helm's named templates (`.tpl`), Dockerfiles, ignore files, and `.env` (for the
 * `COMPOSE_FILE` list Compose reads there; nothing else of it is kept).
 */
const READ = /(\.ya?ml|\.tpl|(^|\/)[^/]*(dockerfile|containerfile)[^/]*|\.dockerignore|(^|\/)\.env)$/i;

async function readText(uri: vscode.Uri, budget: { bytes: number }): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.byteLength > MAX_FILE_BYTES || bytes.byteLength > budget.bytes) return undefined;
    budget.bytes -= bytes.byteLength;
    return new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Every file of the workspace folders, with the text of those the server reads; undefined when
 * they cannot all be listed in time (too many, or no search in this editor), and then the server
 * judges the open files alone, as it would a virtual workspace without this.
 */
export async function collectFiles(
  toServer: (uri: vscode.Uri) => string,
  log: (message: string) => void,
): Promise<WorkspaceFile[] | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) return [];
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), COLLECT_MS)));
  const collect = async (): Promise<WorkspaceFile[] | 'too many'> => {
    const uris = await vscode.workspace.findFiles('**/*', EXCLUDE, MAX_LISTED + 1);
    if (uris.length > MAX_LISTED) return 'too many';
    const budget = { bytes: MAX_TOTAL_BYTES };
    const files: WorkspaceFile[] = [];
    const wanted = uris.filter((uri) => READ.test(uri.path));
    for (let i = 0; i < wanted.length; i += 16) {
      const batch = wanted.slice(i, i + 16);
      const texts = await Promise.all(batch.map((uri) => readText(uri, budget)));
      batch.forEach((uri, j) => files.push({ uri: toServer(uri), text: texts[j] }));
    }
    for (const uri of uris) if (!READ.test(uri.path)) files.push({ uri: toServer(uri) });
    return files;
  };
  const result = await Promise.race([collect().catch(() => 'failed' as const), late]);
  clearTimeout(timer);
  if (Array.isArray(result)) {
    log(
      `sent ${result.length} workspace files to the server (${result.filter((f) => f.text !== undefined).length} read) in ${Date.now() - started} ms`,
    );
    return result;
  }
  log(
    `the workspace's files were not sent (${result === 'late' ? `not listed within ${COLLECT_MS} ms` : result}): open files are judged alone`,
  );
  return undefined;
}

/** Sends each changed file (its URI is the server's already) before the event that makes the server read it. */
export function fileChangeMiddleware(
  fromServer: (value: string) => vscode.Uri,
  send: (params: WorkspaceFilesParams) => Promise<void>,
): Middleware['workspace'] {
  return {
    didChangeWatchedFile: async (event, next) => {
      if (event.type === FileChangeType.Deleted) await send({ deleted: [event.uri] });
      else {
        const uri = fromServer(event.uri);
        const text = READ.test(uri.path) ? await readText(uri, { bytes: MAX_FILE_BYTES }) : undefined;
        await send({ files: [{ uri: event.uri, text }] });
      }
      await next(event);
    },
  };
}
