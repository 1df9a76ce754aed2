import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { tempFolder } from '../support/temp-folder';
import { TestClient } from './client';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

/** The shop chart's values.yaml makes its container privileged; prod.yaml, named in the project file, does not. */
describe('a Helm chart rendered with the values files the project names', () => {
  const client = new TestClient();
  const dir = tempFolder();
  cpSync(SHOP, path.join(dir, 'shop'), { recursive: true });
  writeFileSync(path.join(dir, 'prod.yaml'), 'securityContext:\n  privileged: false\n');
  writeFileSync(path.join(dir, '.cntutor.yaml'), 'helmValues:\n  shop: [prod.yaml]\n');
  const DEPLOYMENT = pathToFileURL(path.join(dir, 'shop/templates/deployment.yaml')).href;
  const PROD = pathToFileURL(path.join(dir, 'prod.yaml')).href;
  const CONFIG = pathToFileURL(path.join(dir, '.cntutor.yaml')).href;
  const text = readFileSync(path.join(SHOP, 'templates/deployment.yaml'), 'utf8');
  const privileged = (d: { code?: unknown }[]): boolean => d.some((x) => x.code === 'no-privileged-container');

  before(async () => {
    await client.initializeFolder(dir, {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { hover: {} },
    });
    await client.open(DEPLOYMENT, 'helm', text);
  });
  after(() => client.stop());

  it('renders the template with them, and says so in the hover on a directive', async () => {
    const { diagnostics } = await client.until(
      DEPLOYMENT,
      (d) => d.some((x) => x.code === 'run-as-non-root'),
      'the template linted',
    );
    assert.ok(!privileged(diagnostics), 'prod.yaml turns privilege off');
    const line = text.split('\n').findIndex((l) => l.includes('toYaml .Values.securityContext'));
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: DEPLOYMENT },
      position: { line, character: (text.split('\n')[line] ?? '').indexOf('toYaml') },
    });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(
      value,
      /^\*\*Rendered with the chart’s values\.yaml \+ prod\.yaml\*\*\n\n```yaml\n\s*privileged: false\n```/,
    );
  });

  it('renders it again as a values file is edited, saved or not', async () => {
    await client.open(PROD, 'yaml', 'securityContext:\n  privileged: true\n');
    await client.until(DEPLOYMENT, privileged, 'the unsaved values');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: PROD } });
    await client.until(DEPLOYMENT, (d) => !privileged(d), 'the values on disk again');
  });

  it('follows the project file', async () => {
    writeFileSync(path.join(dir, '.cntutor.yaml'), 'failOn: warning\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: CONFIG, type: 2 }],
    });
    await client.until(DEPLOYMENT, privileged, 'values.yaml alone');
  });
});
