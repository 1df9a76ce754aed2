import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type MessageReader,
  type MessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = path.join(__dirname, '../../dist/server.js');

/** A server the client talks to other than over a process's stdio (the browser build's worker). */
export interface ServerTransport {
  reader: MessageReader;
  writer: MessageWriter;
  /** Ends the server, once it was asked to shut down or did not answer; called again, it does nothing more. */
  kill(): void;
  readonly exited: boolean;
  /** What the server wrote outside the protocol (its console, errors), for failure messages. */
  output(): string;
}

/**
 * A minimal LSP client against the bundled server: over stdio, as any editor would run it, or over
 * a transport given (`test/browser/worker-server.ts`).
 */
export class TestClient {
  readonly connection: ProtocolConnection;
  private readonly transport: ServerTransport;
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: (() => void)[] = [];
  settings: unknown = {};

  constructor(server: string[] | ServerTransport = ['--stdio']) {
    this.transport = Array.isArray(server) ? processTransport(server) : server;
    this.connection = createProtocolConnection(this.transport.reader, this.transport.writer);
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => this.settings),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(
    options: { configuration?: boolean; initializationOptions?: unknown; locale?: string } = {},
  ): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: options.locale,
      capabilities: {
        workspace: { configuration: options.configuration ?? false },
        textDocument: { hover: {}, codeAction: {} },
      },
      initializationOptions: options.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Initializes the server on one workspace folder, as an editor that opened the folder does. */
  async initializeFolder(
    dir: string,
    capabilities: ClientCapabilities = {},
    initializationOptions?: unknown,
  ): Promise<void> {
    const root = pathToFileURL(dir).href;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'w' }],
      capabilities,
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  async change(uri: string, version: number, changes: unknown[]): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  /** Resolves with the first diagnostics published for `uri` at `version` (or any version when omitted). */
  async diagnostics(uri: string, version?: number, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (this.published.get(uri) ?? []).find((p) => version === undefined || p.version === version);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no diagnostics for ${uri} v${String(version)}; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Every publication for `uri` so far, oldest first. */
  publications(uri: string): readonly PublishDiagnosticsParams[] {
    return this.published.get(uri) ?? [];
  }

  /** Resolves with the latest diagnostics published for `uri` once they satisfy `ready`. */
  async until(
    uri: string,
    ready: (diagnostics: PublishDiagnosticsParams['diagnostics']) => boolean,
    what: string,
    timeoutMs = 15000,
  ): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const latest = (this.published.get(uri) ?? []).at(-1);
      if (latest && ready(latest.diagnostics)) return latest;
      if (Date.now() > deadline)
        throw new Error(
          `timed out waiting for ${what} in ${uri}; last: ${JSON.stringify(latest?.diagnostics.map((d) => [d.code, d.message]))}; stderr: ${this.stderr}`,
        );
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** How many times diagnostics were published for `uri`. */
  publishCount(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /**
   * Asks the server to shut down, waiting at most `ms` for it (a hung server never answers), then
   * drops the connection and kills the process, so a test that calls it in `finally` or `after`
   * cannot leave the run waiting.
   */
  async stop(ms = 3000): Promise<void> {
    const polite = (async () => {
      try {
        await this.connection.sendRequest('shutdown');
        await this.connection.sendNotification('exit');
      } catch {
        // The process may already be gone; killing it below is enough.
      }
    })();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([polite, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
    this.connection.dispose();
    this.transport.kill();
  }

  get exited(): boolean {
    return this.transport.exited;
  }

  /** What the server wrote to stderr (or, in a browser, its console and errors). */
  get stderr(): string {
    return this.transport.output();
  }
}

function processTransport(args: string[]): ServerTransport {
  const child: ChildProcess = spawn(
    process.execPath,
    [...(process.env.CNTUTOR_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), SERVER, ...args],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (!child.stdout || !child.stdin) throw new Error('server has no stdio');
  return {
    reader: new StreamMessageReader(child.stdout),
    writer: new StreamMessageWriter(child.stdin),
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      // Once the connection is disposed nobody reads the server's output: a stream left paused
      // with output unread keeps its pipe open, and the test process alive, after the server is gone.
      child.stdin?.destroy();
      child.stdout?.destroy();
      child.stderr?.destroy();
    },
    get exited() {
      return child.exitCode !== null;
    },
    output: () => stderr,
  };
}

/** LSP 3.18 lets a diagnostic message be markup; our server sends plain strings. */
export function messageOf(diagnostic: { message: string | { value: string } } | undefined): string {
  if (!diagnostic) return '';
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
