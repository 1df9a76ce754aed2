/**
 * Runs the same end-to-end suite through @vscode/test-electron, for machines that can download
 * VS Code (it fetches a VS Code build into .vscode-test/). On Linux without a display, wrap it in
 * `xvfb-run -a`. CI here uses run-code-server.ts instead (see run.sh).
 *
 * Usage: tsx test/e2e/run-electron.ts        (after `npm run build`; VSCODE_VERSION=stable|insiders|1.100.3)
 */
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite, copyFolder, removeCopy, repoRoot } from './lib/prepare';

async function main(): Promise<number> {
  const extensionTestsPath = await buildSuite();
  const folder = copyFolder(path.join(repoRoot, 'test/e2e/workspace'));
  const results = path.join(repoRoot, 'test-results/e2e/results.txt');
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      extensionTestsEnv: { CNTUTOR_E2E_RESULTS: results },
      launchArgs: [
        folder,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
    return 0;
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    return 1;
  } finally {
    removeCopy(folder);
  }
}

void main().then((code) => process.exit(code));
