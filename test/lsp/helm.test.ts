import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/engine/fix';
import { tempFolder } from '../support/temp-folder';
import { TestClient } from './client';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

describe('a Helm template in the language server', () => {
  const client = new TestClient();
  const dir = tempFolder();
  cpSync(SHOP, path.join(dir, 'shop'), { recursive: true });
  const uriOf = (file: string): string => pathToFileURL(path.join(dir, 'shop', file)).href;
  const DEPLOYMENT = uriOf('templates/deployment.yaml');
  const VALUES = uriOf('values.yaml');
  const HELPERS = uriOf('templates/_helpers.tpl');
  const text = readFileSync(path.join(SHOP, 'templates/deployment.yaml'), 'utf8');
  const values = readFileSync(path.join(SHOP, 'values.yaml'), 'utf8');

  before(async () => {
    await client.initializeFolder(dir, {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { hover: {}, codeAction: {} },
    });
    await client.open(DEPLOYMENT, 'helm', text);
  });
  after(() => client.stop());

  it('reports the rendered findings on the template, explained in the hover', async () => {
    const { diagnostics } = await client.until(
      DEPLOYMENT,
      (d) => d.some((x) => x.code === 'no-privileged-container'),
      'the privileged container',
    );
    const privileged = diagnostics.find((d) => d.code === 'no-privileged-container');
    assert.deepEqual(privileged?.range.start, { line: 23, character: 12 });
    assert.match(String(privileged?.message), /rendered with the chart’s values as `privileged: true`/);
    // The value the directive wrote is shown where values.yaml sets it.
    assert.deepEqual(
      privileged?.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.message]),
      [[VALUES, values.split('\n').indexOf('securityContext:'), '`securityContext` is set here']],
    );
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: DEPLOYMENT },
      position: { line: 23, character: 20 },
    });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /no-privileged-container/);
    assert.match(value, /privileged: true/);
  });

  it('shows in a hover what a directive renders to with the chart’s values', async () => {
    const hoverAt = async (line: number, character: number): Promise<Hover | null> =>
      client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: DEPLOYMENT },
        position: { line, character },
      });
    const valueOf = (hover: Hover | null): string =>
      hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    // `{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}`
    const imageLine = text.split('\n').findIndex((line) => line.includes('image: "{{'));
    const tagAt = (text.split('\n')[imageLine] ?? '').indexOf('{{ .Values.image.tag');
    const tag = await hoverAt(imageLine, tagAt + 5);
    assert.match(valueOf(tag), /^\*\*Rendered with the chart’s values\.yaml\*\*\n\n```yaml\n1\.4\.2\n```/);
    assert.match(valueOf(tag), /\[Helm charts\]/);
    assert.deepEqual(tag?.range?.start, { line: imageLine, character: tagAt });
    // An include's lines, as nindent writes them.
    const labels = await hoverAt(5, 10);
    assert.match(
      valueOf(labels),
      /```yaml\n {4}app\.kubernetes\.io\/name: shop\n {4}app\.kubernetes\.io\/instance: release-name\n```/,
    );
    // Off a directive, the schema explains the key as in any manifest.
    assert.doesNotMatch(valueOf(await hoverAt(0, 2)), /Rendered with/);
  });

  it('lints the template again when the chart’s values change in the editor, saved or not', async () => {
    await client.open(VALUES, 'yaml', values.replace('privileged: true', 'privileged: false'));
    await client.until(
      DEPLOYMENT,
      (d) => !d.some((x) => x.code === 'no-privileged-container'),
      'values without privilege',
    );
    await client.change(VALUES, 2, [{ text: values }]);
    await client.until(DEPLOYMENT, (d) => d.some((x) => x.code === 'no-privileged-container'), 'privilege again');
  });

  it('follows a changed named template on disk', async () => {
    const helpers = readFileSync(path.join(SHOP, 'templates/_helpers.tpl'), 'utf8');
    writeFileSync(
      path.join(dir, 'shop/templates/_helpers.tpl'),
      helpers.replace('{{- define "shop.fullname" -}}', '{{- define "shop.name" -}}'),
    );
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: HELPERS, type: 2 }],
    });
    const { diagnostics } = await client.until(
      DEPLOYMENT,
      (d) => d.some((x) => x.code === 'helm-template-not-checked'),
      'the missing named template',
    );
    const note = diagnostics.find((d) => d.code === 'helm-template-not-checked');
    assert.match(String(note?.message), /shop\.fullname/);
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: DEPLOYMENT },
      position: note?.range.start,
    });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /📘 \*\*Concept: \[Helm charts\]\([^)]*helm-charts/);
    writeFileSync(path.join(dir, 'shop/templates/_helpers.tpl'), helpers);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: HELPERS, type: 2 }],
    });
    await client.until(
      DEPLOYMENT,
      (d) => d.some((x) => x.code === 'no-privileged-container'),
      'the chart rendered again',
    );
  });

  it('offers the fix of a finding on the template’s own text', async () => {
    const withTypo = text.replace('protocol: TCP', 'protocl: TCP');
    await client.change(DEPLOYMENT, 2, [{ text: withTypo }]);
    const { diagnostics } = await client.until(
      DEPLOYMENT,
      (d) => d.some((x) => x.code === 'kubernetes-schema'),
      'the misspelt key',
    );
    const pull = diagnostics.find((d) => d.code === 'kubernetes-schema');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: DEPLOYMENT },
      range: pull?.range,
      context: { diagnostics: [pull], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.title.includes('protocol'));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(applyEdits(withTypo, fix.edit?.changes?.[DEPLOYMENT] as TextEdit[]), text);
  });

  it('stops the templates as Helm stops when the values break the chart’s values.schema.json on disk', async () => {
    const schemaFile = path.join(dir, 'shop/values.schema.json');
    const SCHEMA = uriOf('values.schema.json');
    await client.change(DEPLOYMENT, 3, [{ text }]);
    await client.until(
      DEPLOYMENT,
      (d) => d.some((x) => x.code === 'no-privileged-container'),
      'the template as written',
    );
    writeFileSync(schemaFile, JSON.stringify({ properties: { replicaCount: { type: 'string' } } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: SCHEMA, type: 1 }],
    });
    // A lint that ran while the file was being written may have read it half written ("not valid
    // JSON"): the change notification makes the server read it again, whole.
    const { diagnostics } = await client.until(
      DEPLOYMENT,
      (d) =>
        d.length === 1 && d[0]?.code === 'helm-template-not-checked' && /Helm stops here/.test(String(d[0].message)),
      'the values that break the schema',
    );
    assert.match(
      String(diagnostics[0]?.message),
      /Helm stops here \(values\.yaml does not meet the chart’s values\.schema\.json: `replicaCount` must be string\)/,
    );
    rmSync(schemaFile);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: SCHEMA, type: 3 }],
    });
    await client.until(
      DEPLOYMENT,
      (d) => d.some((x) => x.code === 'no-privileged-container'),
      'the chart without a schema',
    );
  });
});
