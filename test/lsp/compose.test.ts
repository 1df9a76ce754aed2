import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/engine/fix';
import { TestClient } from './client';

const COMPOSE = 'file:///work/compose-app/docker-compose.yml';
const TEXT = `version: "3.8"
services:
  web:
    image: nginx:1.27.2
`;

describe('a Compose file in the language server', () => {
  const client = new TestClient();
  before(async () => {
    await client.initialize();
    await client.open(COMPOSE, 'dockercompose', TEXT);
  });
  after(() => client.stop());

  it('gets findings of the Compose rules, a hover that explains the finding, and its safe fix', async () => {
    const { diagnostics } = await client.diagnostics(COMPOSE, 1);
    const obsolete = diagnostics.find((d) => d.code === 'compose-obsolete-version');
    assert.ok(obsolete, JSON.stringify(diagnostics));
    assert.deepEqual(obsolete.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } });
    assert.ok(!diagnostics.some((d) => d.code === 'kubernetes-schema' || d.code === 'yaml-syntax'));
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: COMPOSE },
      position: { line: 0, character: 2 },
    });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /obsolete/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: COMPOSE },
      range: obsolete.range,
      context: { diagnostics: [obsolete], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.title.startsWith('Remove the `version` line'));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(
      applyEdits(TEXT, fix.edit?.changes?.[COMPOSE] as TextEdit[]),
      'services:\n  web:\n    image: nginx:1.27.2\n',
    );
  });

  it('follows an edit: removing the line clears the finding', async () => {
    await client.change(COMPOSE, 2, [
      { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' },
    ]);
    const { diagnostics } = await client.diagnostics(COMPOSE, 2);
    assert.ok(!diagnostics.some((d) => d.code === 'compose-obsolete-version'), JSON.stringify(diagnostics));
  });
});
