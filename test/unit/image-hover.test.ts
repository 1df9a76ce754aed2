import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkedImageLine } from '../../server/src/lsp/image-hover';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';

const IMAGE_PATH = ['spec', 'template', 'spec', 'containers', 0, 'image'];
const MANIFEST = '/p/deploy/web.yaml';

function workspaceWith(dockerfile: string): ManifestWorkspace {
  const workspace = new ManifestWorkspace();
  workspace.setFile('/p/.cntutor.yaml', 'images:\n  registry.example.com/shop/web: Dockerfile\n');
  workspace.setFile('/p/Dockerfile', dockerfile);
  return workspace;
}

describe("the hover line on a container's image", () => {
  it('names the Dockerfile, its USER and the ports it exposes, each once, with their protocol when not TCP', () => {
    const workspace = workspaceWith(
      'FROM alpine:3.20 AS base\nEXPOSE 8080\nFROM base\nUSER app\nEXPOSE 8080/tcp 53/udp ${PORT}\n',
    );
    const line = (locale: 'en' | 'ko'): string | undefined =>
      linkedImageLine(workspace, MANIFEST, IMAGE_PATH, 'registry.example.com/shop/web:1', locale);
    assert.equal(
      line('en'),
      'Built from `Dockerfile`, as `.cntutor.yaml` states; its USER is `app`; it exposes `8080`, `53/udp`, `${PORT}`.',
    );
    assert.equal(
      line('ko'),
      '`.cntutor.yaml`에 따르면 `Dockerfile`에서 만들어집니다. USER는 `app`입니다. 노출하는 포트는 `8080`, `53/udp`, `${PORT}`입니다.',
    );
  });

  it('says when the image has no EXPOSE, and stays out of other fields', () => {
    const workspace = workspaceWith('FROM alpine:3.20\n');
    assert.equal(
      linkedImageLine(workspace, MANIFEST, IMAGE_PATH, 'registry.example.com/shop/web'),
      'Built from `Dockerfile`, as `.cntutor.yaml` states; it sets no USER; it has no EXPOSE.',
    );
    assert.equal(
      linkedImageLine(
        workspace,
        MANIFEST,
        ['spec', 'template', 'spec', 'containers', 0, 'name'],
        'registry.example.com/shop/web',
      ),
      undefined,
    );
  });

  it('says which image the kustomization that builds the manifest runs, when the link names that one', () => {
    const workspace = workspaceWith('FROM alpine:3.20\nUSER 10001\n');
    workspace.setFile(
      '/p/deploy/kustomization.yaml',
      'resources: [web.yaml]\nimages:\n  - name: web\n    newName: registry.example.com/shop/web\n    newTag: "1.10"\n',
    );
    const line = (locale: 'en' | 'ko', file = MANIFEST): string | undefined =>
      linkedImageLine(workspace, file, IMAGE_PATH, 'web:latest', locale);
    assert.equal(
      line('en'),
      '`kustomize build` of `kustomization.yaml` runs it as `registry.example.com/shop/web:1.10`. ' +
        'Built from `Dockerfile`, as `.cntutor.yaml` states; its USER is `10001`; it has no EXPOSE.',
    );
    assert.equal(
      line('ko'),
      '`kustomization.yaml`을 `kustomize build`하면 `registry.example.com/shop/web:1.10`으로 실행됩니다. ' +
        '`.cntutor.yaml`에 따르면 `Dockerfile`에서 만들어집니다. USER는 `10001`입니다. EXPOSE가 없습니다.',
    );
    // A manifest no kustomization includes runs the name it writes, which nothing links.
    assert.equal(line('en', '/p/other/web.yaml'), undefined);
  });
});
