/**
 * The workspace's files as the browser's worker knows them: sent by the client (client/src/
 * browser.ts), which reads them through the editor's file system, since a worker has none. Each
 * file is listed, and the ones the server reads (YAML, Dockerfiles, ignore files) come with their
 * text. browser/node/fs.ts answers the server's file reads from here, so the server's own code
 * paths (the workspace scan, `.cntutor.yaml`, build contexts, linked Dockerfiles) run unchanged.
 */
import type { WorkspaceFile } from '../lsp/init-options';
import { fileURLToPath } from './node/url';

const texts = new Map<string, string | undefined>();
/** Folder → its entries, by name: true for a folder. */
const folders = new Map<string, Map<string, boolean>>([['/', new Map()]]);

function parentOf(file: string): string {
  const cut = file.lastIndexOf('/');
  return cut <= 0 ? '/' : file.slice(0, cut);
}

function addEntry(file: string, isFolder: boolean): void {
  const parent = parentOf(file);
  if (!folders.has(parent)) addEntry(parent, true);
  folders.get(parent)?.set(file.slice(file.lastIndexOf('/') + 1), isFolder);
  if (isFolder && !folders.has(file)) folders.set(file, new Map());
}

/** The path a file URI stands for; undefined for URIs of other schemes, which name no file here. */
function pathOf(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Adds or replaces files, or removes them (`deleted`); a file's folders are made as it arrives. */
export function updateFiles(files: readonly WorkspaceFile[], deleted: readonly string[] = []): void {
  for (const uri of deleted) {
    const file = pathOf(uri);
    if (file === undefined || !texts.has(file)) continue;
    texts.delete(file);
    folders.get(parentOf(file))?.delete(file.slice(file.lastIndexOf('/') + 1));
  }
  for (const { uri, text } of files) {
    const file = pathOf(uri);
    if (file === undefined || file === '/' || folders.has(file)) continue;
    texts.set(file, typeof text === 'string' ? text : undefined);
    addEntry(file, false);
  }
}

export type Entry = { kind: 'file'; text: string | undefined } | { kind: 'folder'; names: Map<string, boolean> };

/** What is at a path: a file (its text, when sent), a folder (its entries), or nothing. */
export function entryAt(file: string): Entry | undefined {
  const normal = file.length > 1 ? file.replace(/\/+$/, '') : file;
  const names = folders.get(normal);
  if (names) return { kind: 'folder', names };
  if (texts.has(normal)) return { kind: 'file', text: texts.get(normal) };
  return undefined;
}
