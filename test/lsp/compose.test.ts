import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CodeAction, CompletionItem, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/engine/fix';
import { TestClient, messageOf } from './client';
import { linkedWorkspace } from './linked-workspace';
import { DEPLOYMENT } from '../support/linked-image';
import {
  INCLUDED_PRIVILEGED_CACHE,
  INCLUDED_UNCHECKED_DB,
  INCLUDES_UNCHECKED_DB,
  WAITS_FOR_UNCHECKED_DB,
} from '../support/compose-files';

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

  it('explains a key with the Compose Specification’s description', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: COMPOSE },
      position: { line: 3, character: 6 },
    });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /\*\*`image`\*\*\n\nSpecify the image to start the container from\./);
    assert.match(value, /Type: string/);
  });

  it('completes the keys the map at the cursor may hold, leaving out those it has', async () => {
    const uri = 'file:///work/compose-app/compose.yaml';
    await client.open(uri, 'dockercompose', 'services:\n  web:\n    image: nginx:1.27.2\n    hea');
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 3, character: 7 },
    });
    const health = items.find((item) => item.label === 'healthcheck');
    assert.ok(health, items.map((item) => item.label).join(', '));
    assert.deepEqual(health.textEdit, {
      range: { start: { line: 3, character: 4 }, end: { line: 3, character: 7 } },
      newText: 'healthcheck: ',
    });
    assert.ok(!items.some((item) => item.label === 'image'), 'image is there already');
  });

  it('completes the values a key takes and the services a dependency may name', async () => {
    const uri = 'file:///work/compose-app/docker-compose.dev.yml';
    const text = 'services:\n  web:\n    restart: \n    depends_on:\n      - \n  db:\n    image: postgres:16.4\n';
    await client.open(uri, 'dockercompose', text);
    const complete = (line: number, character: number): Promise<CompletionItem[]> =>
      client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri },
        position: { line, character },
      });
    const restart = await complete(2, 13);
    assert.deepEqual(
      restart.map((item) => item.label),
      ['no', 'always', 'on-failure', 'unless-stopped'],
    );
    assert.deepEqual(restart[0]?.textEdit, {
      range: { start: { line: 2, character: 13 }, end: { line: 2, character: 13 } },
      newText: '"no"',
    });
    assert.deepEqual(
      (await complete(4, 8)).map((item) => item.label),
      ['db'],
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

const LINKING = 'services:\n  web:\n    build: ./services/web\n    image: registry.example.com/shop/web:dev\n';
const ROOT_POD = DEPLOYMENT.replace('runAsNonRoot: true', 'runAsUser: 1000');

describe('a Compose file that builds an image the manifests run, in the language server', () => {
  const { client, uri } = linkedWorkspace(
    {
      'compose.yaml': LINKING,
      'services/web/Dockerfile': 'FROM alpine:3.20\nUSER 10001\n',
      'k8s/web.yaml': ROOT_POD,
    },
    'k8s/web.yaml',
    'cntutor-compose-lsp-',
  );
  const userFinding = (diagnostics: { code?: unknown; message: unknown }[]): boolean =>
    diagnostics.some((d) => d.code === 'image-user-matches' && /10001/.test(messageOf(d as never)));

  it('links the image through the Compose service, and follows an edit of the open Compose file', async () => {
    await client.until(uri('k8s/web.yaml'), userFinding, 'image-user-matches through compose.yaml');
    await client.open(uri('compose.yaml'), 'dockercompose', LINKING);
    await client.diagnostics(uri('compose.yaml'), 1);
    const line = 'image: registry.example.com/shop/web:dev';
    await client.change(uri('compose.yaml'), 2, [
      {
        range: { start: { line: 3, character: 4 }, end: { line: 3, character: 4 + line.length } },
        text: 'image: registry.example.com/shop/other:dev',
      },
    ]);
    const { version } = await client.until(uri('k8s/web.yaml'), (found) => !userFinding(found), 'the link to be gone');
    assert.equal(version, 1, 'the manifest was not edited');
  });
});

const BUILDING = `services:
  web:
    build: ./web
    restart: unless-stopped
    ports:
      - "127.0.0.1:8080:80"
`;
const WEB_DOCKERFILE = 'FROM node:22.11-alpine\nUSER node\nEXPOSE 3000\nCMD ["node", "server.js"]\n';

describe('a Compose file held against the Dockerfile its service builds, in the language server', () => {
  const { client, uri } = linkedWorkspace(
    { 'compose.yaml': BUILDING, 'web/Dockerfile': WEB_DOCKERFILE },
    'compose.yaml',
    'cntutor-compose-build-lsp-',
  );
  const portFinding = (diagnostics: { code?: unknown }[]): boolean =>
    diagnostics.some((d) => d.code === 'compose-port-exposed');

  it('reads the Dockerfile of the build, shows it on hover, and follows an edit of it without the Compose file being edited', async () => {
    const { diagnostics } = await client.until(uri('compose.yaml'), portFinding, 'compose-port-exposed');
    const finding = diagnostics.find((d) => d.code === 'compose-port-exposed');
    assert.deepEqual(finding?.range, { start: { line: 5, character: 8 }, end: { line: 5, character: 27 } });
    assert.match(messageOf(finding as never), /exposes only 3000/);
    assert.deepEqual(
      finding?.relatedInformation?.map((info) => [info.location.uri, info.location.range.start.line]),
      [[uri('web/Dockerfile'), 2]],
    );
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri('compose.yaml') },
      position: { line: 2, character: 5 },
    });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /\*\*`build`\*\*/);
    assert.match(value, /Built from `web\/Dockerfile`; its USER is `node`; it exposes `3000`\./);
    await client.open(uri('web/Dockerfile'), 'dockerfile', WEB_DOCKERFILE);
    await client.change(uri('web/Dockerfile'), 2, [
      { range: { start: { line: 2, character: 7 }, end: { line: 2, character: 11 } }, text: '80' },
    ]);
    const { version } = await client.until(uri('compose.yaml'), (found) => !portFinding(found), 'the finding to go');
    assert.equal(version, 1, 'the Compose file was not edited');
  });
});

const BASE = WAITS_FOR_UNCHECKED_DB;
const OVERRIDE = 'services:\n  db:\n    environment:\n      POSTGRES_DB: shop\n';

describe('a Compose file judged with the override Compose reads with it, in the language server', () => {
  const { client, uri } = linkedWorkspace(
    { 'compose.yaml': BASE, 'compose.override.yaml': OVERRIDE },
    'compose.yaml',
    'cntutor-compose-project-lsp-',
  );
  const missingCheck = (diagnostics: { code?: unknown }[]): boolean =>
    diagnostics.some((d) => d.code === 'compose-healthy-dependency-without-check');

  it('follows an edit of the override: a healthcheck given there clears the finding in the base', async () => {
    await client.until(uri('compose.yaml'), missingCheck, 'compose-healthy-dependency-without-check');
    await client.open(uri('compose.override.yaml'), 'dockercompose', OVERRIDE);
    await client.change(uri('compose.override.yaml'), 2, [
      {
        range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
        text: '    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n',
      },
    ]);
    const { version } = await client.until(uri('compose.yaml'), (found) => !missingCheck(found), 'the finding to go');
    assert.equal(version, 1, 'the base file was not edited');
  });
});

describe('a Compose file judged with the files its include: names, in the language server', () => {
  const { client, uri } = linkedWorkspace(
    {
      'compose.yaml': INCLUDES_UNCHECKED_DB,
      'db/compose.yaml': INCLUDED_UNCHECKED_DB,
      'infra/cache.yml': INCLUDED_PRIVILEGED_CACHE,
      'parts/late.yml': INCLUDED_PRIVILEGED_CACHE,
    },
    'compose.yaml',
    'cntutor-compose-include-lsp-',
  );
  const missingCheck = (diagnostics: { code?: unknown }[]): boolean =>
    diagnostics.some((d) => d.code === 'compose-healthy-dependency-without-check');

  it('points at the included file, and follows a change of it on disk', async () => {
    const { diagnostics } = await client.until(uri('compose.yaml'), missingCheck, 'the included db judged');
    const finding = diagnostics.find((d) => d.code === 'compose-healthy-dependency-without-check');
    assert.deepEqual(
      finding?.relatedInformation?.map((info) => [info.location.uri, info.location.range.start.line]),
      [[uri('db/compose.yaml'), 1]],
    );
    writeFileSync(
      fileURLToPath(uri('db/compose.yaml')),
      INCLUDED_UNCHECKED_DB + '    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n',
    );
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('db/compose.yaml'), type: 2 }],
    });
    const { version } = await client.until(uri('compose.yaml'), (found) => !missingCheck(found), 'the finding to go');
    assert.equal(version, 1, 'the including file was not edited');
  });

  it('says on the include key which services each included file brings in', async () => {
    await client.until(uri('compose.yaml'), () => true, 'the first findings');
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri('compose.yaml') },
      position: { line: 0, character: 2 },
    });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /- `db\/compose\.yaml`: `db`\n- `infra\/cache\.yml`: `cache`/);
  });

  it('completes a dependency with the services the included files define', async () => {
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: uri('compose.yaml') },
      position: { line: 8, character: 6 },
    });
    assert.deepEqual(
      items.map((item) => [item.label, item.detail]),
      [
        ['db', 'service · db/compose.yaml'],
        ['cache', 'service · infra/cache.yml'],
      ],
    );
  });

  it('lints an included file of no Compose name as a Compose file once the including file names it', async () => {
    await client.open(uri('infra/cache.yml'), 'yaml', INCLUDED_PRIVILEGED_CACHE);
    const { diagnostics } = await client.until(
      uri('infra/cache.yml'),
      (found) => found.some((d) => d.code === 'compose-privileged'),
      'compose-privileged',
    );
    assert.ok(!diagnostics.some((d) => d.code === 'kubernetes-schema'), JSON.stringify(diagnostics));
  });

  it('lints an open YAML file whole once an edit of the including file names it', async () => {
    await client.open(uri('parts/late.yml'), 'yaml', INCLUDED_PRIVILEGED_CACHE);
    const before = await client.diagnostics(uri('parts/late.yml'));
    assert.deepEqual(before.diagnostics, [], 'not a Compose file yet: no file names it');
    await client.change(uri('compose.yaml'), 2, [
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '  - parts/late.yml\n' },
    ]);
    const { version } = await client.until(
      uri('parts/late.yml'),
      (found) => found.some((d) => d.code === 'compose-privileged'),
      'compose-privileged in the file now included',
    );
    assert.equal(version, 1, 'the included file was not edited');
  });
});
