/**
 * The browser build of the language server (dist/browser/server.js), run as a web worker in
 * Chromium, against the Node server on the same documents: every rule's fixtures, the bundled
 * examples' hovers, fixes and completions, Korean, the tutor's requests and oversized input.
 * Documents have the URIs of a repository opened in vscode.dev, which neither server can read from
 * disk, so both judge exactly what they are sent.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultFileName } from '../../server/src/rules/file-names';
import { messageOf, type TestClient } from '../lsp/client';
import { fixtureTexts } from '../rules/support';
import { closeInBoth, languageOf, openInBoth, withNotePaths, type OpenDocument } from './parity';
import { BROWSER_SERVER, BrowserHost } from './worker-server';

const REPO = 'vscode-vfs://github/acme/shop';
const EXAMPLES = path.join(__dirname, '../../examples');

function exampleDocuments(): OpenDocument[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(EXAMPLES);
  return files.sort().map((file) => {
    const uri = `${REPO}/${path.relative(EXAMPLES, file).split(path.sep).join('/')}`;
    return { uri, languageId: languageOf(uri), text: fs.readFileSync(file, 'utf8') };
  });
}

const codes = (diagnostics: unknown[]): string[] =>
  (diagnostics as { code?: string | number }[][]).flat().map((d) => String(d.code));

describe(
  'the browser build, as a web worker in Chromium',
  { skip: !fs.existsSync(BROWSER_SERVER) && 'run the build first' },
  () => {
    let host: BrowserHost;
    let servers: [TestClient, TestClient];

    before(async () => {
      host = await BrowserHost.start();
      servers = await host.nodeAndWorker();
      for (const client of servers) await client.initialize();
    });

    after(async () => {
      for (const client of servers ?? []) await client.stop();
      await host?.stop();
    });

    it('publishes what the Node server publishes for every fixture of every rule', async () => {
      const fixtures = fixtureTexts().map(({ rule, name, text }, i) => {
        const uri = `${REPO}/fixtures/${rule.id}/${i}/${defaultFileName(rule.target)}`;
        return { rule: rule.id, name, document: { uri, languageId: languageOf(uri), text } };
      });
      assert.ok(fixtures.length > 1000, `${fixtures.length} fixtures`);
      const fired = new Set<string>();
      // In batches, each closed before the next opens: the cross-file rules see a batch at a time.
      for (let start = 0; start < fixtures.length; start += 60) {
        const batch = fixtures.slice(start, start + 60);
        const [node, browser] = await openInBoth(
          servers,
          batch.map((f) => f.document),
        );
        batch.forEach((fixture, i) =>
          assert.deepEqual(browser[i], node[i], `${fixture.rule}: ${fixture.name} (${fixture.document.uri})`),
        );
        for (const code of codes(browser)) fired.add(code);
        await closeInBoth(
          servers,
          batch.map((f) => f.document),
        );
      }
      // The findings are the rules' own, not only the schema's or a parse error's.
      assert.ok(fired.size > 140, `${fired.size} rules fired in the browser`);
    });

    it('answers hovers, quick fixes and completions on the examples as the Node server does', async () => {
      const documents = exampleDocuments();
      const [node, browser] = await openInBoth(servers, documents);
      assert.deepEqual(browser, node);
      let asked = 0;
      for (const [index, document] of documents.entries()) {
        const diagnostics = (node[index] ?? []) as { range: { start: { line: number; character: number } } }[];
        assert.ok(diagnostics.length > 0, `${document.uri} has findings`);
        for (const diagnostic of diagnostics) {
          const textDocument = { uri: document.uri };
          const position = diagnostic.range.start;
          const [nodeHover, browserHover] = await Promise.all(
            servers.map((c) => c.request('textDocument/hover', { textDocument, position })),
          );
          assert.deepEqual(withNotePaths(browserHover), withNotePaths(nodeHover));
          assert.ok(nodeHover, `a hover at ${document.uri}:${position.line + 1}`);
          const context = { diagnostics: [diagnostic], triggerKind: 1 };
          const [nodeActions, browserActions] = await Promise.all(
            servers.map((c) =>
              c.request('textDocument/codeAction', { textDocument, range: diagnostic.range, context }),
            ),
          );
          assert.deepEqual(withNotePaths(browserActions), withNotePaths(nodeActions));
          asked++;
        }
        const lines = document.text.split('\n');
        for (const [line, text] of lines.entries()) {
          const position = { line, character: text.length - text.trimStart().length };
          const [nodeItems, browserItems] = await Promise.all(
            servers.map((c) => c.request('textDocument/completion', { textDocument: { uri: document.uri }, position })),
          );
          assert.deepEqual(browserItems, nodeItems, `completion at ${document.uri}:${line + 1}`);
        }
      }
      assert.ok(asked >= 10, `${asked} findings asked about`);
      await closeInBoth(servers, documents);
    });

    it('links each finding to a concept note served beside the worker', async () => {
      const [document] = exampleDocuments().filter((d) => d.languageId === 'dockerfile');
      assert.ok(document);
      const browser = servers[1];
      await browser.open(`${document.uri}.links`, 'dockerfile', document.text);
      const published = await browser.diagnostics(`${document.uri}.links`);
      const links = new Set(published.diagnostics.map((d) => d.codeDescription?.href ?? ''));
      assert.ok(links.size > 1);
      for (const link of links) {
        assert.ok(link.startsWith(`${host.origin}/dist/concepts/`), link);
        const response = await fetch(link);
        assert.equal(response.status, 200, link);
        assert.match(await response.text(), /^# \S/);
      }
    });

    it('speaks Korean, and answers the tutor requests, as the Node server does', async () => {
      const korean = await host.nodeAndWorker();
      try {
        for (const client of korean) await client.initialize({ locale: 'ko' });
        const [node, browser] = await openInBoth(korean, exampleDocuments());
        assert.deepEqual(browser, node);
        const messages = (browser as { message: string }[][]).flat().map((d) => messageOf(d));
        assert.ok(
          messages.some((m) => /[가-힣]/.test(m)),
          'Korean messages',
        );
        for (const [method, params] of [
          ['cntutor/concepts', { locale: 'ko' }],
          ['cntutor/concept', { id: 'least-privilege', locale: 'ko' }],
          ['cntutor/rule', { id: 'no-latest-base-image', locale: 'ko' }],
        ] as const) {
          const [fromNode, fromBrowser] = await Promise.all(korean.map((c) => c.request(method, params)));
          assert.ok(fromNode, method);
          assert.deepEqual(withNotePaths(fromBrowser), withNotePaths(fromNode), method);
        }
      } finally {
        for (const client of korean) await client.stop();
      }
    });

    it('refuses a document over the size limit with a finding and goes on working', async () => {
      const huge: OpenDocument = {
        uri: `${REPO}/huge.yaml`,
        languageId: 'yaml',
        // 4 million UTF-16 units, 12 MB in UTF-8: the worker counts the bytes without Node's Buffer.
        text: `apiVersion: v1\nkind: ConfigMap\n${`# ${'가'.repeat(98)}\n`.repeat(40_000)}`,
      };
      const bomb: OpenDocument = {
        uri: `${REPO}/bomb.yaml`,
        languageId: 'yaml',
        text: `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`).join('\n')}\n`,
      };
      const after: OpenDocument = { uri: `${REPO}/after/Dockerfile`, languageId: 'dockerfile', text: 'FROM node\n' };
      const [node, browser] = await openInBoth(servers, [huge, bomb, after]);
      assert.deepEqual(browser, node);
      assert.match(JSON.stringify(browser[0]), /This file is 11\.\d MB, over the 10\.0 MB limit/);
      assert.ok(codes([browser[2]]).includes('no-latest-base-image'), JSON.stringify(browser[2]));
      assert.doesNotMatch(servers[1].stderr, /worker error|page error/);
      await closeInBoth(servers, [huge, bomb, after]);
    });
  },
);
