import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { tempFolder } from '../support/temp-folder';
import { TestClient } from './client';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

describe('a chart’s values.yaml in the language server', () => {
  const client = new TestClient();
  const dir = tempFolder();
  cpSync(SHOP, path.join(dir, 'shop'), { recursive: true });
  const VALUES = pathToFileURL(path.join(dir, 'shop/values.yaml')).href;
  const TEMPLATE = pathToFileURL(path.join(dir, 'shop/templates/deployment.yaml')).href;
  const values = readFileSync(path.join(SHOP, 'values.yaml'), 'utf8');
  const deployment = readFileSync(path.join(SHOP, 'templates/deployment.yaml'), 'utf8');

  before(() => client.initializeFolder(dir, { textDocument: { hover: {} } }));
  after(() => client.stop());

  it('shows the templates’ findings at the values, again as the values and the templates are typed', async () => {
    await client.open(VALUES, 'yaml', values);
    const first = await client.until(
      VALUES,
      (d) => d.some((x) => x.code === 'no-privileged-container'),
      'the template’s finding at the value',
    );
    const privileged = first.diagnostics.find((x) => x.code === 'no-privileged-container');
    assert.equal(privileged?.range.start.line, 8);
    assert.match(
      String(privileged.message),
      /`securityContext` set here reaches it through .+ in templates\/deployment\.yaml\.$/,
    );
    assert.deepEqual(
      privileged.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]),
      [[TEMPLATE, 23]],
    );
    // Unsaved values: the template renders them.
    await client.change(VALUES, 2, [{ text: values.replace('privileged: true', 'privileged: false') }]);
    await client.until(VALUES, (d) => !d.some((x) => x.code === 'no-privileged-container'), 'the value changed');
    // An unsaved template that no longer writes `.Values.resources` leaves `resources: {}` without findings.
    await client.open(TEMPLATE, 'helm', deployment);
    const resources = values.split('\n').indexOf('resources: {}');
    assert.ok(
      (await client.diagnostics(VALUES)).diagnostics.length > 0 &&
        client
          .publications(VALUES)
          .at(-1)
          ?.diagnostics.some((x) => x.range.start.line === resources),
    );
    await client.change(TEMPLATE, 2, [{ text: deployment.replace(/ {10}resources:\n.*\n/, '') }]);
    await client.until(
      VALUES,
      (d) => d.length > 0 && !d.some((x) => x.range.start.line === resources),
      'the template no longer reads it',
    );
  });

  it('says in the hover on a key which directives read the value, and what they render from it', async () => {
    const text = values.replace('privileged: true', 'privileged: false');
    const hoverAt = async (line: number, character: number): Promise<string> => {
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: VALUES },
        position: { line, character },
      });
      return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    };
    const lines = text.split('\n');
    const security = await hoverAt(lines.indexOf('securityContext:'), 3);
    assert.match(
      security,
      /\*\*How `securityContext` reaches the cluster: the chart’s templates that read it, rendered with these values\*\*\n\ntemplates\/deployment\.yaml:24 `\{\{- toYaml \.Values\.securityContext \| nindent 12 \}\}`\n\n```yaml\nprivileged: false\n```/,
    );
    assert.match(security, /run as root/, 'with the findings at the key');
    const tag = await hoverAt(lines.indexOf('  tag: ""'), 3);
    assert.match(tag, /`image\.tag` reaches the cluster/);
    assert.match(tag, /```yaml\n1\.4\.2\n```/, 'the default that `default .Chart.AppVersion` gives');
    assert.equal(await hoverAt(lines.indexOf('  type: ClusterIP'), 13), '', 'on a value, not a key');
    // A directive holding a Go raw string is shown whole, in a longer run of backticks.
    const typed = deployment
      .replace(/ {10}resources:\n.*\n/, '')
      .replace('kind: Deployment\n', 'kind: Deployment\n# {{ .Values.service.type | default `web` }}\n');
    await client.change(TEMPLATE, 3, [{ text: typed }]);
    const raw = '`` {{ .Values.service.type | default `web` }} ``';
    for (let tries = 0; tries < 50 && !(await hoverAt(lines.indexOf('  type: ClusterIP'), 3)).includes(raw); tries++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok((await hoverAt(lines.indexOf('  type: ClusterIP'), 3)).includes(`templates/deployment.yaml:3 ${raw}`));
  });

  it('follows a value read through a named template, typed in _helpers.tpl and not saved', async () => {
    const HELPERS = pathToFileURL(path.join(dir, 'shop/templates/_helpers.tpl')).href;
    const helpers = readFileSync(path.join(SHOP, 'templates/_helpers.tpl'), 'utf8');
    await client.open(
      HELPERS,
      'helm',
      `${helpers}\n{{- define "shop.image" -}}\n{{ .Values.image.repository }}:{{ .Values.image.tag }}\n{{- end }}\n`,
    );
    const image = /image: .*\n/.exec(deployment)?.[0] ?? '';
    await client.change(TEMPLATE, 4, [{ text: deployment.replace(image, 'image: {{ include "shop.image" . }}\n') }]);
    const text = values.replace('tag: ""', 'tag: latest');
    await client.change(VALUES, 3, [{ text }]);
    const lines = text.split('\n');
    const published = await client.until(
      VALUES,
      (d) => d.some((x) => x.code === 'no-latest-container-image'),
      'the finding on what the helper wrote, at the values it read',
    );
    const latest = published.diagnostics.find((x) => x.code === 'no-latest-container-image');
    assert.equal(latest?.range.start.line, lines.indexOf('image:'));
    assert.match(
      String(latest.message),
      /through `\{\{ include "shop\.image" \. \}\}` in templates\/deployment\.yaml\.$/,
    );
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: VALUES },
      position: { line: lines.indexOf('  tag: latest'), character: 3 },
    });
    const shown = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(
      shown,
      /templates\/deployment\.yaml:\d+ `\{\{ include "shop\.image" \. \}\}`\n\n```yaml\nregistry\.example\.com\/shop\/web:latest\n```/,
    );
  });

  it('says in the hover on a key of a list’s item which directives read it', async () => {
    const text = `${values}sidecars:\n  - name: proxy\n    image: envoyproxy/envoy:v1.31.0\n`;
    await client.change(VALUES, 4, [{ text }]);
    const sidecars =
      '          {{- range .Values.sidecars }}\n        - name: {{ .name }}\n          image: {{ .image }}\n          {{- end }}\n';
    await client.change(TEMPLATE, 5, [
      { text: deployment.replace('          resources:\n', `${sidecars}          resources:\n`) },
    ]);
    const line = text.split('\n').indexOf('    image: envoyproxy/envoy:v1.31.0');
    let shown = '';
    for (let tries = 0; tries < 50 && !shown.includes('sidecars[0].image'); tries++) {
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: VALUES },
        position: { line, character: 5 },
      });
      shown = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
      if (!shown.includes('sidecars[0].image')) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.match(shown, /`sidecars\[0\]\.image` reaches the cluster/);
    assert.match(
      shown,
      /templates\/deployment\.yaml:\d+ `\{\{ \.image \}\}`\n\n```yaml\nenvoyproxy\/envoy:v1\.31\.0\n```/,
    );
  });
});
