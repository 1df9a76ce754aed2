import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { messageOf, TestClient } from './client';
import { tempFolder } from '../support/temp-folder';

describe('project configuration in the editor', () => {
  it('shows problems of an open .cntutor.yaml at their line, with "did you mean"', async () => {
    const client = new TestClient();
    try {
      await client.initialize();
      const uri = 'file:///work/project/.cntutor.yaml';
      await client.open(uri, 'yaml', 'rules:\n  exec-form-cmdd: off\nfailOn: loud\n');
      const { diagnostics } = await client.diagnostics(uri, 1);
      assert.deepEqual(
        diagnostics.map((d) => [d.range.start.line, d.message]),
        [
          [1, 'unknown rule "exec-form-cmdd"; did you mean "exec-form-cmd"?'],
          [2, 'failOn must be one of: error, warning, info, hint, none'],
        ],
      );
    } finally {
      await client.stop();
    }
  });

  it('applies the .cntutor.yaml of the document folder or its parents', async () => {
    const dir = tempFolder('cntutor-lsp-');
    writeFileSync(path.join(dir, '.cntutor.yaml'), 'rules:\n  exec-form-cmd: error\n');
    const client = new TestClient();
    try {
      await client.initialize();
      const uri = pathToFileURL(path.join(dir, 'Dockerfile')).href;
      await client.open(uri, 'dockerfile', 'FROM alpine:3.20\nCMD app --serve\n');
      const { diagnostics } = await client.diagnostics(uri, 1);
      assert.equal(diagnostics.find((d) => d.code === 'exec-form-cmd')?.severity, 1);
    } finally {
      await client.stop();
    }
  });

  it('explains findings in Korean when the client speaks Korean', async () => {
    const client = new TestClient();
    try {
      await client.initialize({ locale: 'ko' });
      const uri = 'file:///work/ko/Dockerfile';
      await client.open(uri, 'dockerfile', 'FROM alpine:3.20\nCMD app --serve\n');
      const { diagnostics } = await client.diagnostics(uri, 1);
      assert.match(messageOf(diagnostics.find((d) => d.code === 'exec-form-cmd')), /셸 형식/);
      const hover = await client.request<{ contents: { kind: string; value: string } }>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 1, character: 6 },
      });
      assert.match(hover.contents.value, /왜 중요한가/);
    } finally {
      await client.stop();
    }
  });
});
