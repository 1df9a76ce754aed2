/**
 * A Compose file whose image tag a `.env` variable gives, in the language server: judged with the
 * `.env` on disk, then with the `.env` as it is typed, unsaved.
 */
import { describe, it } from 'node:test';
import { linkedWorkspace } from './linked-workspace';

const COMPOSE = `services:
  web:
    image: ghcr.io/shop/web:\${TAG}
    restart: unless-stopped
`;

describe('a Compose file’s variables in the editor', () => {
  const { client, uri } = linkedWorkspace(
    { 'compose.yaml': COMPOSE, '.env': 'TAG=latest\n' },
    'compose.yaml',
    'cntutor-compose-variables-lsp-',
  );
  const tags = (diagnostics: { code?: unknown; range: { start: { line: number } } }[]): string =>
    diagnostics
      .filter((d) => d.code === 'compose-image-tag')
      .map((d) => d.range.start.line)
      .join();

  it('reads the tag from the .env on disk, then from the .env as it is typed', async () => {
    const file = uri('compose.yaml');
    await client.until(file, (d) => tags(d) === '2', 'the moving tag the .env on disk gives');
    await client.open(uri('.env'), 'dotenv', 'TAG=1.4.2\n');
    await client.until(file, (d) => tags(d) === '', 'the tag pinned in the open .env');
    await client.change(uri('.env'), 2, [{ text: 'TAG=nightly\n' }]);
    await client.until(file, (d) => tags(d) === '2', 'the tag typed back to a moving one');
  });
});
