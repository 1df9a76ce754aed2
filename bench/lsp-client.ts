// A small LSP client for the benchmark: one real server process over stdio, timing what a user waits for.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeResult,
  type Position,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export interface ServerSpec {
  /** Short name shown in the tables. */
  name: string;
  command: string;
  args: string[];
  /** Answers to workspace/configuration, by section (dotted paths are looked up inside). */
  settings: Record<string, unknown>;
}

export interface PublishEvent {
  seq: number;
  at: number;
  uri: string;
  version: number | undefined;
  diagnostics: Diagnostic[];
}

export interface DiagnosticsWait {
  /** Milliseconds from `since` to the publish. */
  ms: number;
  event: PublishEvent;
}

/** Per server name: how many publishes carried a document version and how many did not. */
export const publishVersionCounts = new Map<string, { versioned: number; unversioned: number }>();

function lookup(settings: Record<string, unknown>, section: string | undefined): unknown {
  if (section === undefined) return settings;
  if (section in settings) return settings[section];
  let node: unknown = settings;
  for (const part of section.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Peak resident set size (VmHWM) of a process, in kB, or undefined once it has gone. */
export function peakRssKb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}

export class LspSession {
  private readonly events: PublishEvent[] = [];
  private readonly waiters: (() => void)[] = [];
  private seq = 0;
  private stderr = '';
  syncKind: TextDocumentSyncKind = TextDocumentSyncKind.Full;
  /** performance.now() when the initialize request was answered. */
  initializedAt = 0;

  private constructor(
    readonly spec: ServerSpec,
    private readonly child: ChildProcess,
    private readonly connection: MessageConnection,
  ) {}

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Spawns the server and runs the initialize handshake the way an editor does. */
  static async start(spec: ServerSpec, rootDir: string): Promise<LspSession> {
    const child = spawn(spec.command, spec.args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const { stdin, stdout, stderr } = child;
    if (stdin === null || stdout === null || stderr === null) throw new Error(`${spec.name}: no stdio`);
    const connection = createMessageConnection(new StreamMessageReader(stdout), new StreamMessageWriter(stdin));
    const session = new LspSession(spec, child, connection);
    stderr.on('data', (chunk: Buffer) => {
      session.stderr = (session.stderr + chunk.toString()).slice(-4000);
    });
    child.on('exit', () => session.wake());
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const counts = publishVersionCounts.get(spec.name) ?? { versioned: 0, unversioned: 0 };
      if (params.version === undefined) counts.unversioned++;
      else counts.versioned++;
      publishVersionCounts.set(spec.name, counts);
      session.events.push({
        seq: ++session.seq,
        at: performance.now(),
        uri: params.uri,
        version: params.version,
        diagnostics: params.diagnostics,
      });
      session.wake();
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => lookup(spec.settings, item.section) ?? null),
    );
    connection.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(rootDir).href, name: 'bench' }]);
    connection.onRequest(() => null); // registerCapability, workDoneProgress/create, anything else
    connection.onNotification(() => undefined); // logs, telemetry, custom notifications
    connection.listen();
    const result: InitializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      workspaceFolders: [{ uri: pathToFileURL(rootDir).href, name: 'bench' }],
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
      initializationOptions: {},
    });
    session.initializedAt = performance.now();
    const sync = result.capabilities.textDocumentSync;
    session.syncKind = (typeof sync === 'object' ? sync.change : sync) ?? TextDocumentSyncKind.None;
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: spec.settings });
    return session;
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Sequence number of the latest publish so far; pass it to waitForDiagnostics as `after`. */
  get lastSeq(): number {
    return this.seq;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Sends one edit; `fullText` is used for servers that only take whole documents. */
  async change(uri: string, version: number, edit: TextDocumentContentChangeEvent, fullText: string): Promise<void> {
    const contentChanges = this.syncKind === TextDocumentSyncKind.Incremental ? [edit] : [{ text: fullText }];
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  /**
   * Waits for the first publish for `uri` after sequence number `after` that carries `version`
   * (or carries no version at all: such servers are taken at their first publish).
   */
  async waitForDiagnostics(
    uri: string,
    version: number,
    after: number,
    since: number,
    timeoutMs: number,
  ): Promise<DiagnosticsWait> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const event = this.events.find(
        (e) => e.seq > after && e.uri === uri && (e.version === undefined || e.version === version),
      );
      if (event !== undefined) return { ms: event.at - since, event };
      if (this.child.exitCode !== null) throw new Error(`${this.spec.name} exited: ${this.stderr.trim()}`);
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`${this.spec.name}: no diagnostics for ${uri} v${version} in ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until no diagnostics have been published for `quietMs` (a server may publish twice on open). */
  async settle(quietMs: number, maxMs = 10_000): Promise<void> {
    const end = performance.now() + maxMs;
    for (;;) {
      const before = this.seq;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      if (this.seq === before || performance.now() > end) return;
    }
  }

  async hover(uri: string, position: Position): Promise<{ ms: number; answered: boolean }> {
    const start = performance.now();
    const result = await this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return { ms: performance.now() - start, answered: result !== null };
  }

  peakRssKb(): number | undefined {
    return peakRssKb(this.child.pid);
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      await Promise.race([
        this.connection.sendRequest(ShutdownRequest.type),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // the process may already be gone
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
