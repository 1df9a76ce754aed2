/**
 * Runs the end-to-end mocha suite inside a real VS Code (the VS Code server from the `code-server`
 * npm package, rendered by Debian's chromium). Same suite as run-electron.ts, other host.
 *
 * Usage: tsx test/e2e/run-code-server.ts [--web] [--code-server BIN] [--extension DIR] [--tests FILE] [--folder DIR] [--results FILE]
 * Without --tests it bundles test/e2e/suite into out/e2e/suite first. With --web the extension runs
 * as a web extension in the browser's extension host, with the checks of test/e2e/web-suite, whose
 * report is added to the results file.
 * Exit code 0 when every test passed; 1 on a failure or a timeout (E2E_TIMEOUT ms, default 300000).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSuite, buildWebSuite, copyFolder, removeCopy, repoRoot } from './lib/prepare';
import { WEB_RESULTS } from './web-suite/results-file';
import { defaultCodeServer, extensionHostLog, log, openWorkbench } from './lib/workbench';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  return value === undefined ? undefined : path.resolve(value);
}

async function main(): Promise<number> {
  const codeServer = option('code-server') ?? process.env.CODE_SERVER ?? defaultCodeServer;
  const extensionPath = option('extension') ?? repoRoot;
  const web = process.argv.includes('--web');
  // VS Code runs a suite in the extension host of the extension whose folder holds it: the web
  // checks must lie inside the extension for the browser's host to run them.
  const testsPath =
    option('tests') ?? (await (web ? buildWebSuite(path.join(extensionPath, 'out/e2e/web-suite')) : buildSuite()));
  const folder = copyFolder(option('folder') ?? path.join(repoRoot, 'test/e2e/workspace'));
  const results = option('results') ?? path.join(repoRoot, 'test-results/e2e/results.txt');
  const timeout = Number(process.env.E2E_TIMEOUT ?? 300_000);
  fs.mkdirSync(path.dirname(results), { recursive: true });
  if (!web) fs.rmSync(results, { force: true });

  const workbench = await openWorkbench({
    codeServer,
    extensionPath,
    testsPath,
    folder,
    ...(web ? { extensionKind: 'web' as const } : {}),
    env: { CNTUTOR_E2E_RESULTS: results },
    settings: {
      'workbench.startupEditor': 'none',
      'extensions.autoCheckUpdates': false,
      'telemetry.telemetryLevel': 'off',
      // As a browser-only editor (vscode.dev) runs it: in the browser, not in the server's Node host.
      ...(web ? { 'remote.extensionKind': { 'cntutor.cloud-native-tutor': ['web'] } } : {}),
    },
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeout)));
  const code = await Promise.race([workbench.testsDone, timedOut]);
  clearTimeout(timer);
  log('test runner finished:', code === 'timeout' ? `timed out after ${timeout} ms` : `exit code ${code}`);

  // A worker cannot write outside the workspace: the web checks leave their report in the folder.
  const webReport = path.join(folder, WEB_RESULTS);
  if (web && fs.existsSync(webReport)) fs.appendFileSync(results, fs.readFileSync(webReport, 'utf8'));
  if (fs.existsSync(results)) console.log(`\n${fs.readFileSync(results, 'utf8')}`);
  else console.log(`no results were written to ${results}`);
  const ok = code === 0;
  if (!ok) console.log(extensionHostLog(workbench.dataDir));
  if (!ok && code === 'timeout') {
    fs.appendFileSync(results, `\nTIMEOUT: the suite did not finish within ${timeout} ms\n`);
  }
  await workbench.close();
  removeCopy(folder);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
