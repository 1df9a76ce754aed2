import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { githubRepositoryOf } from '../../server/src/schema/github-repository';
import { workflowRoot, workflowStatements } from '../../server/src/schema/workflow-links';

const RELEASE = `name: release
on: { push: { tags: ['v*'] } }
env:
  REGISTRY: ghcr.io
  IMAGE_NAME: Shop/Web
  OWNER: \${{ github.repository_owner }}
jobs:
  web:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: meta
        uses: docker/metadata-action@v5
        with:
          images: |
            \${{ env.REGISTRY }}/\${{ env.IMAGE_NAME }}
            name=docker.io/shop/web-mirror,enable=false
          tags: type=sha
      - uses: docker/build-push-action@v6
        with:
          context: ./web
          push: true
          tags: \${{ steps.meta.outputs.tags }}
  api:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/build-push-action@v6
        with:
          file: docker/api.Dockerfile
          target: runtime
          tags: |
            registry.example.com/shop/api:\${{ github.sha }}
            registry.example.com/shop/api:latest, \${{ env.OWNER }}/api:latest
`;

const text = (start: { line: number; character: number }, end: { line: number; character: number }): string => {
  const lines = RELEASE.split('\n');
  return start.line === end.line ? (lines[start.line] ?? '').slice(start.character, end.character) : '';
};

describe('GitHub Actions workflows that build images', () => {
  it('knows a workflow by its place, and its repository root', () => {
    assert.equal(workflowRoot('/r/.github/workflows/ci.yml'), '/r');
    assert.equal(workflowRoot('/r/.github/workflows/release.yaml'), '/r');
    assert.equal(workflowRoot('/.github/workflows/ci.yml'), '/');
    assert.equal(workflowRoot('/r/.github/ci.yml'), undefined);
    assert.equal(workflowRoot('/r/.github/workflows/nested/ci.yml'), undefined);
    assert.equal(workflowRoot('/r/workflows/ci.yml'), undefined);
  });

  it('links each name a build step pushes to the Dockerfile and context it builds', () => {
    const key = '/r/.github/workflows/release.yml';
    const { links, builds } = workflowStatements(key, key, RELEASE);
    assert.deepEqual(
      links.map((link) => [link.repository, link.dockerfile, link.written, link.target, link.from]),
      [
        ['ghcr.io/shop/web', '/r/web/Dockerfile', 'web/Dockerfile', undefined, 'workflow'],
        ['registry.example.com/shop/api', '/r/docker/api.Dockerfile', 'docker/api.Dockerfile', 'runtime', 'workflow'],
        ['registry.example.com/shop/api', '/r/docker/api.Dockerfile', 'docker/api.Dockerfile', 'runtime', 'workflow'],
      ],
    );
    // Each link points at the name as written: the metadata step's image, the tag's own line.
    assert.deepEqual(
      links.map((link) => text(link.range.start, link.range.end)),
      [
        '${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}',
        'registry.example.com/shop/api:${{ github.sha }}',
        'registry.example.com/shop/api:latest',
      ],
    );
    // Without `context` the action builds the repository itself (the Git context).
    assert.deepEqual(builds, [
      { dockerfile: '/r/web/Dockerfile', context: '/r/web' },
      { dockerfile: '/r/docker/api.Dockerfile', context: '/r' },
    ]);
  });

  it('states nothing an expression, a remote context or another file hides', () => {
    const key = '/r/.github/workflows/ci.yml';
    const step = (inputs: string): string =>
      `jobs:\n  build:\n    steps:\n      - uses: docker/build-push-action@v5\n        with:\n${inputs}`;
    const none = (inputs: string): void =>
      assert.deepEqual(workflowStatements(key, key, step(inputs)), { links: [], builds: [] }, inputs);
    none('          context: ${{ matrix.folder }}\n          tags: shop/web:1\n');
    none('          context: https://github.com/shop/web.git#main\n          tags: shop/web:1\n');
    none('          file: ${{ inputs.dockerfile }}\n          tags: shop/web:1\n');
    none('          target: ${{ matrix.stage }}\n          tags: shop/web:1\n');
    const built = workflowStatements(key, key, step('          tags: ${{ github.repository }}:latest\n'));
    assert.deepEqual(built.links, [], 'a repository only known at run time links nothing');
    assert.deepEqual(built.builds, [{ dockerfile: '/r/Dockerfile', context: '/r' }]);
    const other = '/r/ci/release.yml';
    assert.deepEqual(workflowStatements(other, other, step('          tags: shop/web:1\n')), { links: [], builds: [] });
    assert.deepEqual(workflowStatements(key, key, 'jobs: [\n'), { links: [], builds: [] });
  });

  it('puts the links in the index, after skaffold and before Compose', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile('/r/.github/workflows/release.yml', RELEASE);
    assert.equal(workspace.imageFor('ghcr.io/shop/web:2.0')?.link.from, 'workflow');
    assert.deepEqual(workspace.buildContextsOf('/r/docker/api.Dockerfile'), ['/r']);
    workspace.setFile('/r/compose.yaml', 'services:\n  web:\n    image: ghcr.io/shop/web\n    build: ./other\n');
    assert.equal(workspace.imageFor('ghcr.io/shop/web:2.0')?.link.dockerfile, '/r/web/Dockerfile');
    workspace.setFile(
      '/r/skaffold.yaml',
      'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: ghcr.io/shop/web\n      context: deploy\n',
    );
    assert.equal(workspace.imageFor('ghcr.io/shop/web:2.0')?.link.dockerfile, '/r/deploy/Dockerfile');
    const joined = ManifestWorkspace.fromSnapshot(workspace.snapshot());
    assert.equal(joined.imageFor('registry.example.com/shop/api:9')?.link.target, 'runtime');
  });

  it("names a workflow's github.repository after the checkout's origin on GitHub", () => {
    const config = (url: string): string =>
      `[core]\n\trepositoryformatversion = 0\n[remote "upstream"]\n\turl = https://github.com/other/web.git\n[remote "origin"]\n\turl = ${url}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`;
    assert.equal(githubRepositoryOf(config('https://github.com/Shop/web.git')), 'Shop/web');
    assert.equal(githubRepositoryOf(config('git@github.com:shop/web.git')), 'shop/web');
    assert.equal(githubRepositoryOf(config('ssh://git@github.com/shop/web')), 'shop/web');
    assert.equal(githubRepositoryOf(config('https://token@github.com/shop/web')), 'shop/web');
    assert.equal(githubRepositoryOf(config('https://gitlab.com/shop/web.git')), undefined);
    assert.equal(githubRepositoryOf('[core]\n\tbare = false\n'), undefined);

    const key = '/r/.github/workflows/publish.yml';
    const starter = `env:\n  REGISTRY: ghcr.io\n  IMAGE_NAME: \${{ github.repository }}\njobs:\n  build:\n    steps:\n      - id: meta\n        uses: docker/metadata-action@v5\n        with:\n          images: \${{ env.REGISTRY }}/\${{ env.IMAGE_NAME }}\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          tags: \${{ steps.meta.outputs.tags }}\n      - uses: docker/build-push-action@v6\n        with:\n          file: debug.Dockerfile\n          tags: ghcr.io/\${{ github.repository_owner }}/web-debug:latest\n`;
    assert.deepEqual(workflowStatements(key, key, starter).links, [], 'unknown without the checkout');
    const roots: string[] = [];
    const known = workflowStatements(key, key, starter, (root) => {
      roots.push(root);
      return 'Shop/Web';
    });
    assert.deepEqual(
      known.links.map((link) => [link.repository, link.written]),
      [
        ['ghcr.io/shop/web', 'Dockerfile'],
        ['ghcr.io/Shop/web-debug', 'debug.Dockerfile'],
      ],
    );
    assert.deepEqual([...new Set(roots)], ['/r']);
  });
});
