/**
 * A Compose file in the language server: the paths it names looked up as it is typed, and followed
 * as files appear on disk, without the Compose file being edited.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { linkedWorkspace } from './linked-workspace';

const COMPOSE = `services:
  web:
    build: ./web
    restart: unless-stopped
    env_file: .env
    secrets: [token]
secrets:
  token:
    file: ./secrets/token.txt
`;

describe('a Compose file’s paths in the editor', () => {
  const { client, uri } = linkedWorkspace(
    { 'compose.yaml': COMPOSE, 'web/Dockerfile': 'FROM nginx:1.27\nUSER nginx\n', '.env': 'A=1\n' },
    'compose.yaml',
    'cntutor-compose-paths-lsp-',
  );
  const paths = (diagnostics: { code?: unknown; range: { start: { line: number } } }[]): string =>
    diagnostics
      .filter((d) => d.code === 'compose-paths')
      .map((d) => d.range.start.line)
      .join();

  it('reports a path as it is typed, and a missing file until it is created on disk', async () => {
    const file = uri('compose.yaml');
    await client.until(file, (d) => paths(d) === '8', 'the missing secret file');
    await client.change(file, 2, [{ text: COMPOSE.replace('env_file: .env', 'env_file: .evn') }]);
    const typed = await client.until(file, (d) => paths(d) === '4,8', 'the env file typed wrong');
    const message = typed.diagnostics.find((d) => d.range.start.line === 4)?.message;
    assert.match(typeof message === 'string' ? message : (message?.value ?? ''), /Did you mean `\.env`\?/);
    await client.change(file, 3, [{ text: COMPOSE }]);
    await client.until(file, (d) => paths(d) === '8', 'the env file typed right');
    mkdirSync(fileURLToPath(uri('secrets')), { recursive: true });
    writeFileSync(fileURLToPath(uri('secrets/token.txt')), 'x\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('secrets/token.txt'), type: 1 }],
    });
    const created = await client.until(file, (d) => paths(d) === '', 'the secret file created');
    assert.equal(created.version, 3, 'the Compose file was not edited after the last change');
  });
});
