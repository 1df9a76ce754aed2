/**
 * A Compose project made by the `COMPOSE_FILE` list of the folder's `.env`, in the language
 * server: the files are judged together, a listed file of no Compose name is linted as one, and a
 * change of the `.env` on disk, or typed in an open editor, changes the project.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CompletionItem } from 'vscode-languageserver-protocol';
import { WAITS_FOR_UNCHECKED_DB } from '../support/compose-files';
import { linkedWorkspace } from './linked-workspace';

const CHECKS =
  'services:\n  db:\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n  web:\n    depends_on: [queue]\n  migrate:\n    image: registry.example.com/shop/web:1.4.2\n';

describe('a Compose project the folder’s .env lists in COMPOSE_FILE, in the language server', () => {
  const { client, uri } = linkedWorkspace(
    {
      '.env': 'COMPOSE_FILE=docker-compose.yml:deploy/checks.yml\n',
      'docker-compose.yml': WAITS_FOR_UNCHECKED_DB,
      'deploy/checks.yml': CHECKS,
    },
    'docker-compose.yml',
    'cntutor-compose-env-lsp-',
  );
  const missingCheck = (diagnostics: { code?: unknown }[]): boolean =>
    diagnostics.some((d) => d.code === 'compose-healthy-dependency-without-check');

  it('judges each file with the others, and follows a change of the .env on disk', async () => {
    await client.until(uri('docker-compose.yml'), (found) => !missingCheck(found), 'the listed file’s check');
    await client.open(uri('deploy/checks.yml'), 'yaml', CHECKS);
    const { diagnostics } = await client.until(
      uri('deploy/checks.yml'),
      (found) => found.some((d) => d.code === 'compose-unknown-service'),
      'a listed file of no Compose name linted as one, with the project',
    );
    assert.match(String(diagnostics[0]?.message), /neither this file nor \.\.\/docker-compose\.yml, read with it/);
    const completion = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', {
      textDocument: { uri: uri('docker-compose.yml') },
      position: { line: 6, character: 6 },
    });
    const items = Array.isArray(completion) ? completion : completion.items;
    assert.ok(
      items.some((item) => item.label === 'migrate' && item.detail === 'service · deploy/checks.yml'),
      JSON.stringify(items.map((item) => [item.label, item.detail])),
    );

    writeFileSync(fileURLToPath(uri('.env')), 'POSTGRES_PASSWORD=x\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('.env'), type: 2 }],
    });
    const { version } = await client.until(uri('docker-compose.yml'), missingCheck, 'the finding without the list');
    assert.equal(version, 1, 'the Compose file was not edited');
  });

  it('follows an open .env as it is typed, and the file on disk again once it is closed', async () => {
    // The first test left the .env on disk without the list: the base is judged alone.
    await client.until(uri('docker-compose.yml'), missingCheck, 'the base alone');
    await client.open(uri('.env'), 'dotenv', 'POSTGRES_PASSWORD=x\n');
    await client.change(uri('.env'), 2, [
      { text: 'POSTGRES_PASSWORD=x\nCOMPOSE_FILE=docker-compose.yml:deploy/checks.yml\n' },
    ]);
    await client.until(uri('docker-compose.yml'), (found) => !missingCheck(found), 'the unsaved list');
    const env = await client.diagnostics(uri('.env'), 2);
    assert.deepEqual(env.diagnostics, [], 'the .env itself is not linted');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri('.env') } });
    await client.until(uri('docker-compose.yml'), missingCheck, 'the file on disk once the editor closes');
  });
});
