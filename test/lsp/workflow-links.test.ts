/**
 * A GitHub Actions workflow's build step links the image a manifest runs to its Dockerfile in the
 * language server: read with the workspace, and as the workflow is typed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEPLOYMENT } from '../support/linked-image';
import { linkedWorkspace } from './linked-workspace';

const WORKFLOW =
  'jobs:\n  web:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: web\n          tags: registry.example.com/${{ github.repository }}:latest\n';

describe('a GitHub Actions workflow in the language server', () => {
  const { client, uri } = linkedWorkspace(
    {
      // The checkout's origin names the repository the workflow runs in.
      '.git/config': '[remote "origin"]\n\turl = git@github.com:shop/web.git\n',
      '.github/workflows/release.yml': WORKFLOW,
      'web/Dockerfile': 'FROM node:22.11-alpine3.20\nUSER node\nCMD ["node", "server.js"]\n',
      'k8s/web.yaml': DEPLOYMENT,
    },
    'k8s/web.yaml',
    'cntutor-workflow-lsp-',
  );
  const userFinding = (diagnostics: { code?: unknown }[]): boolean =>
    diagnostics.some((d) => d.code === 'image-user-matches');

  it('links the image its build step pushes, and follows the workflow as it is typed', async () => {
    const { diagnostics } = await client.until(uri('k8s/web.yaml'), userFinding, 'the link the workflow states');
    const finding = diagnostics.find((d) => d.code === 'image-user-matches');
    assert.match(String(finding?.message), /built by web\/Dockerfile/);
    assert.ok(
      finding?.relatedInformation?.some((r) => r.location.uri === uri('.github/workflows/release.yml')),
      JSON.stringify(finding?.relatedInformation),
    );
    await client.open(uri('.github/workflows/release.yml'), 'yaml', WORKFLOW);
    await client.change(uri('.github/workflows/release.yml'), 2, [
      { text: WORKFLOW.replace('${{ github.repository }}', 'shop/other') },
    ]);
    const { version } = await client.until(uri('k8s/web.yaml'), (d) => !userFinding(d), 'the link typed away');
    assert.equal(version, 1, 'the manifest was not edited');
    const workflow = await client.diagnostics(uri('.github/workflows/release.yml'), 2);
    assert.deepEqual(workflow.diagnostics, [], 'a workflow is no manifest: nothing to report in it');
  });
});
