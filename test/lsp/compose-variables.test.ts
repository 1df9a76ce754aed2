/**
 * A Compose file whose image tag a `.env` variable gives, in the language server: judged with the
 * `.env` on disk, then with the `.env` as it is typed, unsaved.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { linkedWorkspace } from './linked-workspace';

const COMPOSE = `services:
  web:
    image: ghcr.io/shop/web:\${TAG}
    restart: unless-stopped
`;

/** The lines of the moving-tag findings, joined. */
const tags = (diagnostics: { code?: unknown; range: { start: { line: number } } }[]): string =>
  diagnostics
    .filter((d) => d.code === 'compose-image-tag')
    .map((d) => d.range.start.line)
    .join();

describe('a Compose file’s variables in the editor', () => {
  const { client, uri } = linkedWorkspace(
    { 'compose.yaml': COMPOSE, '.env': 'TAG=latest\n' },
    'compose.yaml',
    'cntutor-compose-variables-lsp-',
  );

  it('reads the tag from the .env on disk, then from the .env as it is typed', async () => {
    const file = uri('compose.yaml');
    await client.until(file, (d) => tags(d) === '2', 'the moving tag the .env on disk gives');
    await client.open(uri('.env'), 'dotenv', 'TAG=1.4.2\n');
    await client.until(file, (d) => tags(d) === '', 'the tag pinned in the open .env');
    await client.change(uri('.env'), 2, [{ text: 'TAG=nightly\n' }]);
    await client.until(file, (d) => tags(d) === '2', 'the tag typed back to a moving one');
  });
});

describe('secrets in a Compose file’s env files, in the editor', () => {
  const compose = `services:
  web:
    image: ghcr.io/shop/web:1.4.2
    restart: unless-stopped
    env_file: web.env
`;
  const { client, uri } = linkedWorkspace(
    { 'compose.yaml': compose, 'web.env': 'API_TOKEN=3f9c1d7ab2e84c55\n', '.gitignore': 'node_modules/\n' },
    'compose.yaml',
    'cntutor-compose-env-secrets-lsp-',
  );
  const secrets = (diagnostics: { code?: unknown; range: { start: { line: number } } }[]): string =>
    diagnostics
      .filter((d) => d.code === 'compose-secret-in-environment')
      .map((d) => d.range.start.line)
      .join();

  it('reports a secret in an env file git keeps, until a .gitignore changed on disk leaves it out', async () => {
    const file = uri('compose.yaml');
    await client.until(file, (d) => secrets(d) === '4', 'the token in web.env');
    writeFileSync(fileURLToPath(uri('.gitignore')), 'node_modules/\nweb.env\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('.gitignore'), type: 2 }],
    });
    await client.until(file, (d) => secrets(d) === '', 'web.env ignored by git');
  });
});

describe('an included Compose file’s variables, in the editor', () => {
  const { client, uri } = linkedWorkspace(
    {
      'compose.yaml':
        'include:\n  - db/compose.yaml\nservices:\n  web:\n    image: busybox:1.36\n    restart: unless-stopped\n',
      '.env': 'TAG=1.4.2\n',
      'db/compose.yaml': COMPOSE,
      'db/.env': 'TAG=latest\n',
    },
    'db/compose.yaml',
    'cntutor-compose-include-variables-lsp-',
  );

  it('reads the includer’s .env first, as it is typed', async () => {
    const file = uri('db/compose.yaml');
    await client.until(file, (d) => tags(d) === '', 'the tag the including project’s .env pins');
    await client.open(uri('.env'), 'dotenv', 'REGISTRY=ghcr.io\n');
    await client.until(
      file,
      (d) => tags(d) === '2',
      'the included folder’s own moving tag, once the includer sets none',
    );
    await client.change(uri('.env'), 2, [{ text: 'TAG=1.4.2\n' }]);
    await client.until(file, (d) => tags(d) === '', 'the tag typed back in the including project’s .env');
  });
});
