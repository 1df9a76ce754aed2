import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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

describe('large documents', () => {
  it('answers hovers while a 50,000-line manifest is linted, then publishes every finding', async () => {
    const count = Math.ceil(50_000 / POD(0).split('\n').length);
    const text = Array.from({ length: count }, (_, i) => POD(i)).join('---\n');
    assert.ok(text.split('\n').length >= 50_000);
    const client = new TestClient();
    try {
      await client.initialize();
      const uri = 'file:///work/big/all.yaml';
      const order: string[] = [];
      const published = client.diagnostics(uri, 1, 60_000).then((p) => {
        order.push('diagnostics');
        return p;
      });
      await client.open(uri, 'yaml', text);
      await client
        .request('textDocument/hover', { textDocument: { uri }, position: { line: 9, character: 16 } })
        .then(() => order.push('hover'));
      const { diagnostics } = await published;
      assert.deepEqual(order, ['hover', 'diagnostics'], 'the hover must not wait for the whole document');
      const latest = diagnostics.filter((d) => d.code === 'no-latest-container-image');
      assert.equal(latest.length, count);
      const last = latest[latest.length - 1];
      assert.ok(last && last.range.start.line > 49_000);
    } finally {
      await client.stop();
    }
  });
});
