/**
 * Runs a real VS Code workbench without downloading VS Code: the VS Code server that ships in the
 * `code-server` npm package serves the workbench, and Debian's chromium (driven by playwright-core)
 * renders it. Extensions load unpackaged from their folder, as with `--extensionDevelopmentPath`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where install-code-server.sh puts VS Code: outside the extension folder (see there why). */
const cache =
  process.env.CNTUTOR_E2E_CACHE ??
  path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'cntutor-e2e');
export const defaultCodeServer = path.join(cache, 'code-server-4.100.3/node_modules/.bin/code-server');
export const verbose = !!process.env.CS_VERBOSE;

const t0 = Date.now();
export function log(...args: unknown[]): void {
  console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...args);
}

export interface WorkbenchOptions {
  /** The code-server executable. */
  codeServer: string;
  /** The extension folder loaded in development mode. */
  extensionPath: string;
  /** A compiled mocha entry point (`run()`), run inside the extension host; omit for an interactive session. */
  testsPath?: string;
  /** The folder opened in the window. */
  folder: string;
  /** User settings written before start. */
  settings?: Record<string, unknown>;
  /** Extra environment for the server and so for the extension host. */
  env?: Record<string, string>;
  /** The display language the workbench is served in (`--locale`), e.g. `ko`. */
  locale?: string;
  viewport?: { width: number; height: number };
  /**
   * Where the extension under development runs: VS Code's choice (the remote Node host, for an
   * extension with `main`), or `web`, the browser's web worker host, which runs its `browser` entry.
   */
  extensionKind?: 'web';
}

export interface Workbench {
  page: Page;
  /** Resolves with the exit code the test runner reports (only when `testsPath` was given). */
  testsDone: Promise<number>;
  /** The server's user-data folder (logs live in data/logs). */
  dataDir: string;
  close(keep?: boolean): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function stopGroup(child: ChildProcess): Promise<void> {
  const signal = (name: NodeJS.Signals): void => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  if (child.exitCode !== null || child.signalCode !== null) return signal('SIGKILL');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signal('SIGTERM');
  const stopped = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), 5000)),
  ]);
  signal('SIGKILL'); // whatever of the group is left
  if (!stopped) await exited;
}

function startServer(options: WorkbenchOptions, tmp: string, port: number): Promise<ChildProcess> {
  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', path.join(tmp, 'data'),
    '--extensions-dir', path.join(tmp, 'extensions'),
    '--config', path.join(tmp, 'config.yaml'),
    '--log', 'info',
    ...(options.locale ? ['--locale', options.locale] : []),
  ]; // prettier-ignore
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.VSCODE_CLI;
  delete env.VSCODE_IPC_HOOK_CLI;
  // Its own process group, so that closing ends the extension host and file watcher with it.
  const server = spawn(options.codeServer, args, { stdio: ['ignore', 'pipe', 'pipe'], env, cwd: tmp, detached: true });
  const killGroup = (): void => {
    try {
      if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killGroup);
  for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => process.exit(130));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('code-server did not start within 60 s')), 60_000);
    server.stderr?.on('data', (d: Buffer) => verbose && process.stderr.write(d));
    server.stdout?.on('data', (d: Buffer) => {
      if (verbose) process.stdout.write(d);
      if (/HTTP server listening/.test(d.toString())) {
        clearTimeout(timer);
        resolve(server);
      }
    });
    server.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code}`));
    });
  });
}

export async function openWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  if (!fs.existsSync(options.codeServer)) {
    throw new Error(`code-server not found at ${options.codeServer}; run test/e2e/install-code-server.sh`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cntutor-e2e-'));
  const dataDir = path.join(tmp, 'data');
  fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'User/settings.json'), JSON.stringify(options.settings ?? {}, null, 2));
  const port = await freePort();
  const server = await startServer(options, tmp, port);
  log('VS Code server listening on port', port);

  let browser: Browser | undefined;
  const close = async (keep = false): Promise<void> => {
    await browser?.close().catch(() => undefined);
    server.removeAllListeners('exit');
    await stopGroup(server);
    if (keep || process.env.KEEP_TMP) console.log('kept', tmp);
    else fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
      ], // prettier-ignore
    });
    const page = await browser.newPage({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      colorScheme: 'dark',
    });
    let settle: (code: number) => void = () => undefined;
    const testsDone = new Promise<number>((resolve) => (settle = resolve));
    // The workbench calls this when the extension test runner's run() settles.
    await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
    page.on('console', (m) => verbose && console.log('  [page]', m.text().slice(0, 400)));
    const remote = (p: string): string => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
    const payload: [string, string][] = [
      ['extensionDevelopmentPath', remote(options.extensionPath)],
      ['skipWelcome', 'true'],
    ];
    if (options.testsPath) payload.push(['extensionTestsPath', remote(options.testsPath)]);
    if (options.extensionKind) payload.push(['extensionDevelopmentKind', options.extensionKind]);
    const query = `folder=${encodeURIComponent(path.resolve(options.folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    // A loaded machine can take well over the default 30 s to serve the workbench.
    await page.goto(`http://127.0.0.1:${port}/?${query}`, { timeout: 120_000 });
    log('workbench loading');
    return { page, testsDone, dataDir, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** The last lines of the extension host log, for a failed run. */
export function extensionHostLog(dataDir: string, lines = 40): string {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/exthost\.log$|Cloud Native Tutor|cntutor/i.test(entry.name)) found.push(p);
    }
  };
  if (fs.existsSync(path.join(dataDir, 'logs'))) walk(path.join(dataDir, 'logs'));
  return found
    .map((f) => `--- ${path.relative(dataDir, f)}\n${fs.readFileSync(f, 'utf8').split('\n').slice(-lines).join('\n')}`)
    .join('\n');
}
