/**
 * UI-level check in Korean: with `cntutor.locale: ko`, the Cloud Native Concepts view lists the
 * course topics in Korean and the Korean walkthrough opens with its Korean steps, as a learner sees
 * them in the workbench. Saves a picture of the view next to the walkthrough.
 *
 * Usage: tsx test/e2e/ui-korean.ts [--out FILE] [--code-server BIN]   (default test-results/e2e/tutor-ko.png)
 * Exits non-zero when the view or the walkthrough does not read in Korean.
 */
import fs from 'node:fs';
import path from 'node:path';
import { copyFolder, removeCopy, repoRoot } from './lib/prepare';
import { defaultCodeServer, extensionHostLog, log, openWorkbench } from './lib/workbench';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return path.resolve(i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback);
}

async function main(): Promise<number> {
  const out = option('out', path.join(repoRoot, 'test-results/e2e/tutor-ko.png'));
  const folder = copyFolder(path.join(repoRoot, 'test/e2e/workspace'), 'web-app');
  const workbench = await openWorkbench({
    codeServer: option('code-server', process.env.CODE_SERVER ?? defaultCodeServer),
    extensionPath: repoRoot,
    folder,
    locale: 'ko',
    settings: {
      'cntutor.locale': 'ko',
      'workbench.startupEditor': 'none',
      'workbench.colorTheme': 'Default Dark Modern',
      'workbench.tips.enabled': false,
      'extensions.autoCheckUpdates': false,
      'telemetry.telemetryLevel': 'off',
    },
    viewport: { width: 1280, height: 760 },
  });
  const { page } = workbench;
  let ok = false;
  try {
    await page.locator('.explorer-folders-view .monaco-list-row[aria-label="Dockerfile"]').click({ timeout: 90_000 });
    await page.locator('.monaco-editor [class*="squiggly-"]').first().waitFor({ timeout: 90_000 });
    log('findings shown');

    await page.locator('.activitybar .action-item a[aria-label="Cloud Native Tutor"]').click({ timeout: 30_000 });
    const topic = page.locator('.monaco-list-row', { hasText: '1. 가상화' });
    await topic.waitFor({ timeout: 60_000 });
    await page.locator('.monaco-list-row', { hasText: '강의 주제' }).waitFor({ timeout: 5_000 });
    await page
      .locator('.monaco-list-row', { hasText: '12. 쿠버네티스 기반 하이브리드·멀티 클라우드' })
      .waitFor({ timeout: 5_000 });
    log('the Concepts view lists the topics in Korean');

    await page.keyboard.press('F1');
    await page.keyboard.type('Open Walkthrough');
    await page
      .locator('.quick-input-list .monaco-list-row', { hasText: /Open Walkthrough/ })
      .first()
      .click({ timeout: 15_000 });
    await page
      .locator('.quick-input-list .monaco-list-row', { hasText: 'Cloud Native Tutor 시작하기' })
      .first()
      .click({ timeout: 15_000 });
    await page.getByText('예제 Dockerfile과 매니페스트 열기').first().waitFor({ timeout: 30_000 });
    await page.getByText('강의를 둘러보고 연습하기').first().waitFor({ timeout: 5_000 });
    log('the walkthrough reads in Korean');
    await page.waitForTimeout(800);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    log('screenshot saved to', path.relative(process.cwd(), out));
    ok = true;
  } catch (e) {
    console.error('Korean UI check failed:', e instanceof Error ? e.message : e);
    const failure = path.join(repoRoot, 'test-results/e2e/ui-korean-failure.png');
    fs.mkdirSync(path.dirname(failure), { recursive: true });
    await page.screenshot({ path: failure }).catch(() => undefined);
    console.error('the page at the time:', failure);
    console.error(extensionHostLog(workbench.dataDir));
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
