/**
 * A chart's requirements.yaml in the language server: linted as the list of dependencies Helm reads
 * in place of Chart.yaml's, as it is typed, with the hover and completion of Chart.yaml's keys; the
 * same file without a Chart.yaml beside it is no chart's, and left alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Hover } from 'vscode-languageserver-protocol';
import { linkedWorkspace } from './linked-workspace';

const CHART = 'apiVersion: v2\nname: shop\nversion: 0.1.0\n';
const REQUIREMENTS =
  'dependencies:\n  - name: redis\n    version: 20.1.0\n    condition: redis.enabled\n  - name: postgresql\n    version: 15.5.0\n';

describe('a chart’s requirements.yaml in the language server', () => {
  const { client, uri } = linkedWorkspace(
    {
      'shop/Chart.yaml': CHART,
      'shop/values.yaml': 'redis:\n  enabled: true\n',
      'shop/charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 20.1.0\n',
      'shop/requirements.yaml': REQUIREMENTS,
      'ansible/requirements.yaml': 'collections:\n  - name: community.general\n',
    },
    'ansible/requirements.yaml',
    'cntutor-helm-requirements-lsp-',
  );
  const codes = (diagnostics: { code?: unknown; range: { start: { line: number } } }[]): string[] =>
    diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`).sort();

  it('reports what Helm makes of the list, as it is typed, and explains its keys', async () => {
    const other = await client.diagnostics(uri('ansible/requirements.yaml'), 1);
    assert.deepEqual(other.diagnostics, [], 'no Chart.yaml beside it: not a chart’s file');

    const file = uri('shop/requirements.yaml');
    await client.open(file, 'yaml', REQUIREMENTS);
    const first = await client.diagnostics(file, 1);
    assert.deepEqual(codes(first.diagnostics), ['chart-api-version@0', 'chart-dependencies-built@4']);
    assert.match(String(first.diagnostics.find((d) => d.code === 'chart-dependencies-built')?.message), /postgresql/);

    await client.change(file, 2, [
      { text: REQUIREMENTS.replace('redis.enabled', 'redis.enable').split('  - name: postgresql')[0] },
    ]);
    const typed = await client.until(
      file,
      (d) => d.some((x) => x.code === 'chart-dependency-condition'),
      'the condition that names no value',
    );
    assert.deepEqual(codes(typed.diagnostics), ['chart-api-version@0', 'chart-dependency-condition@3']);
    // An unsaved edit of values.yaml lints it again: the condition now names a value.
    const values = uri('shop/values.yaml');
    await client.open(values, 'yaml', 'redis:\n  enabled: true\n');
    await client.change(values, 2, [{ text: 'redis:\n  enable: true\n' }]);
    await client.until(file, (d) => !d.some((x) => x.code === 'chart-dependency-condition'), 'the condition met');

    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: file },
      position: { line: 3, character: 6 },
    });
    const text = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(String(text), /^\*\*`condition`\*\* · requirements\.yaml/);
    const offered = async (version: number, line: string): Promise<string[]> => {
      const text = `${REQUIREMENTS.split('  - name: postgresql')[0]}${line}`;
      await client.change(file, version, [{ text }]);
      const completion = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
        textDocument: { uri: file },
        position: { line: 4, character: line.length },
      });
      return (Array.isArray(completion) ? completion : (completion?.items ?? [])).map((item) => item.label);
    };
    assert.ok((await offered(3, '    al')).includes('alias'), 'a dependency’s keys');
    assert.ok(
      !(await offered(4, 'n')).includes('name'),
      'only `dependencies` at the top: Helm would read `name` over Chart.yaml’s',
    );

    // Chart.yaml's own list is the one requirements.yaml replaces.
    await client.change(file, 5, [{ text: REQUIREMENTS }]);
    const chart = uri('shop/Chart.yaml');
    await client.open(chart, 'yaml', `${CHART}dependencies:\n  - name: redis\n    version: 20.1.0\n`);
    const replaced = await client.diagnostics(chart, 1);
    assert.deepEqual(codes(replaced.diagnostics), ['chart-dependencies-built@3']);
    assert.match(String(replaced.diagnostics[0]?.message), /requirements\.yaml sets `dependencies` too/);
  });
});
