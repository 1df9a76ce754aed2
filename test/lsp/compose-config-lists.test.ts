/**
 * A Compose project `composeProjects` lists in `.cntutor.yaml`, in the language server: an unsaved
 * edit of the configuration makes the files one project (and a file of no Compose name a Compose
 * file), and a list the configuration check refuses shows in the configuration itself.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-protocol';
import { WAITS_FOR_UNCHECKED_DB } from '../support/compose-files';
import { linkedWorkspace } from './linked-workspace';

const CHECKS =
  'services:\n  db:\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n  web:\n    depends_on: [queue]\n  cache:\n    image: redis:7.4\n';
const SEED = 'services:\n  cache:\n    image: redis:7.4\n  seed:\n    image: registry.example.com/shop/seed:1.0\n';
const LISTS = 'composeProjects:\n  - [docker-compose.yml, deploy/checks.yml]\n';

describe('a Compose project the configuration lists, in the language server', () => {
  const { client, uri } = linkedWorkspace(
    {
      '.cntutor.yaml': 'failOn: warning\n',
      'docker-compose.yml': WAITS_FOR_UNCHECKED_DB,
      'deploy/checks.yml': CHECKS,
      'deploy/seed.yml': SEED,
    },
    'docker-compose.yml',
    'cntutor-compose-lists-lsp-',
  );
  const missingCheck = (diagnostics: { code?: unknown }[]): boolean =>
    diagnostics.some((d) => d.code === 'compose-healthy-dependency-without-check');

  /** What completion offers under the base's `depends_on`, as `label detail`. */
  const offered = async (): Promise<string[]> => {
    const completion = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', {
      textDocument: { uri: uri('docker-compose.yml') },
      position: { line: 6, character: 6 },
    });
    return (Array.isArray(completion) ? completion : completion.items).map(
      (item) => `${item.label} ${item.detail ?? ''}`,
    );
  };

  it('follows an unsaved edit of the configuration', async () => {
    await client.until(uri('docker-compose.yml'), missingCheck, 'the finding of the file alone');
    await client.open(uri('deploy/checks.yml'), 'yaml', CHECKS);
    await client.open(uri('.cntutor.yaml'), 'yaml', 'failOn: warning\n');
    await client.change(uri('.cntutor.yaml'), 2, [{ text: `failOn: warning\n${LISTS}` }]);
    const { version } = await client.until(
      uri('docker-compose.yml'),
      (found) => !missingCheck(found),
      'the listed file’s check',
    );
    assert.equal(version, 1, 'the Compose file was not edited');
    const { diagnostics } = await client.until(
      uri('deploy/checks.yml'),
      (found) => found.some((d) => d.code === 'compose-unknown-service'),
      'a listed file of no Compose name linted as one, with the project',
    );
    assert.match(String(diagnostics[0]?.message), /neither this file nor \.\.\/docker-compose\.yml, read with it/);

    // The open file the list names is read as a Compose file: the base sees its services.
    assert.ok((await offered()).includes('cache service · deploy/checks.yml'));

    // Two lists share the base: completion offers what each of its projects defines, and only that.
    await client.change(uri('.cntutor.yaml'), 3, [{ text: `${LISTS}  - [docker-compose.yml, deploy/seed.yml]\n` }]);
    await client.until(uri('docker-compose.yml'), missingCheck, 'the base judged with what both lists merge with it');
    const shared = await offered();
    assert.ok(shared.includes('cache service · deploy/checks.yml'), JSON.stringify(shared));
    assert.ok(!shared.some((item) => item.startsWith('seed ')), JSON.stringify(shared));

    await client.change(uri('.cntutor.yaml'), 4, [
      { text: 'failOn: warning\ncomposeProjects: [docker-compose.yml]\n' },
    ]);
    const problems = await client.diagnostics(uri('.cntutor.yaml'), 4);
    assert.deepEqual(
      problems.diagnostics.map((d) => [d.range.start.line, d.message]),
      [
        [
          1,
          'composeProjects: each project must list its Compose files in the order docker compose -f reads them, such as - [compose.yaml, compose.prod.yaml]',
        ],
      ],
    );
    await client.until(uri('docker-compose.yml'), missingCheck, 'the file alone again once no list holds it');
  });
});
