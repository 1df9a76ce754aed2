import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { messageOf } from './client';
import { linkedWorkspace } from './linked-workspace';
import { DEPLOYMENT, EXPOSING_DOCKERFILE, SERVICE, SERVING_DEPLOYMENT, SKAFFOLD } from '../support/linked-image';

const RULE = 'image-user-matches';
const DOCKERFILE = 'FROM python:3.12-slim\nRUN useradd -m app\nUSER app\nCMD ["python", "app.py"]\n';
const IMAGE_LINE = 15;

const has = (diagnostics: Diagnostic[]): boolean => diagnostics.some((d) => d.code === RULE);
const lacks = (diagnostics: Diagnostic[]): boolean => !has(diagnostics);

describe('a manifest held against the Dockerfile its image is linked to, in the language server', () => {
  const { client, uri } = linkedWorkspace(
    { 'skaffold.yaml': SKAFFOLD, 'services/web/Dockerfile': DOCKERFILE, 'k8s/web.yaml': DEPLOYMENT },
    'k8s/web.yaml',
    'cntutor-images-lsp-',
  );

  it('reports the named USER once the workspace is read, naming the Dockerfile and the link', async () => {
    const { diagnostics } = await client.until(uri('k8s/web.yaml'), has, 'the finding on the Deployment');
    const finding = diagnostics.find((d) => d.code === RULE);
    assert.match(messageOf(finding), /services\/web\/Dockerfile to run as the user name "app"/);
    assert.equal(finding?.range.start.line, IMAGE_LINE);
    assert.deepEqual(
      finding?.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]),
      [
        [uri('services/web/Dockerfile'), 2],
        [uri('skaffold.yaml'), 4],
      ],
    );
  });

  it('names the linked Dockerfile in the hover on image:', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri('k8s/web.yaml') },
      position: { line: IMAGE_LINE, character: 30 },
    });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(
      value,
      /Built from `services\/web\/Dockerfile`, as `skaffold\.yaml` states; its USER is `app`; it has no EXPOSE\./,
    );
  });

  it('follows an edit of the open Dockerfile: a numeric USER clears the finding, without relinting the manifest', async () => {
    await client.until(uri('k8s/web.yaml'), has, 'the finding before the edit');
    await client.open(uri('services/web/Dockerfile'), 'dockerfile', DOCKERFILE);
    await client.diagnostics(uri('services/web/Dockerfile'), 1);
    await client.change(uri('services/web/Dockerfile'), 2, [
      { range: { start: { line: 2, character: 5 }, end: { line: 2, character: 8 } }, text: '10001' },
    ]);
    const { version } = await client.until(uri('k8s/web.yaml'), lacks, 'the finding to clear');
    assert.equal(version, 1, 'the manifest was not edited');
  });

  it('counts the file on disk again once the Dockerfile is closed unsaved', async () => {
    await client.connection.sendNotification('textDocument/didClose', {
      textDocument: { uri: uri('services/web/Dockerfile') },
    });
    await client.until(uri('k8s/web.yaml'), has, 'the finding back from the file on disk');
  });

  it('keeps working through bad link files: a skaffold.yaml that is no map, an images: entry that is a number', async () => {
    await client.open(uri('skaffold.yaml'), 'yaml', '- not\n- a map\n');
    await client.until(uri('k8s/web.yaml'), lacks, 'the finding to go with its link');
    await client.open(uri('.cntutor.yaml'), 'yaml', 'images:\n  registry.example.com/shop/web: 3\n');
    const { diagnostics } = await client.diagnostics(uri('.cntutor.yaml'), 1);
    assert.match(
      messageOf(diagnostics[0]),
      /images: "registry\.example\.com\/shop\/web" must name its Dockerfile by a path/,
    );
    await client.change(uri('.cntutor.yaml'), 2, [
      {
        range: { start: { line: 1, character: 33 }, end: { line: 1, character: 34 } },
        text: 'services/web/Dockerfile',
      },
    ]);
    await client.until(uri('k8s/web.yaml'), has, 'the finding through the configuration’s link');
    assert.equal(client.exited, false);
  });
});

describe('the ports of a container held against the EXPOSE of its image, in the language server', () => {
  const RULE_PORTS = 'image-port-declared';
  const { client, uri } = linkedWorkspace(
    {
      'skaffold.yaml': SKAFFOLD,
      'services/web/Dockerfile': EXPOSING_DOCKERFILE,
      'k8s/web.yaml': SERVING_DEPLOYMENT,
      'k8s/service.yaml': SERVICE,
    },
    'k8s/web.yaml',
    'cntutor-ports-lsp-',
  );
  const ports = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.code === RULE_PORTS);

  it('suggests declaring the exposed ports, and warns of the one the Service and the probe use', async () => {
    const { diagnostics } = await client.until(
      uri('k8s/web.yaml'),
      (all) => ports(all).length === 2,
      'both findings on the Deployment',
    );
    const [undeclared, unexposed] = ports(diagnostics).sort((a, b) => a.range.start.line - b.range.start.line);
    assert.deepEqual([undeclared?.severity, undeclared?.range.start.line], [3, IMAGE_LINE]);
    assert.deepEqual([unexposed?.severity, unexposed?.range.start.line], [2, 18]);
    assert.deepEqual(
      unexposed?.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]),
      [
        [uri('services/web/Dockerfile'), 2],
        [uri('services/web/Dockerfile'), 2],
        [uri('skaffold.yaml'), 4],
        [uri('k8s/service.yaml'), 3],
        [uri('k8s/web.yaml'), 20],
      ],
    );
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri('k8s/web.yaml') },
      range: undeclared?.range,
      context: { diagnostics: [undeclared], only: ['quickfix'] },
    });
    const fix = actions.find((a) => /Declare 8080, 9090 in ports/.test(a.title));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(
      fix.edit?.changes?.[uri('k8s/web.yaml')]?.[0]?.newText,
      '\n            - containerPort: 8080\n            - containerPort: 9090',
    );
  });

  it('names the exposed ports in the hover on image:', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri('k8s/web.yaml') },
      position: { line: IMAGE_LINE, character: 30 },
    });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /its USER is `10001`; it exposes `8080`, `9090`\./);
  });

  it('follows an edit of the open Dockerfile: exposing 8000 clears the warning, without relinting the manifest', async () => {
    await client.open(uri('services/web/Dockerfile'), 'dockerfile', EXPOSING_DOCKERFILE);
    await client.diagnostics(uri('services/web/Dockerfile'), 1);
    await client.change(uri('services/web/Dockerfile'), 2, [
      { range: { start: { line: 2, character: 7 }, end: { line: 2, character: 7 } }, text: '8000 ' },
    ]);
    const { diagnostics, version } = await client.until(
      uri('k8s/web.yaml'),
      (all) => ports(all).length === 1,
      'the warning to clear',
    );
    assert.equal(ports(diagnostics)[0]?.severity, 3, 'the suggestion stays');
    assert.equal(version, 1, 'the manifest was not edited');
  });
});
