import { fileURLToPath } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  type ClientCapabilities,
  type Connection,
  type FileEvent,
} from 'vscode-languageserver';
import { buildContextFor } from '../config/build-context';
import type { BuildContext } from '../engine/dockerfile/build-context';
import type { WorkspaceTrust } from './trust';

/**
 * Files whose change alters how an open Dockerfile is judged, and Dockerfiles themselves, whose
 * images manifests are held against (a client that watches YAML files for the server does not
 * watch them).
 */
const WATCHED = [
  '**/.dockerignore',
  '**/*.dockerignore',
  '**/.hadolint.yaml',
  '**/.hadolint.yml',
  '**/*{Dockerfile,dockerfile,Containerfile,containerfile}*',
];

/**
 * The build context of each open Dockerfile (its `.dockerignore`), looked up once and forgotten
 * when an ignore file changes or the files that build it send another context. In an untrusted
 * workspace a file outside it is never read, and the rules that need it stay quiet.
 */
export class BuildContexts {
  /** Each Dockerfile's context, and the folders the workspace's build files sent it as (none: the convention). */
  private readonly known = new Map<string, { folders: string; context: BuildContext }>();

  constructor(private readonly trust: WorkspaceTrust) {}

  /** Asks the client to report changes of ignore, hadolint and Dockerfiles, when it can be asked. */
  watch(connection: Connection, capabilities: ClientCapabilities): void {
    if (!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map((globPattern) => ({ globPattern })) })
      .catch(() => undefined);
  }

  /**
   * Undefined for documents that are not files on disk: nothing is known about their context.
   * `contexts`: the folders the workspace's build files (Compose, skaffold, workflows) build it in.
   */
  of(uri: string, contexts: readonly string[] = []): BuildContext | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const folders = contexts.join('\n');
    let entry = this.known.get(uri);
    if (!entry || entry.folders !== folders) {
      const context = buildContextFor(
        fileURLToPath(uri),
        { stopAt: this.trust.roots, mayRead: (file) => this.trust.mayRead(file, '.dockerignore') },
        contexts,
      );
      entry = { folders, context };
      this.known.set(uri, entry);
    }
    return entry.context;
  }

  /** True when the Dockerfile was judged in other folders than the workspace's build files now send. */
  contextsChanged(uri: string, contexts: readonly string[]): boolean {
    const entry = this.known.get(uri);
    return entry !== undefined && entry.folders !== contexts.join('\n');
  }

  /** Forgets what was read when an ignore file changed; true when it did. */
  filesChanged(changes: readonly FileEvent[]): boolean {
    const relevant = changes.some((change) => /(^|[/\\])[^/\\]*\.dockerignore$/.test(change.uri));
    if (relevant) this.known.clear();
    return relevant;
  }

  forget(uri?: string): void {
    if (uri === undefined) this.known.clear();
    else this.known.delete(uri);
  }
}
