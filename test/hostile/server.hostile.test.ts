import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, it } from 'node:test';
import type { Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { checkRange } from '../fuzz/invariants';
import { lineLengths } from '../support/utf16';
import { SERVER, TestClient } from '../lsp/client';
import { HOSTILE_CASES } from './cases';
import { isComposeFileName } from '../../server/src/engine/compose/file-names';

/**
 * The hostile inputs again, through the bundled server as an editor would send them (didOpen of
 * the whole text), one fresh server per input so a hang cannot hide the next case: diagnostics
 * arrive in bounded time, lie inside the document and name the problem where the input is broken,
 * and the server still answers hover afterwards.
 */
const ANSWER_MS = 10_000;

describe(
  'hostile input through the language server',
  { concurrency: Math.max(1, Math.min(2, availableParallelism())) },
  () => {
    for (const [index, hostile] of HOSTILE_CASES.entries()) {
      it(hostile.name, async (t) => {
        assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build first`);
        const client = new TestClient();
        try {
          await client.initialize();
          const uri = `file:///hostile/${index}/${hostile.uri}`;
          const text = hostile.make();
          const started = performance.now();
          await client.open(uri, languageOf(hostile.uri), text);
          const published: PublishDiagnosticsParams = await client.diagnostics(uri, 1, ANSWER_MS);
          const ms = performance.now() - started;
          const codes = [...new Set(published.diagnostics.map((d) => String(d.code)))];
          t.diagnostic(`${ms.toFixed(0)} ms to diagnostics: ${codes.join(', ') || 'none'}`);
          const lines = lineLengths(text);
          for (const d of published.diagnostics) checkRange(lines, d.range, `diagnostic ${String(d.code)}`);
          if (hostile.expect.length > 0) {
            assert.ok(
              hostile.expect.some((id) => codes.includes(id)),
              `expected ${hostile.expect.join(' or ')}, got ${codes.join(', ') || 'none'}`,
            );
          }
          const hover = client.request<Hover | null>('textDocument/hover', {
            textDocument: { uri },
            position: published.diagnostics[0]?.range.start ?? { line: 0, character: 0 },
          });
          const answered = await Promise.race([
            hover.then(() => true),
            new Promise<false>((resolve) => setTimeout(() => resolve(false), ANSWER_MS).unref()),
          ]);
          assert.ok(answered, 'hover was not answered');
          assert.equal(client.exited, false, client.stderr);
        } finally {
          await client.stop(2000);
        }
      });
    }
  },
);

/** The language VS Code gives a file of this name. */
function languageOf(name: string): string {
  if (!/\.ya?ml$/.test(name)) return 'dockerfile';
  return isComposeFileName(name) ? 'dockercompose' : 'yaml';
}
