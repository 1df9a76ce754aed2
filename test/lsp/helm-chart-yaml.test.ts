import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionItem, CompletionList, Hover } from 'vscode-languageserver-protocol';
import { tempFolder } from '../support/temp-folder';
import { TestClient } from './client';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

describe('a chart’s Chart.yaml in the language server', () => {
  const client = new TestClient();
  const dir = tempFolder();
  cpSync(SHOP, path.join(dir, 'shop'), { recursive: true });
  const CHART = pathToFileURL(path.join(dir, 'shop/Chart.yaml')).href;
  const DEPLOYMENT = pathToFileURL(path.join(dir, 'shop/templates/deployment.yaml')).href;
  const chartText = readFileSync(path.join(SHOP, 'Chart.yaml'), 'utf8');
  const deployment = readFileSync(path.join(SHOP, 'templates/deployment.yaml'), 'utf8');
  const notChecked = (d: { code?: unknown }[]): boolean => d.some((x) => x.code === 'helm-template-not-checked');

  before(async () => {
    await client.initializeFolder(dir, {
      textDocument: {
        hover: {},
        completion: {},
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    });
    await client.open(DEPLOYMENT, 'helm', deployment);
    await client.until(DEPLOYMENT, (d) => d.some((x) => x.code === 'run-as-non-root'), 'the template linted');
  });
  after(() => client.stop());

  it('reports what Helm would make of it, with a fix, as it is typed', async () => {
    await client.open(CHART, 'yaml', chartText);
    const clean = await client.diagnostics(CHART, 1);
    assert.deepEqual(clean.diagnostics, []);
    const typed = chartText.replace('appVersion: "1.4.2"', 'appVersion: 1.10');
    await client.change(CHART, 2, [{ text: typed }]);
    const { diagnostics } = await client.until(CHART, (d) => d.length > 0, 'the unquoted appVersion');
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line]),
      [['chart-quote-strings', typed.split('\n').findIndex((l) => l.startsWith('appVersion'))]],
    );
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: CHART },
      range: diagnostics[0]?.range,
      context: { diagnostics },
    });
    assert.ok(actions.some((action) => action.title === 'Quote `1.10`'));
  });

  it('stops the chart’s open templates while Helm could not load it, unsaved as it is', async () => {
    await client.change(CHART, 3, [{ text: chartText.replace('type: application', 'type: app') }]);
    const { diagnostics } = await client.until(DEPLOYMENT, notChecked, 'the template not checked');
    assert.match(String(diagnostics[0]?.message), /chart\.metadata\.type must be application or library/);
    await client.change(CHART, 4, [{ text: chartText }]);
    await client.until(DEPLOYMENT, (d) => !notChecked(d) && d.length > 0, 'the template linted again');
  });

  it('explains its keys and offers the ones Helm reads', async () => {
    const line = chartText.split('\n').findIndex((l) => l.startsWith('version'));
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: CHART },
      position: { line, character: 2 },
    });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(String(value), /^\*\*`version`\*\* · Chart\.yaml\n\n.*SemVer/);
    const typed = `${chartText}ic`;
    await client.change(CHART, 5, [{ text: typed }]);
    const lines = typed.split('\n');
    const completion = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
      textDocument: { uri: CHART },
      position: { line: lines.length - 1, character: 2 },
    });
    const items = Array.isArray(completion) ? completion : (completion?.items ?? []);
    assert.ok(items.some((item) => item.label === 'icon'));
    assert.ok(!items.some((item) => item.label === 'version'), 'a key already written is not offered');
  });

  it('holds the dependencies against charts/ and the values, again when values.yaml is edited', async () => {
    mkdirSync(path.join(dir, 'shop/charts/redis'), { recursive: true });
    writeFileSync(path.join(dir, 'shop/charts/redis/Chart.yaml'), 'apiVersion: v2\nname: redis\nversion: 20.1.0\n');
    const VALUES = pathToFileURL(path.join(dir, 'shop/values.yaml')).href;
    const values = readFileSync(path.join(SHOP, 'values.yaml'), 'utf8');
    await client.open(VALUES, 'yaml', values);
    const typed = `${chartText}dependencies:\n  - name: redis\n    version: 20.x\n    condition: redis.enabled\n`;
    await client.change(CHART, 6, [{ text: typed }]);
    const unset = await client.until(
      CHART,
      (d) => d.some((x) => x.code === 'chart-dependency-condition'),
      'the condition that names no value',
    );
    assert.match(String(unset.diagnostics[0]?.message as string), /`redis\.enabled` holds no value in values\.yaml/);
    await client.change(VALUES, 2, [{ text: `${values}redis:\n  enabled: "false"\n` }]);
    const text = await client.until(
      CHART,
      (d) => d.some((x) => /not a boolean/.test(String(x.message))),
      'the condition that reads text, unsaved',
    );
    assert.equal(text.diagnostics[0]?.relatedInformation?.[0]?.location.uri, VALUES);
    await client.change(VALUES, 3, [{ text: `${values}redis:\n  enabled: false\n` }]);
    await client.until(CHART, (d) => d.length === 0, 'a boolean decides');
    const typing = typed.replace('condition: redis.enabled\n', 'condition: re');
    await client.change(CHART, 7, [{ text: typing }]);
    const lines = typing.split('\n');
    const offered = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
      textDocument: { uri: CHART },
      position: { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length },
    });
    const labels = (Array.isArray(offered) ? offered : (offered?.items ?? [])).map((item) => item.label);
    assert.ok(labels.includes('redis.enabled'), labels.join(', '));
    await client.change(CHART, 8, [{ text: typed.replace('name: redis', 'name: valkey') }]);
    const missing = await client.until(
      CHART,
      (d) => d.some((x) => x.code === 'chart-dependencies-built'),
      'the dependency charts/ does not hold',
    );
    assert.deepEqual(missing.diagnostics.map((d) => String(d.message).slice(0, 40)).sort(), [
      '`charts/` holds no chart named `valkey`:',
      '`charts/redis` holds `redis`, which `dep',
    ]);
  });
});
