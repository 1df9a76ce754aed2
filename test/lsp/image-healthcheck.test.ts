import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { messageOf } from './client';
import { linkedWorkspace } from './linked-workspace';
import { DEPLOYMENT, HEALTHCHECK_DOCKERFILE, SKAFFOLD } from '../support/linked-image';

const RULE = 'liveness-probe';
const CONTAINER_LINE = 14;
const IMAGE_LINE = 15;

const liveness = (diagnostics: Diagnostic[]): Diagnostic | undefined => diagnostics.find((d) => d.code === RULE);
const namesTheCheck = (diagnostics: Diagnostic[]): boolean =>
  /Kubernetes does not run the HEALTHCHECK/.test(messageOf(liveness(diagnostics)));

describe('a container without a liveness probe, whose linked image has a HEALTHCHECK, in the language server', () => {
  const { client, uri } = linkedWorkspace(
    { 'skaffold.yaml': SKAFFOLD, 'services/web/Dockerfile': HEALTHCHECK_DOCKERFILE, 'k8s/web.yaml': DEPLOYMENT },
    'k8s/web.yaml',
    'cntutor-healthcheck-lsp-',
  );

  it('names the check in the one liveness finding, and offers the probe that does the same', async () => {
    const { diagnostics } = await client.until(uri('k8s/web.yaml'), namesTheCheck, 'the HEALTHCHECK in the finding');
    const finding = liveness(diagnostics);
    assert.equal(diagnostics.filter((d) => d.code === RULE).length, 1);
    assert.equal(finding?.range.start.line, CONTAINER_LINE);
    assert.match(messageOf(finding), /\(curl -f http:\/\/localhost:8080\/healthz \|\| exit 1\)/);
    assert.deepEqual(
      finding?.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]),
      [
        [uri('services/web/Dockerfile'), 3],
        [uri('skaffold.yaml'), 4],
      ],
    );
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri('k8s/web.yaml') },
      range: finding?.range,
      context: { diagnostics: [finding], only: ['quickfix'] },
    });
    const fix = actions.find((a) => /HEALTHCHECK as a liveness probe running its command/.test(a.title));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.match(
      fix.edit?.changes?.[uri('k8s/web.yaml')]?.[0]?.newText ?? '',
      /exec:\n\s+command: \["\/bin\/sh", "-c", "curl -f http:\/\/localhost:8080\/healthz \|\| exit 1"\]\n\s+initialDelaySeconds: 30\n/,
    );
  });

  it('names the health check in the hover on image:', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri('k8s/web.yaml') },
      position: { line: IMAGE_LINE, character: 30 },
    });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(
      value,
      /its USER is `10001`; it exposes `8080`; its HEALTHCHECK runs `curl -f http:\/\/localhost:8080\/healthz \|\| exit 1`, which Kubernetes ignores/,
    );
  });

  it('follows an edit of the open Dockerfile: HEALTHCHECK NONE leaves the plain finding, without relinting the manifest', async () => {
    await client.open(uri('services/web/Dockerfile'), 'dockerfile', HEALTHCHECK_DOCKERFILE);
    await client.diagnostics(uri('services/web/Dockerfile'), 1);
    const line = HEALTHCHECK_DOCKERFILE.split('\n')[3] ?? '';
    await client.change(uri('services/web/Dockerfile'), 2, [
      { range: { start: { line: 3, character: 12 }, end: { line: 3, character: line.length } }, text: 'NONE' },
    ]);
    const { version, diagnostics } = await client.until(
      uri('k8s/web.yaml'),
      (found) => liveness(found) !== undefined && !namesTheCheck(found),
      'the plain finding',
    );
    assert.equal(version, 1, 'the manifest was not edited');
    assert.equal(liveness(diagnostics)?.relatedInformation, undefined);
  });
});
