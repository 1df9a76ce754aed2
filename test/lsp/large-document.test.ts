import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { BAD_WIDGET, WIDGET_CRD } from '../support/widget-crd';
import { TestClient } from './client';

const POD = (i: number): string => `apiVersion: v1
kind: Pod
metadata:
  name: pod-${i}
  labels:
    app: demo
spec:
  containers:
    - name: app
      image: nginx:latest
      ports:
        - containerPort: 80
`;

/** Opens a document and sends a hover at once: the order in which the two answers come, and the diagnostics. */
async function openAndHover(
  client: TestClient,
  uri: string,
  text: string,
  position: { line: number; character: number },
): Promise<{ order: string[]; diagnostics: PublishDiagnosticsParams['diagnostics'] }> {
  const order: string[] = [];
  const published = client.diagnostics(uri, 1, 60_000).then((p) => {
    order.push('diagnostics');
    return p;
  });
  await client.open(uri, 'yaml', text);
  await client.request('textDocument/hover', { textDocument: { uri }, position }).then(() => order.push('hover'));
  const { diagnostics } = await published;
  return { order, diagnostics };
}

describe('large documents', () => {
  it('answers hovers while a 50,000-line manifest is linted, then publishes every finding', async () => {
    const count = Math.ceil(50_000 / POD(0).split('\n').length);
    const text = Array.from({ length: count }, (_, i) => POD(i)).join('---\n');
    assert.ok(text.split('\n').length >= 50_000);
    const client = new TestClient();
    try {
      await client.initialize();
      const { order, diagnostics } = await openAndHover(client, 'file:///work/big/all.yaml', text, {
        line: 9,
        character: 16,
      });
      assert.deepEqual(order, ['hover', 'diagnostics'], 'the hover must not wait for the whole document');
      const latest = diagnostics.filter((d) => d.code === 'no-latest-container-image');
      assert.equal(latest.length, count);
      const last = latest[latest.length - 1];
      assert.ok(last && last.range.start.line > 49_000);
    } finally {
      await client.stop();
    }
  });

  it('reads the CRDs of a large manifest from the parse its lint makes, for itself and for other open files', async () => {
    const padding = Array.from({ length: 600 }, (_, i) => POD(i));
    const text = [WIDGET_CRD, BAD_WIDGET, ...padding].join('---\n');
    assert.ok(text.length >= 100_000, 'the document must be linted in slices');
    // WIDGET_CRD's last line break leaves an empty entry, where `---` stands; `size` is the Widget's sixth line.
    const sizeLine = WIDGET_CRD.split('\n').length + 5;
    const client = new TestClient();
    try {
      await client.initialize();
      const small = 'file:///work/big/widget.yaml';
      await client.open(small, 'yaml', BAD_WIDGET);
      const before = await client.diagnostics(small, 1);
      assert.deepEqual(
        before.diagnostics.map((d) => d.code),
        ['unknown-custom-resource'],
        'no CRD is known before the large file opens',
      );
      const { order, diagnostics } = await openAndHover(client, 'file:///work/big/install.yaml', text, {
        line: 30,
        character: 6,
      });
      assert.deepEqual(order, ['hover', 'diagnostics'], 'the hover must not wait for the CRDs to be read');
      const own = diagnostics.filter((d) => d.range.start.line <= sizeLine && d.range.start.line >= sizeLine - 5);
      assert.deepEqual(
        own.map((d) => [d.code, d.range.start.line]),
        [['kubernetes-schema', sizeLine]],
        'the Widget in the same file is checked against its CRD',
      );
      const after = await client.until(
        small,
        (found) => found.some((d) => d.code === 'kubernetes-schema'),
        "the open Widget checked against the large file's CRD",
      );
      assert.deepEqual(
        after.diagnostics.map((d) => [d.code, d.range.start.line]),
        [['kubernetes-schema', 5]],
      );
    } finally {
      await client.stop();
    }
  });
});
