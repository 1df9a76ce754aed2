/**
 * An open Dockerfile judged in the build context a Compose file sends it, in the language server:
 * the context follows the Compose file as it is typed, and the `.dockerignore` on disk as it changes.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { linkedWorkspace } from './linked-workspace';

const DOCKERFILE =
  'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY build/ ./build/\nCOPY . .\nUSER node\nCMD ["node", "build/server.js"]\n';
const COMPOSE = 'services:\n  api:\n    image: shop/api:1.0\n    build: ./api\n    restart: unless-stopped\n';

describe('the build context of an open Dockerfile, as a Compose file states it', () => {
  const { client, uri } = linkedWorkspace(
    {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.dockerignore': 'build\nnode_modules\n',
      'api/Dockerfile': DOCKERFILE,
      'compose.yaml': COMPOSE,
    },
    'compose.yaml',
    'cntutor-context-compose-',
  );
  const rules = (diagnostics: { code?: unknown }[]): string[] =>
    diagnostics
      .map((d) => String(d.code))
      .filter((code) => code === 'copy-ignored-file' || code === 'dockerignore-for-context');
  const only =
    (rule: string) =>
    (diagnostics: { code?: unknown }[]): boolean =>
      rules(diagnostics).join() === rule;

  it('follows the context the Compose file gives as it is typed, and the .dockerignore on disk', async () => {
    const dockerfile = uri('api/Dockerfile');
    await client.open(dockerfile, 'dockerfile', DOCKERFILE);
    // Built in ./api, which holds no .dockerignore: the one at the root does not apply.
    await client.until(dockerfile, only('dockerignore-for-context'), 'the context the Compose file gives');

    // The whole repository as the context: the root's .dockerignore leaves build/ out.
    await client.change(uri('compose.yaml'), 2, [
      { text: COMPOSE.replace('build: ./api', 'build: { context: ., dockerfile: api/Dockerfile }') },
    ]);
    const moved = await client.until(dockerfile, only('copy-ignored-file'), 'the context typed in the Compose file');
    assert.equal(moved.version, 1, 'the Dockerfile was not edited');

    writeFileSync(fileURLToPath(uri('.dockerignore')), 'node_modules\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('.dockerignore'), type: 2 }],
    });
    await client.until(dockerfile, only(''), 'the .dockerignore changed on disk, alone');
  });
});
