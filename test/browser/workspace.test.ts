/**
 * The browser's worker with a workspace folder: it has no file system, so the files come from
 * the client (`workspaceFiles` at initialisation, `cntutor/workspaceFiles` on a change), as
 * client/src/browser.ts sends them. Beside it, the Node server reads the same folder from disk;
 * both must judge the open files alike, with the unopened CRD, Dockerfile and `.cntutor.yaml`, and
 * a Helm template with its chart's unopened values and named templates.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { WORKSPACE_FILES_NOTIFICATION } from '../../server/src/lsp/init-options';
import type { TestClient } from '../lsp/client';
import { tempFolder } from '../support/temp-folder';
import { BAD_WIDGET, WIDGET_CRD } from '../support/widget-crd';
import { closeInBoth, languageOf, openInBoth, withNotePaths, type OpenDocument } from './parity';
import { BROWSER_SERVER, BrowserHost } from './worker-server';

const FILES: Record<string, string> = {
  '.cntutor.yaml': 'rules:\n  no-latest-base-image: off\n',
  'crds/widget.yaml': WIDGET_CRD,
  'k8s/widget.yaml': BAD_WIDGET,
  'k8s/kustomization.yaml': 'resources:\n  - widget.yaml\n  - ../crds\n  - service.yaml\n',
  'web/Dockerfile': 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nUSER node\nEXPOSE 8080\nCMD ["node", "server.js"]\n',
  'web/server.js': 'require("http").createServer().listen(8080);\n',
  'compose.yaml': 'services:\n  web:\n    build: ./web\n    ports:\n      - "127.0.0.1:8000:3000"\n',
  Dockerfile: 'FROM node\nCMD ["node", "x.js"]\n',
  ...chartFiles(path.join(__dirname, '../fixtures/helm/shop'), 'shop'),
};
const OPENED = [
  'k8s/widget.yaml',
  'compose.yaml',
  'Dockerfile',
  'shop/templates/deployment.yaml',
  'k8s/kustomization.yaml',
];

/** A chart's files by their path in the workspace: its templates render with its values and helpers. */
function chartFiles(folder: string, prefix: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(folder, name);
    if (fs.statSync(full).isFile())
      files[`${prefix}/${name.split(path.sep).join('/')}`] = fs.readFileSync(full, 'utf8');
  }
  return files;
}

const rules = (diagnostics: unknown): string[] => (diagnostics as { code: string }[]).map((d) => String(d.code));

describe(
  'the browser build with a workspace folder the client sends',
  { skip: !fs.existsSync(BROWSER_SERVER) && 'run the build first' },
  () => {
    let host: BrowserHost;
    let servers: [TestClient, TestClient];
    let dir: string;
    const uri = (name: string): string => pathToFileURL(path.join(dir, name)).href;
    const sent = (names: string[]) => names.map((name) => ({ uri: uri(name), text: FILES[name] }));

    before(async () => {
      dir = tempFolder('cntutor-web-ws-');
      for (const [name, text] of Object.entries(FILES)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
      }
      host = await BrowserHost.start();
      servers = await host.nodeAndWorker();
      const capabilities = { workspace: { didChangeWatchedFiles: { dynamicRegistration: false } } };
      await servers[0].initializeFolder(dir, capabilities, { watchesFiles: true });
      // server.js is listed without its text, as the client lists a file the server never reads.
      const files = [...sent(Object.keys(FILES).filter((n) => n !== 'web/server.js')), { uri: uri('web/server.js') }];
      await servers[1].initializeFolder(dir, capabilities, { watchesFiles: true, workspaceFiles: files });
    });

    after(async () => {
      for (const client of servers ?? []) await client.stop();
      await host?.stop();
    });

    it("judges the open files with the folder's unopened files, as the Node server does from disk", async () => {
      const documents: OpenDocument[] = OPENED.map((name) => ({
        uri: uri(name),
        languageId: languageOf(name),
        text: FILES[name] ?? '',
      }));
      // The findings that need the unopened files come once the workspace scan is done.
      const [node, browser] = await openInBoth(servers, documents, [
        {
          uri: uri('compose.yaml'),
          ready: (ds) => rules(ds).includes('compose-port-exposed'),
          what: 'the port finding',
        },
        {
          uri: uri('k8s/kustomization.yaml'),
          ready: (ds) => rules(ds).includes('kustomization-paths'),
          what: 'the paths of the kustomization',
        },
        {
          uri: uri('shop/templates/deployment.yaml'),
          ready: (ds) => rules(ds).includes('no-privileged-container'),
          what: 'the finding from values.yaml',
        },
      ]);
      assert.deepEqual(browser, node);
      const [widget, compose, dockerfile, template, kustomization] = browser;
      // The paths a kustomization names are looked up among the files sent: a folder without a
      // kustomization, and a file that is not there; the widget file that is there is no finding.
      assert.deepEqual(
        (kustomization as { code: string; range: { start: { line: number } } }[]).map(
          (d) => `${d.code}:${d.range.start.line}`,
        ),
        ['kustomization-paths:2', 'kustomization-paths:3'],
      );
      assert.match(JSON.stringify(widget), /size/, 'the unopened CRD gives the Widget its schema');
      assert.ok(rules(compose).includes('compose-port-exposed'), `the unopened Dockerfile: ${JSON.stringify(compose)}`);
      assert.ok(!rules(dockerfile).includes('no-latest-base-image'), 'the .cntutor.yaml turns the rule off');
      assert.ok(
        rules(template).includes('no-privileged-container'),
        `the unopened values.yaml: ${JSON.stringify(template)}`,
      );

      // A change on disk, and the same change sent to the worker, each before its file event.
      const changed = FILES['web/Dockerfile']?.replace('EXPOSE 8080', 'EXPOSE 3000') ?? '';
      fs.writeFileSync(path.join(dir, 'web/Dockerfile'), changed);
      await servers[1].connection.sendNotification(WORKSPACE_FILES_NOTIFICATION, {
        files: [{ uri: uri('web/Dockerfile'), text: changed }],
      });
      for (const client of servers) {
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: uri('web/Dockerfile'), type: 2 }],
        });
      }
      const cleared = await Promise.all(
        servers.map((client) =>
          client.until(
            uri('compose.yaml'),
            (ds) => !rules(ds).includes('compose-port-exposed'),
            'the port finding to go',
          ),
        ),
      );
      const [fromNode, fromBrowser] = cleared.map((published) => withNotePaths(published.diagnostics));
      assert.deepEqual(fromBrowser, fromNode);
      await closeInBoth(servers, documents);
    });
  },
);
