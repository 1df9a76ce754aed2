/** One workspace file as a client sends it: its URI as the server sees it, and its text when it was read. */
export interface WorkspaceFile {
  uri: string;
  text?: string;
}

/**
 * The notification a client sends a server without a file system (the browser's worker) with the
 * files that changed or went, before the file event that makes the server read them.
 */
export const WORKSPACE_FILES_NOTIFICATION = 'cntutor/workspaceFiles';
export interface WorkspaceFilesParams {
  files?: WorkspaceFile[];
  deleted?: string[];
}

/** Options a client may pass at initialisation; every one has a default that suits any editor. */
export interface InitOptions {
  /** Prefix for concept links in diagnostics (e.g. the extension's own URI handler); default: the shipped note file. */
  conceptLinkBase?: string;
  /** When true, hover links run the client's `cntutor.openConcept` command instead. */
  commandLinks?: boolean;
  /** False when the editor shows diagnostics in its own hover, so ours need not repeat the message. */
  hoverRepeatsMessage?: boolean;
  /** False when the editor has not trusted the workspace; files outside it are then never read. */
  trusted?: boolean;
  /** True when the client already sends watched-file events for YAML files (the VS Code extension does). */
  watchesFiles?: boolean;
  /**
   * The workspace's files, for a server without a file system (the browser's worker): each file's
   * URI, and its text where the server reads it. The Node server reads the disk and ignores these.
   */
  workspaceFiles?: WorkspaceFile[];
}
