/**
 * The browser build's language server (dist/browser/server.js) in a real browser: Debian's
 * chromium, driven by playwright-core, loads it as a web worker from a local HTTP server, as a
 * web editor loads it from the extension's files. Messages go through the page to the worker and
 * back, so `TestClient` talks to it as to the Node server.
 */
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  type DataCallback,
  type Disposable,
  type Message,
} from 'vscode-languageserver-protocol/node';
import { TestClient, type ServerTransport } from '../lsp/client';
import { serveFolder, type StaticServer } from '../support/static-server';

/** The page's Worker, as this file uses it inside the page (the project's types are Node's). */
interface PageWorker {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message: string; filename: string; lineno: number }) => void) | null;
}
declare const Worker: new (url: string) => PageWorker;

const ROOT = path.join(__dirname, '../..');
export const BROWSER_SERVER = path.join(ROOT, 'dist/browser/server.js');
class PageReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  private readonly early: Message[] = [];

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    for (const message of this.early.splice(0)) callback(message);
    return { dispose: () => (this.callback = undefined) };
  }

  deliver(message: Message): void {
    if (this.callback) this.callback(message);
    else this.early.push(message);
  }
}

class PageWriter extends AbstractMessageWriter {
  constructor(private readonly page: Page) {
    super();
  }

  async write(message: Message): Promise<void> {
    try {
      await this.page.evaluate((m) => (globalThis as unknown as { server: PageWorker }).server.postMessage(m), message);
    } catch (error) {
      this.fireError(error as Error, message, 1);
      throw error;
    }
  }

  end(): void {}
}

/** One chromium and one file server, shared by the workers a test file starts. */
export class BrowserHost {
  private constructor(
    private readonly browser: Browser,
    private readonly files: StaticServer,
  ) {}

  static async start(): Promise<BrowserHost> {
    // The package's files at their paths in it (the worker at /dist/browser/server.js), and a page.
    const files = await serveFolder(ROOT, '<!doctype html><title>cntutor</title>');
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
    return new BrowserHost(browser, files);
  }

  /** The address the files are served from (`…/dist/…`). */
  get origin(): string {
    return this.files.origin;
  }

  /** A new page running a new worker of the browser server. */
  async worker(): Promise<ServerTransport> {
    const page = await this.browser.newPage();
    const reader = new PageReader();
    let output = '';
    let exited = false;
    page.on('console', (message) => (output += `${message.text()}\n`));
    page.on('pageerror', (error) => (output += `page error: ${error.message}\n`));
    await page.exposeFunction('fromServer', (message: Message) => reader.deliver(message));
    await page.exposeFunction('workerFailed', (text: string) => (output += `worker error: ${text}\n`));
    await page.goto(`${this.origin}/`);
    await page.evaluate((script) => {
      const scope = globalThis as unknown as {
        server: PageWorker;
        fromServer: (message: unknown) => void;
        workerFailed: (text: string) => void;
      };
      scope.server = new Worker(script);
      scope.server.onmessage = (event) => scope.fromServer(event.data);
      scope.server.onerror = (event) => scope.workerFailed(`${event.message} (${event.filename}:${event.lineno})`);
    }, '/dist/browser/server.js');
    return {
      reader,
      writer: new PageWriter(page),
      kill: () => {
        exited = true;
        void page.close().catch(() => undefined);
      },
      get exited() {
        return exited;
      },
      output: () => output,
    };
  }

  /** The Node server and a new worker, side by side, for the tests that compare them. */
  async nodeAndWorker(): Promise<[TestClient, TestClient]> {
    return [new TestClient(), new TestClient(await this.worker())];
  }

  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    this.files.close();
  }
}
