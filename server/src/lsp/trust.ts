import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InitializeParams } from 'vscode-languageserver';

/**
 * In an untrusted workspace, files outside the workspace folders are never read: a project there
 * must not be able to point the server at configuration or schemas elsewhere on the machine.
 */
export class WorkspaceTrust {
  private trusted = true;
  roots: string[] = [];
  private readonly told = new Set<string>();

  constructor(private readonly tell: (message: string) => void) {}

  configure(trusted: boolean, roots: string[]): void {
    this.trusted = trusted;
    this.roots = roots;
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  /** True when the file may be read; otherwise tells the user once why it was ignored. */
  mayRead(file: string, what: string): boolean {
    if (this.trusted || this.inside(file)) return true;
    if (!this.told.has(file)) {
      this.told.add(file);
      this.tell(
        `Cloud Native Tutor ignored the ${what} ${file}: this workspace is not trusted and the file lies outside it. Trust the workspace to use it.`,
      );
    }
    return false;
  }

  private inside(file: string): boolean {
    const resolved = path.resolve(file);
    return this.roots.some((root) => resolved === root || resolved.startsWith(root + path.sep));
  }
}

export function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => path.resolve(fileURLToPath(uri)));
}
