import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfigText } from '../../server/src/config/file';
import { imageLinksOf, imageRepository } from '../../server/src/schema/image-links';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { joinSnapshots } from '../../server/src/schema/workspace-snapshot';
import { buildFileWorkspace } from '../../server/src/schema/file-workspace';
import { folderWith } from '../support/temp-folder';
import path from 'node:path';

const SKAFFOLD = `apiVersion: skaffold/v4beta11
kind: Config
build:
  artifacts:
    - image: registry.example.com/shop/web
      context: services/web
    - image: gcr.io/x/api
      context: api
      docker:
        dockerfile: build/api.Dockerfile
    - image: gcr.io/x/jvm
      jib: {}
    - image: gcr.io/x/root
---
apiVersion: skaffold/v4beta11
kind: Config
build:
  artifacts:
    - image: gcr.io/x/second
      docker: { dockerfile: Containerfile }
`;

/** Each link as `repository → Dockerfile key (written) @line`, from the file's from-kind. */
const linksOf = (file: string, text: string): string[] =>
  imageLinksOf(`file://${file}`, file, text).map(
    (link) => `${link.from}: ${link.repository} → ${link.dockerfile} (${link.written}) @${link.range.start.line}`,
  );

describe('image links', () => {
  it('matches a reference by repository, registry as written, ignoring tag and digest', () => {
    assert.equal(imageRepository('gcr.io/x/web:1.2'), 'gcr.io/x/web');
    assert.equal(imageRepository(`localhost:5000/web@sha256:${'0'.repeat(64)}`), 'localhost:5000/web');
    assert.equal(imageRepository('web:1.2@sha256:abc'), 'web');
    assert.equal(imageRepository('localhost:5000/web'), 'localhost:5000/web');
  });

  it('reads skaffold artifacts built from a Dockerfile, with skaffold’s defaults', () => {
    assert.deepEqual(linksOf('/p/skaffold.yaml', SKAFFOLD), [
      'skaffold: registry.example.com/shop/web → /p/services/web/Dockerfile (services/web/Dockerfile) @4',
      'skaffold: gcr.io/x/api → /p/api/build/api.Dockerfile (api/build/api.Dockerfile) @6',
      'skaffold: gcr.io/x/root → /p/Dockerfile (Dockerfile) @12',
      'skaffold: gcr.io/x/second → /p/Containerfile (Containerfile) @18',
    ]);
    // By content, whatever the file is called.
    assert.equal(linksOf('/p/deploy/skaffold-dev.yaml', SKAFFOLD).length, 4);
  });

  it('reads images: of a project configuration, relative to it', () => {
    const text =
      'rules: {}\nimages:\n  registry.example.com/shop/web: ../services/web/Dockerfile\n  bad:tag: x\n  n: 3\n';
    assert.deepEqual(linksOf('/p/conf/.cntutor.yaml', text), [
      'config: registry.example.com/shop/web → /p/services/web/Dockerfile (../services/web/Dockerfile) @2',
    ]);
    // Only a project configuration's name makes images: a statement.
    assert.deepEqual(linksOf('/p/values.yaml', text), []);
  });

  it('reads Compose services that name the image they build, with Compose’s defaults', () => {
    const text = `services:
  web:
    build: ./web
    image: registry.example.com/shop/web:\${TAG:-dev}
  api:
    image: gcr.io/x/api@sha256:${'0'.repeat(64)}
    build:
      context: api
      dockerfile: build/api.Dockerfile
  root:
    build: {}
    image: localhost:5000/root
  pulled:
    image: postgres:16.4
  inline:
    image: gcr.io/x/inline
    build:
      dockerfile_inline: FROM alpine:3.20
  remote:
    image: gcr.io/x/remote
    build: https://github.com/example/remote.git#main
  named-by-variable:
    image: \${REGISTRY}/shop/worker
    build: ./worker
  context-by-variable:
    image: gcr.io/x/ctx
    build: \${CONTEXT}
`;
    assert.deepEqual(linksOf('/p/compose.yaml', text), [
      'compose: registry.example.com/shop/web → /p/web/Dockerfile (web/Dockerfile) @3',
      'compose: gcr.io/x/api → /p/api/build/api.Dockerfile (api/build/api.Dockerfile) @5',
      'compose: localhost:5000/root → /p/Dockerfile (Dockerfile) @11',
    ]);
    assert.deepEqual(linksOf('/p/deploy/docker-compose.dev.yml', text).length, 3);
    // Only a Compose file's name makes services a statement.
    assert.deepEqual(linksOf('/p/values.yaml', text), []);
    // A skaffold artifact wins over a Compose service for the same image.
    const workspace = new ManifestWorkspace();
    workspace.setFile('/p/compose.yaml', text);
    assert.equal(workspace.imageFor('gcr.io/x/api:1')?.link.from, 'compose');
    workspace.setFile('/p/skaffold.yaml', SKAFFOLD);
    assert.equal(workspace.imageFor('gcr.io/x/api:1')?.link.from, 'skaffold');
    assert.equal(workspace.imageFor('localhost:5000/root')?.link.from, 'compose');
  });

  it('never throws on bad input, and states nothing then', () => {
    const bad = [
      '- a\n- b\n',
      'apiVersion: skaffold/v4\nkind: Config\nbuild: 3\n',
      'apiVersion: skaffold/v4\nkind: Config\nbuild:\n  artifacts: {image: x}\n',
      'apiVersion: skaffold/v4\nkind: Config\nbuild:\n  artifacts:\n    - 7\n    - image: [x]\n    - image: y\n      context: [a]\n',
      'apiVersion: skaffold/v4\nkind: Config\nbuild: &a\n  artifacts: *a\n',
      'apiVersion: skaffold/v4\nkind: Config\n\tbuild: "\n',
      'apiVersion: skaffold/v4\nkind: Other\nbuild:\n  artifacts:\n    - image: z\n',
    ];
    for (const text of bad) assert.deepEqual(linksOf('/p/skaffold.yaml', text), [], text);
    for (const text of ['images: 3\n', 'images: [a]\n', 'images:\n  a: {b: c}\n', ': :\n'])
      assert.deepEqual(linksOf('/p/.cntutor.yaml', text), [], text);
    // A file known only by a URI the file system cannot resolve states nothing.
    assert.deepEqual(imageLinksOf('untitled:Untitled-1', 'untitled:Untitled-1', SKAFFOLD), []);
  });

  it('pairs references with Dockerfiles in the index; the configuration wins, disagreements cancel', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile('/p/skaffold.yaml', SKAFFOLD);
    workspace.setFile('/p/services/web/Dockerfile', 'FROM alpine:3.20\nUSER app\n');
    const web = workspace.imageFor('registry.example.com/shop/web:1.4.2');
    assert.equal(web?.link.source, '/p/skaffold.yaml');
    assert.equal(web?.facts?.user?.user, 'app');
    assert.equal(workspace.imageFor('registry.example.com/shop/web-admin:1'), undefined);
    assert.equal(workspace.imageFor('gcr.io/x/api')?.facts, undefined, 'linked, but its Dockerfile is not read yet');
    assert.deepEqual(workspace.unreadDockerfiles(), [
      '/p/Containerfile',
      '/p/Dockerfile',
      '/p/api/build/api.Dockerfile',
    ]);

    workspace.setFile(
      '/q/skaffold.yaml',
      'apiVersion: skaffold/v4\nkind: Config\nbuild:\n  artifacts:\n    - image: registry.example.com/shop/web\n',
    );
    assert.equal(workspace.imageFor('registry.example.com/shop/web'), undefined, 'two build files disagree');
    workspace.setFile('/.cntutor.yaml', 'images:\n  registry.example.com/shop/web: p/services/web/Dockerfile\n');
    assert.equal(workspace.imageFor('registry.example.com/shop/web')?.link.from, 'config');

    const before = workspace.generation;
    workspace.setFile('/p/services/web/Dockerfile', 'FROM alpine:3.20\nUSER 10001\n');
    assert.ok(workspace.generation > before, 'a changed image is a change of the index');
    assert.equal(workspace.imageFor('registry.example.com/shop/web')?.facts?.user?.numeric, true);
    const same = workspace.generation;
    workspace.setFile('/p/services/web/Dockerfile', 'FROM alpine:3.20\nUSER 10001\n');
    assert.equal(workspace.generation, same, 'the same facts again change nothing');
    assert.ok(workspace.deleteFile('/.cntutor.yaml'));
    assert.ok(workspace.deleteFile('/q/skaffold.yaml'));
    assert.equal(workspace.imageFor('registry.example.com/shop/web')?.link.source, '/p/skaffold.yaml');
  });

  it('judges the stage a skaffold artifact or a Compose service stops at', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile(
      '/p/skaffold.yaml',
      'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: gcr.io/x/web\n      docker: { target: Runtime }\n    - image: gcr.io/x/bad\n      docker: { target: 3 }\n',
    );
    workspace.setFile(
      '/p/compose.yaml',
      'services:\n  tools:\n    image: gcr.io/x/tools\n    build: { context: ., target: build }\n',
    );
    workspace.setFile(
      '/p/Dockerfile',
      'FROM golang:1.23 AS build\nUSER builder\nFROM alpine:3.20 AS runtime\nUSER 10001\nFROM runtime\n',
    );
    const web = workspace.imageFor('gcr.io/x/web:1');
    assert.deepEqual([web?.link.target, web?.facts?.stage, web?.facts?.user?.user], ['Runtime', 'runtime', '10001']);
    assert.equal(workspace.imageFor('gcr.io/x/tools')?.facts?.user?.user, 'builder');
    assert.equal(workspace.imageFor('gcr.io/x/bad'), undefined, 'a target that is no name states nothing');
    workspace.setFile('/p/Dockerfile', 'FROM alpine:3.20\n');
    assert.deepEqual(workspace.imageFor('gcr.io/x/web')?.facts, undefined, 'no stage of that name: no facts');
  });

  it('travels in snapshots, joined in the order one index would hold them', () => {
    const a = new ManifestWorkspace();
    a.setFile('/p/skaffold.yaml', SKAFFOLD);
    const b = new ManifestWorkspace();
    b.setFile('/p/services/web/Dockerfile', 'FROM alpine:3.20\nUSER app\n');
    const joined = ManifestWorkspace.fromSnapshot(
      joinSnapshots([b.snapshot(), a.snapshot()], ['/p/skaffold.yaml', '/p/services/web/Dockerfile']),
    );
    assert.equal(joined.imageFor('registry.example.com/shop/web')?.facts?.user?.user, 'app');
    assert.deepEqual(
      joined.snapshot().images?.map(([key]) => key),
      ['/p/services/web/Dockerfile'],
    );
  });
});

describe('images: in the project configuration', () => {
  const problems = (text: string): string[] =>
    parseConfigText(text, '/p/.cntutor.yaml').problems.map(
      (p) => `${p.range.start.line}:${p.range.start.character} ${p.message}`,
    );

  it('accepts repositories with a registry and port, and keeps them out of the settings', () => {
    const loaded = parseConfigText(
      'images:\n  localhost:5000/shop/web: Dockerfile\n  web: web/Dockerfile\n',
      '/p/.cntutor.yaml',
    );
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.config, {});
  });

  it('says what is wrong with a bad entry, at its place', () => {
    assert.deepEqual(problems('images:\n  web:1.2: Dockerfile\n  api: 3\n  db: ""\n'), [
      '1:2 images: "web:1.2" is not an image repository; write it without a tag or digest, such as registry.example.com/shop/web',
      '2:7 images: "api" must name its Dockerfile by a path relative to this file, such as services/web/Dockerfile',
      '3:6 images: "db" must name its Dockerfile by a path relative to this file, such as services/web/Dockerfile',
    ]);
    assert.deepEqual(problems('images: [Dockerfile]\n'), [
      '0:8 images must map image repositories to Dockerfile paths, such as registry.example.com/shop/web: services/web/Dockerfile',
    ]);
  });
});

describe('what the CLI reads around the linted files', () => {
  it('reads build files above a manifest, each folder once, and only those that build above a Dockerfile', () => {
    const dir = folderWith({
      'compose.yaml': 'services:\n  web:\n    build: ./web\n    image: registry.example.com/shop/web\n',
      'web/kustomization.yaml': 'patches:\n  - path: ../k8s/a/web.yaml\n',
      'web/Dockerfile': 'FROM alpine:3.20\nUSER 10001\n',
      'k8s/a/web.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n',
      'k8s/b/web.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n',
    });
    const manifests = buildFileWorkspace({ files: ['k8s/a/web.yaml', 'k8s/b/web.yaml'].map((f) => path.join(dir, f)) });
    assert.equal(manifests.imageFor('registry.example.com/shop/web:1')?.link.from, 'compose');
    assert.equal(manifests.imageFor('registry.example.com/shop/web:1')?.facts?.user?.user, '10001');
    const dockerfile = path.join(dir, 'web', 'Dockerfile');
    const dockerfiles = buildFileWorkspace({ files: [dockerfile] });
    // The Compose file above says which context the Dockerfile is built in; a kustomization says nothing of it.
    assert.deepEqual(dockerfiles.buildContextsOf(dockerfile), [path.join(dir, 'web')]);
    assert.equal(dockerfiles.isKustomizePatch(path.join(dir, 'k8s', 'a', 'web.yaml')), false);
  });
});
