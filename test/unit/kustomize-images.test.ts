/**
 * Kustomizations' `images:` as kustomize's image transformer applies them, and the images a
 * container runs when each kustomization that builds its file is built: the links the rules hold
 * a manifest against follow those names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kustomizeImage, readKustomization, type KustomizeImageEntry } from '../../server/src/schema/kustomize';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { imageRelated, type LinkedContainer } from '../../server/src/rules/kubernetes/linked-images';

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const entry = (fields: Omit<KustomizeImageEntry, 'range'>): KustomizeImageEntry => ({ ...fields, range: RANGE });
const DIGEST = `sha256:${'b'.repeat(64)}`;

describe("a kustomization's text", () => {
  it('names its patches, what it includes (remote resources left out) and its image entries with their places', () => {
    const facts = readKustomization(
      [
        'resources:',
        '  - deployment.yaml',
        '  - ../base',
        '  - https://github.com/acme/config//base?ref=v1',
        '  - github.com/acme/other/base',
        'components: [../components/probes]',
        'patches:',
        '  - path: patches/replicas.yaml',
        '  - patch: |-',
        '      - op: remove',
        '  - affinity.yaml',
        'patchesStrategicMerge: [memory.yaml]',
        'images:',
        '  - name: controller',
        '    newName: ghcr.io/acme/operator',
        '    newTag: 1.10',
        '  - newTag: v2',
        '  - name: nginx',
        `    digest: ${DIGEST}`,
        '',
      ].join('\n'),
    );
    assert.deepEqual(facts.includes, ['deployment.yaml', '../base', '../components/probes']);
    assert.deepEqual(facts.patches, ['patches/replicas.yaml', 'memory.yaml', 'affinity.yaml']);
    assert.deepEqual(
      facts.images.map(({ range, ...rest }) => ({ ...rest, line: range.start.line, character: range.start.character })),
      [
        // 1.10 as written, not the number 1.1.
        { name: 'controller', newName: 'ghcr.io/acme/operator', newTag: '1.10', line: 13, character: 10 },
        { name: 'nginx', digest: DIGEST, line: 17, character: 10 },
      ],
    );
  });

  it('states nothing when it is no mapping, and never throws', () => {
    for (const text of ['', '- a\n- b\n', 'images: {name: x}\n', ': : :\n\t- [', 'images:\n  - name: [a]\n'])
      assert.deepEqual(readKustomization(text), { patches: [], includes: [], images: [] }, JSON.stringify(text));
  });
});

describe("kustomize's image transformer", () => {
  it('matches the name before the tag and digest, and replaces the name, the tag and the digest', () => {
    const rename = [entry({ name: 'controller', newName: 'ghcr.io/acme/operator', newTag: 'v1' })];
    assert.equal(kustomizeImage('controller:latest', rename).reference, 'ghcr.io/acme/operator:v1');
    assert.equal(kustomizeImage('controller', rename).reference, 'ghcr.io/acme/operator:v1');
    assert.equal(kustomizeImage(`controller:0.1@${DIGEST}`, rename).reference, 'ghcr.io/acme/operator:v1');
    // Another registry's image of the same name, or a longer name, is another image.
    assert.equal(kustomizeImage('docker.io/controller:latest', rename).applied.length, 0);
    assert.equal(kustomizeImage('controller-x:latest', rename).reference, 'controller-x:latest');
    assert.equal(kustomizeImage('localhost:5000/controller', rename).applied.length, 0);
  });

  it('keeps what an entry leaves out, puts a digest in place of the tag, and applies entries in turn', () => {
    assert.equal(kustomizeImage('web:1.2', [entry({ name: 'web', newName: 'acme/web' })]).reference, 'acme/web:1.2');
    assert.equal(kustomizeImage('web:1.2', [entry({ name: 'web', digest: DIGEST })]).reference, `web@${DIGEST}`);
    assert.equal(
      kustomizeImage('web:1.2', [entry({ name: 'web', newTag: '2', digest: DIGEST })]).reference,
      `web:2@${DIGEST}`,
    );
    assert.equal(kustomizeImage('web:1.2', [entry({ name: 'web', tagSuffix: '-debug' })]).reference, 'web:1.2-debug');
    const chained = kustomizeImage('web', [
      entry({ name: 'web', newName: 'acme/web' }),
      entry({ name: 'acme/web', newTag: '3' }),
    ]);
    assert.equal(chained.reference, 'acme/web:3');
    assert.deepEqual(
      chained.applied.map((step) => step.reference),
      ['acme/web', 'acme/web:3'],
    );
  });
});

/** A workspace of a base with two overlays, and a Dockerfile a workflow builds as ghcr.io/acme/web. */
function workspaceOfOverlays(dev: string, prod: string): ManifestWorkspace {
  const workspace = new ManifestWorkspace();
  workspace.setFile(
    '/r/.cntutor.yaml',
    'images:\n  ghcr.io/acme/web: Dockerfile\n  registry.example.com/web: other/Dockerfile\n',
  );
  workspace.setFile('/r/Dockerfile', 'FROM alpine:3.20\nUSER 10001\n');
  workspace.setFile('/r/other/Dockerfile', 'FROM alpine:3.20\nUSER 20002\n');
  workspace.setFile(
    '/r/k8s/base/kustomization.yaml',
    'resources: [web.yaml]\nimages:\n  - name: web\n    newTag: "1"\n',
  );
  workspace.setFile('/r/k8s/overlays/dev/kustomization.yaml', `resources: [../../base]\n${dev}`);
  workspace.setFile('/r/k8s/overlays/prod/kustomization.yaml', `resources:\n  - ../../base/\n${prod}`);
  return workspace;
}

const renameTo = (name: string, tag = 'v2'): string =>
  `images:\n  - name: web\n    newName: ${name}\n    newTag: ${tag}\n`;

describe('the images a container runs as its kustomizations build it', () => {
  it('gives one image per root, each renamed through the chain of kustomizations from the base up', () => {
    const workspace = workspaceOfOverlays(renameTo('localhost:5000/web', 'dev'), renameTo('ghcr.io/acme/web'));
    const built = workspace.kustomizedImages('/r/k8s/base/web.yaml', 'web:latest');
    assert.deepEqual(
      built.map((image) => [image.root, image.reference, image.renames.map((rename) => rename.uri)]),
      [
        [
          '/r/k8s/overlays/dev/kustomization.yaml',
          'localhost:5000/web:dev',
          ['/r/k8s/base/kustomization.yaml', '/r/k8s/overlays/dev/kustomization.yaml'],
        ],
        [
          '/r/k8s/overlays/prod/kustomization.yaml',
          'ghcr.io/acme/web:v2',
          ['/r/k8s/base/kustomization.yaml', '/r/k8s/overlays/prod/kustomization.yaml'],
        ],
      ],
    );
    // A file no kustomization includes runs what it writes.
    assert.deepEqual(workspace.kustomizedImages('/r/k8s/base/other.yaml', 'web:latest'), []);
  });

  it('links the container through the name a root gives it, and names the rename', () => {
    const workspace = workspaceOfOverlays(renameTo('localhost:5000/web', 'dev'), renameTo('ghcr.io/acme/web'));
    const linked = workspace.imageFor('web:latest', '/r/k8s/base/web.yaml');
    assert.equal(linked?.link.dockerfile, '/r/Dockerfile');
    assert.equal(linked?.facts?.user?.user, '10001');
    assert.equal(linked?.renamed?.reference, 'ghcr.io/acme/web:v2');
    // Without the file, or for a file no kustomization builds, only the written name counts.
    assert.equal(workspace.imageFor('web:latest'), undefined);
    assert.equal(workspace.imageFor('web:latest', '/r/elsewhere/web.yaml'), undefined);
  });

  it('points a finding at the entries that renamed the image, not at those that only set its tag', () => {
    const workspace = workspaceOfOverlays('', renameTo('ghcr.io/acme/web'));
    const linked = workspace.imageFor('web:latest', '/r/k8s/base/web.yaml');
    assert.ok(linked?.facts && linked.renamed);
    const container = { link: linked.link, facts: linked.facts, renamed: linked.renamed, locale: 'ko' as const };
    const related = imageRelated(container as unknown as LinkedContainer, RANGE, 'USER', 'link');
    assert.deepEqual(
      related.map((location) => [location.uri, location.message]),
      [
        ['/r/Dockerfile', 'USER'],
        ['/r/.cntutor.yaml', 'link'],
        ['/r/k8s/overlays/prod/kustomization.yaml', '이 kustomization이 "web"을 "ghcr.io/acme/web"으로 바꿉니다.'],
      ],
    );
  });

  it('leaves the image unknown when the roots give names linked to different Dockerfiles', () => {
    const workspace = workspaceOfOverlays(renameTo('registry.example.com/web'), renameTo('ghcr.io/acme/web'));
    assert.equal(workspace.imageFor('web', '/r/k8s/base/web.yaml'), undefined);
    // The same Dockerfile under both names agrees.
    workspace.setFile(
      '/r/.cntutor.yaml',
      'images:\n  ghcr.io/acme/web: Dockerfile\n  registry.example.com/web: Dockerfile\n',
    );
    assert.equal(workspace.imageFor('web', '/r/k8s/base/web.yaml')?.link.dockerfile, '/r/Dockerfile');
  });

  it('renames what a patch sets, follows a chain that loops no further than it goes round, and travels in a snapshot', () => {
    const workspace = workspaceOfOverlays('', renameTo('ghcr.io/acme/web'));
    workspace.setFile(
      '/r/k8s/overlays/prod/kustomization.yaml',
      `resources: [../../base]\npatches:\n  - path: image.yaml\n${renameTo('ghcr.io/acme/web')}`,
    );
    assert.equal(
      workspace.kustomizedImages('/r/k8s/overlays/prod/image.yaml', 'web')[0]?.reference,
      'ghcr.io/acme/web:v2',
    );
    workspace.setFile('/r/k8s/base/kustomization.yaml', 'resources: [web.yaml, ../overlays/dev]\n');
    const looped = workspace.kustomizedImages('/r/k8s/base/web.yaml', 'web');
    assert.deepEqual(
      looped.map((image) => image.reference),
      ['web', 'ghcr.io/acme/web:v2'],
    );
    const copy = ManifestWorkspace.fromSnapshot(structuredClone(workspace.snapshot()));
    assert.deepEqual(copy.kustomizedImages('/r/k8s/base/web.yaml', 'web'), looped);
    assert.equal(copy.isKustomizePatch('/r/k8s/overlays/prod/image.yaml'), true);
  });

  it('counts a change of what a kustomization builds as a change of links and of findings, and an edit elsewhere as none', () => {
    const workspace = workspaceOfOverlays('', renameTo('ghcr.io/acme/web'));
    const links = workspace.linkGeneration;
    const schema = workspace.schemaGeneration;
    workspace.setFile(
      '/r/k8s/overlays/prod/kustomization.yaml',
      `# a comment\nresources: [../../base/]\n${renameTo('ghcr.io/acme/web')}`,
    );
    assert.equal(workspace.linkGeneration, links);
    assert.equal(workspace.schemaGeneration, schema);
    workspace.setFile(
      '/r/k8s/overlays/prod/kustomization.yaml',
      `resources: [../../base]\n${renameTo('ghcr.io/acme/web', 'v3')}`,
    );
    assert.ok(workspace.linkGeneration > links);
    assert.ok(workspace.schemaGeneration > schema);
    assert.equal(workspace.kustomizedImages('/r/k8s/base/web.yaml', 'web')[1]?.reference, 'ghcr.io/acme/web:v3');
    workspace.deleteFile('/r/k8s/overlays/prod/kustomization.yaml');
    assert.deepEqual(
      workspace.kustomizedImages('/r/k8s/base/web.yaml', 'web').map((image) => image.reference),
      ['web:1'],
    );
  });
});
