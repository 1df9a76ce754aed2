/**
 * A kustomization's `images:` in the language server: the manifest it builds is held against the
 * Dockerfile of the image it renames to, and is judged by the tag it leaves, as the kustomization
 * is typed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { manager } from '../support/linked-image';
import { linkedWorkspace } from './linked-workspace';

const KUSTOMIZATION = 'resources: [manager.yaml]\nimages:\n  - name: controller\n    newName: ghcr.io/acme/operator\n';

describe('a kustomization that renames the image of an open manifest', () => {
  const { client, uri } = linkedWorkspace(
    {
      '.cntutor.yaml': 'images:\n  ghcr.io/acme/operator: Dockerfile\n',
      Dockerfile: 'FROM python:3.12-slim\nRUN useradd -m app\nUSER app\nCMD ["python", "app.py"]\n',
      'config/manager/manager.yaml': manager(),
      'config/manager/kustomization.yaml': `${KUSTOMIZATION}    newTag: latest\n`,
    },
    'config/manager/manager.yaml',
    'cntutor-kustomize-lsp-',
  );
  const has = (id: string) => (diagnostics: { code?: unknown }[]) => diagnostics.some((d) => d.code === id);

  it('links the image through the new name, and follows the tag the kustomization is typed with', async () => {
    const manifest = uri('config/manager/manager.yaml');
    const { diagnostics } = await client.until(manifest, has('image-user-matches'), 'the renamed link');
    const user = diagnostics.find((d) => d.code === 'image-user-matches');
    assert.ok(
      user?.relatedInformation?.some(
        (r) => r.location.uri === uri('config/manager/kustomization.yaml') && /renames "controller"/.test(r.message),
      ),
      JSON.stringify(user?.relatedInformation),
    );
    assert.ok(has('no-latest-container-image')(diagnostics), 'the kustomization keeps latest');
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: manifest },
      position: { line: 17, character: 20 },
    });
    assert.match(
      JSON.stringify(hover?.contents),
      /`kustomize build` of `kustomization.yaml` runs it as `ghcr.io\/acme\/operator:latest`/,
    );

    // A per-object rule's finding changes with the kustomization, though the manifest is not edited.
    const kustomization = uri('config/manager/kustomization.yaml');
    await client.open(kustomization, 'yaml', `${KUSTOMIZATION}    newTag: latest\n`);
    await client.change(kustomization, 2, [{ text: `${KUSTOMIZATION}    newTag: v1.2.0\n` }]);
    const pinned = await client.until(manifest, (d) => !has('no-latest-container-image')(d), 'the tag pinned');
    assert.equal(pinned.version, 1, 'the manifest was not edited');
    assert.ok(has('image-user-matches')(pinned.diagnostics));

    await client.change(kustomization, 3, [{ text: 'resources: [manager.yaml]\n' }]);
    const unlinked = await client.until(manifest, (d) => !has('image-user-matches')(d), 'the rename typed away');
    assert.ok(has('no-latest-container-image')(unlinked.diagnostics));
  });

  it('offers to link the name the kustomization gives the image, not the placeholder written', async () => {
    const kustomization = uri('config/manager/kustomization.yaml');
    await client.change(kustomization, 4, [
      { text: `${KUSTOMIZATION.replace('operator', 'unlinked')}    newTag: v2\n` },
    ]);
    const manifest = uri('config/manager/manager.yaml');
    // The pinned tag shows the server has the new text.
    await client.until(manifest, (d) => !has('no-latest-container-image')(d), 'the image renamed to an unlinked name');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: manifest },
      range: { start: { line: 17, character: 20 }, end: { line: 17, character: 20 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(
      actions.filter((a) => a.title.startsWith('Link image')).map((a) => a.title),
      ['Link image ghcr.io/acme/unlinked to Dockerfile (in .cntutor.yaml)'],
    );
  });
});
