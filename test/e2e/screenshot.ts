/**
 * UI-level check and README screenshot: opens the fixture Dockerfile in a real VS Code workbench,
 * hovers the squiggle under the shell-form CMD, waits for the explanation and saves a screenshot.
 *
 * Usage: tsx test/e2e/screenshot.ts [--out FILE] [--code-server BIN] [--locale ko]
 *        (default docs/images/hover.png, or docs/images/hover-ko.png in Korean)
 * With `--locale ko` the workbench runs with `cntutor.locale: ko` and the hover must read in Korean.
 * Exits non-zero when the squiggle or the explanation does not appear.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { copyFolder, removeCopy, repoRoot } from './lib/prepare';
import { defaultCodeServer, extensionHostLog, log, openWorkbench } from './lib/workbench';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return path.resolve(i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback);
}

const korean = process.argv.includes('--locale') && process.argv[process.argv.indexOf('--locale') + 1] === 'ko';
/** What the hover must show: the rule's title and the headings, in the language under test. */
const EXPECTED = korean
  ? {
      title: 'CMD와 ENTRYPOINT는 exec 형식으로 쓰기',
      words: ['exec-form-cmd', '❌', '✅', '왜 중요한가', '고치는 법', 'PID 1'],
    }
  : {
      title: 'Use the exec form for CMD and ENTRYPOINT',
      words: ['exec-form-cmd', 'PID 1', '❌', '✅', 'Declarative specs'],
    };

const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.tips.enabled': false,
  'workbench.layoutControl.enabled': false,
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
  'editor.fontSize': 14,
  'editor.hover.delay': 150,
  'editor.glyphMargin': false,
  'git.enabled': false,
  'extensions.autoCheckUpdates': false,
  'telemetry.telemetryLevel': 'off',
};

/** Drags the hover's bottom edge down, as a reader would, until the whole explanation shows. */
async function growHover(page: Page): Promise<void> {
  const sash = page.locator('.monaco-resizable-hover .monaco-sash.orthogonal-edge-south').first();
  const box = await sash.boundingBox();
  const content = page.locator('.monaco-resizable-hover .monaco-hover-content').first();
  const visible = (await content.boundingBox())?.height ?? 0;
  let total = 0;
  for (const row of await content.locator(':scope > *').all()) total += (await row.boundingBox())?.height ?? 0;
  const needed = total - visible;
  if (!box || needed <= 0) return;
  const viewport = page.viewportSize();
  const y = box.y + box.height / 2;
  const target = Math.min(y + needed + 8, (viewport?.height ?? 800) - 40);
  await page.mouse.move(box.x + box.width / 2, y);
  await page.waitForTimeout(300); // sashes react to a resting pointer
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, target, { steps: 10 });
  await page.mouse.up();
  await page.waitForTimeout(300);
}

async function main(): Promise<number> {
  const out = option('out', path.join(repoRoot, korean ? 'docs/images/hover-ko.png' : 'docs/images/hover.png'));
  const folder = copyFolder(path.join(repoRoot, 'test/e2e/workspace'), 'web-app');
  const workbench = await openWorkbench({
    codeServer: option('code-server', process.env.CODE_SERVER ?? defaultCodeServer),
    extensionPath: repoRoot,
    folder,
    settings: korean ? { ...SETTINGS, 'cntutor.locale': 'ko' } : SETTINGS,
    // Tall enough for the whole explanation below the CMD line, link included.
    viewport: { width: 1280, height: 1040 },
  });
  const { page } = workbench;
  let ok = false;
  try {
    // By its exact name: the workspace holds other Dockerfiles (cache.Dockerfile) too.
    await page.locator('.explorer-folders-view .monaco-list-row[aria-label="Dockerfile"]').click({ timeout: 60_000 });
    const line = page.locator('.monaco-editor .view-line', { hasText: 'CMD node server.js' });
    await line.waitFor({ timeout: 30_000 });
    // The squiggle for exec-form-cmd sits on the CMD line; other lines may carry squiggles of their own.
    const squiggles = page.locator('.monaco-editor [class*="squiggly-"]');
    let target: { x: number; y: number } | undefined;
    for (let attempt = 0; attempt < 150 && !target; attempt++) {
      const lineBox = await line.boundingBox();
      for (const squiggle of lineBox ? await squiggles.all() : []) {
        const box = await squiggle.boundingBox();
        if (
          lineBox &&
          box &&
          box.width > 0 &&
          Math.abs(box.y + box.height / 2 - (lineBox.y + lineBox.height / 2)) < lineBox.height / 2
        ) {
          target = { x: box.x + Math.min(box.width / 3, 40), y: box.y + box.height / 2 };
        }
      }
      if (!target) await page.waitForTimeout(200);
    }
    if (!target) throw new Error('no squiggle under the CMD arguments');
    log('squiggle visible');
    await page.mouse.move(target.x - 200, target.y + 150);
    await page.mouse.move(target.x, target.y, { steps: 5 });
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: EXPECTED.title }).first();
    await hover.waitFor({ timeout: 15_000 });
    const text = await hover.innerText();
    for (const expected of EXPECTED.words) {
      if (!text.includes(expected)) throw new Error(`the hover lacks "${expected}":\n${text}`);
    }
    await page.waitForTimeout(600); // code blocks are highlighted asynchronously
    await growHover(page);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    log('hover shown; screenshot saved to', path.relative(process.cwd(), out));
    ok = true;
  } catch (e) {
    console.error('screenshot failed:', e instanceof Error ? e.message : e);
    const failure = path.join(repoRoot, 'test-results/e2e/screenshot-failure.png');
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
