import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileChangeType, type FileEvent, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { candidateKind } from '../engine/detect';
import { diskPathReader } from '../files/disk-path-reader';
import type { FolderLister } from '../kustomize/path-completion';
import type { FileSurroundings, PathReader } from '../files/path-reader';
import { folderKustomization, surroundingsOf, type KustomizationSurroundings } from '../kustomize/surroundings';
import { toFileUri } from '../schema/file-key';
import type { WorkspaceTrust } from './trust';

/**
 * The paths open kustomizations and Compose files name, looked up with every lint: an open document
 * counts as a file (saved or not), the disk answers for the rest, and outside an untrusted
 * workspace nothing is looked at, so the rules stay quiet there.
 */
export class OpenNamedPaths {
  private readonly reader: PathReader;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    trust: WorkspaceTrust,
  ) {
    this.reader = {
      kindOf: (file) => {
        if (this.documents.get(toFileUri(file))) return 'file';
        return trust.mayRead(file, 'path a file names') ? diskPathReader.kindOf(file) : 'unknown';
      },
      read: (file) => this.documents.get(toFileUri(file))?.getText() ?? diskPathReader.read(file),
      list: (folder) => (trust.mayRead(folder, 'folder a file names') ? diskPathReader.list?.(folder) : undefined),
    };
  }

  /** The surroundings of a kustomization document; undefined for other documents. */
  surroundingsOf(document: TextDocument): KustomizationSurroundings | undefined {
    if (candidateKind(document.uri, document.languageId) !== 'kustomization') return undefined;
    const file = filePath(document.uri);
    // A kustomization the file system does not hold (a browser workspace whose files were not
    // sent, a file deleted under the editor) has no surroundings to trust: its paths are not judged.
    if (file === undefined || diskPathReader.kindOf(file) !== 'file') return undefined;
    return surroundingsOf(file, document.getText(), this.reader);
  }

  /**
   * The file system around a Compose document, or a YAML file another Compose file may include;
   * undefined for other documents and for a file the disk does not hold (see `surroundingsOf`).
   */
  composeSurroundingsOf(document: TextDocument): FileSurroundings | undefined {
    const kind = candidateKind(document.uri, document.languageId);
    if (kind !== 'compose' && kind !== 'yaml') return undefined;
    const file = filePath(document.uri);
    if (file === undefined || diskPathReader.kindOf(file) !== 'file') return undefined;
    return { reader: this.reader, paths: path };
  }

  /** The folders around a kustomization document, for completing the paths it names. */
  foldersOf(document: TextDocument): FolderLister | undefined {
    const file =
      candidateKind(document.uri, document.languageId) === 'kustomization' ? filePath(document.uri) : undefined;
    if (file === undefined) return undefined;
    return (relative) => {
      const folder = path.resolve(path.dirname(file), relative);
      const names = this.reader.list?.(folder);
      if (!names) return undefined;
      return names.map((name) => {
        const full = path.join(folder, name);
        if (this.reader.kindOf(full) !== 'folder') return { name, folder: false };
        const kustomization = folderKustomization(full, this.reader, path);
        return kustomization === undefined ? { name, folder: true } : { name, folder: true, kustomization };
      });
    };
  }

  /**
   * The open kustomizations and Compose files to lint again because files appeared or went away, or
   * an env file or a `.gitignore` changed (what a Compose file's env files hold, and which git keeps).
   */
  changed(changes: readonly FileEvent[]): TextDocument[] {
    const matters = (change: FileEvent): boolean =>
      change.type !== FileChangeType.Changed || /(^|\/)(\.gitignore|[^/]*\.env)$/.test(change.uri);
    if (!changes.some(matters)) return [];
    return this.documents.all().filter((d) => NAMING_KINDS.has(candidateKind(d.uri, d.languageId) ?? ''));
  }
}

/** The kinds of files whose rules look up the paths they name. */
const NAMING_KINDS: ReadonlySet<string> = new Set(['kustomization', 'compose']);

function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
