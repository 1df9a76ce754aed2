import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { tempFolder } from '../support/temp-folder';
import { TestClient } from './client';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

/** The shop chart's Service selects `app: shop`, a label its Deployment's pods lack unless the helpers add it. */
describe('a Helm chart’s templates judged together in the language server', () => {
  const client = new TestClient();
  const dir = tempFolder();
  cpSync(SHOP, path.join(dir, 'shop'), { recursive: true });
  const uriOf = (file: string): string => pathToFileURL(path.join(dir, 'shop', file)).href;
  const SERVICE = uriOf('templates/service.yaml');
  const HELPERS = uriOf('templates/_helpers.tpl');
  const EXTRA = uriOf('templates/config.yaml');
  const service = readFileSync(path.join(SHOP, 'templates/service.yaml'), 'utf8');
  const helpers = readFileSync(path.join(SHOP, 'templates/_helpers.tpl'), 'utf8');
  const selects = (d: { code?: unknown }[]): boolean => d.some((x) => x.code === 'service-selects-workload');

  before(async () => {
    await client.initializeFolder(dir, {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { hover: {}, codeAction: {} },
    });
    await client.open(SERVICE, 'helm', service);
  });
  after(() => client.stop());

  it('reports a Service of one template against the Deployment a closed template renders', async () => {
    const { diagnostics } = await client.until(SERVICE, selects, 'the selector that matches no pod');
    const finding = diagnostics.find((d) => d.code === 'service-selects-workload');
    assert.deepEqual(finding?.range.start, { line: 13, character: 2 });
    assert.match(String(finding?.message), /Service "release-name-shop" selects app=shop/);
    // The Deployment it looked at is shown where its name is written: the include of its template.
    const related = finding?.relatedInformation?.[0];
    assert.equal(related?.location.uri, uriOf('templates/deployment.yaml'));
    assert.deepEqual(related?.location.range.start, { line: 3, character: 8 });
    assert.match(String(related?.message), /Deployment "release-name-shop"/);
  });

  it('renders the closed templates again when a named template they include changes, saved or not', async () => {
    const labelled = helpers.replace(
      '{{- define "shop.selectorLabels" -}}\n',
      '{{- define "shop.selectorLabels" -}}\napp: {{ .Chart.Name }}\n',
    );
    assert.notEqual(labelled, helpers);
    await client.open(HELPERS, 'helm', labelled);
    await client.until(SERVICE, (d) => !selects(d), 'the pods labelled by the unsaved helpers');
    // Closing the editor drops its unsaved text: the file on disk counts again.
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: HELPERS } });
    await client.until(SERVICE, selects, 'the helpers on disk again');
  });

  it('leaves a chart to its own rules while one of its templates cannot be rendered', async () => {
    // `.Files` reads files no editor knows about: the chart's objects are then not all known.
    writeFileSync(
      path.join(dir, 'shop/templates/config.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop\ndata:\n  app.conf: {{ .Files.Get "app.conf" | quote }}\n',
    );
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: EXTRA, type: 1 }] });
    await client.until(SERVICE, (d) => !selects(d), 'a chart not known whole');
    rmSync(path.join(dir, 'shop/templates/config.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: EXTRA, type: 3 }] });
    await client.until(SERVICE, selects, 'the chart whole again');
  });
});
