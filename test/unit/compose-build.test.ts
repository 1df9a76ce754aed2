import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { composeImageRepository, joinPath, serviceBuild } from '../../server/src/engine/compose/build';
import { imageStatementsOf } from '../../server/src/schema/image-links';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { joinSnapshots } from '../../server/src/schema/workspace-snapshot';

describe('the Dockerfile a Compose service builds', () => {
  it('joins context and dockerfile as Compose does, resolving . and ..', () => {
    assert.equal(joinPath('.', 'Dockerfile'), 'Dockerfile');
    assert.equal(joinPath('./web/', 'Dockerfile'), 'web/Dockerfile');
    assert.equal(joinPath('./services/api', '../../docker/api.Dockerfile'), 'docker/api.Dockerfile');
    assert.equal(joinPath('..', 'Dockerfile'), '../Dockerfile');
    assert.equal(joinPath('../../x/./y', 'Dockerfile'), '../../x/y/Dockerfile');
    assert.equal(joinPath('/srv/app', 'Dockerfile'), '/srv/app/Dockerfile');
    assert.equal(joinPath('/srv/app', '/opt/Dockerfile.prod'), '/opt/Dockerfile.prod');
    assert.equal(joinPath('C:\\work\\app', 'Dockerfile'), 'C:/work/app/Dockerfile');
    assert.equal(joinPath('/', '../Dockerfile'), '/Dockerfile');
  });

  it('reads the short and long forms, and states nothing for what no file system holds', () => {
    assert.deepEqual(serviceBuild('./web'), { written: 'web/Dockerfile', context: 'web' });
    assert.deepEqual(serviceBuild({}), { written: 'Dockerfile', context: '.' });
    assert.deepEqual(serviceBuild({ context: 'api', dockerfile: 'build/Dockerfile', target: 'prod' }), {
      written: 'api/build/Dockerfile',
      context: 'api',
      target: 'prod',
    });
    assert.deepEqual(serviceBuild({ context: 'api', target: '' }), { written: 'api/Dockerfile', context: 'api' });
    assert.deepEqual(serviceBuild({ context: './svc/../api/', dockerfile: '../docker/api.Dockerfile' }), {
      written: 'docker/api.Dockerfile',
      context: 'api',
    });
    for (const build of [
      undefined,
      null,
      3,
      ['./web'],
      '',
      { context: 3 },
      { dockerfile: '' },
      { dockerfile_inline: 'FROM alpine:3.20' },
      'https://github.com/example/web.git#main',
      'git@github.com:example/web.git',
      'github.com/example/web',
      '${CONTEXT}',
      { context: '.', dockerfile: 'Dockerfile.${ENV}' },
    ])
      assert.equal(serviceBuild(build), undefined, JSON.stringify(build));
  });

  it('takes the repository of an image whose tag holds a variable, and none when the repository does', () => {
    assert.equal(composeImageRepository('registry.example.com/shop/web:${TAG:-dev}'), 'registry.example.com/shop/web');
    assert.equal(composeImageRepository('localhost:5000/web'), 'localhost:5000/web');
    assert.equal(composeImageRepository(`web@sha256:${'0'.repeat(64)}`), 'web');
    assert.equal(composeImageRepository('${REGISTRY}/web:1'), undefined);
    assert.equal(composeImageRepository(''), undefined);
  });

  it('puts the Dockerfiles every service builds in the index, to be read, and in its snapshots', () => {
    const compose = `services:
  web:
    build: ./web
  api:
    image: registry.example.com/shop/api:1.0
    build: { context: api, dockerfile: ../docker/api.Dockerfile }
  again:
    build: ./web
  pulled:
    image: postgres:16.4
`;
    assert.deepEqual(imageStatementsOf('/p/compose.yaml', '/p/compose.yaml', compose).builds, [
      { dockerfile: '/p/web/Dockerfile', context: '/p/web' },
      { dockerfile: '/p/docker/api.Dockerfile', context: '/p/api' },
    ]);
    const workspace = new ManifestWorkspace();
    const links = workspace.linkGeneration;
    workspace.setFile('/p/compose.yaml', compose);
    assert.ok(workspace.linkGeneration > links, 'a new build counts as a change of links, so callers read it');
    assert.deepEqual(workspace.unreadDockerfiles(), ['/p/docker/api.Dockerfile', '/p/web/Dockerfile']);
    assert.ok(workspace.isLinkedDockerfile('/p/web/Dockerfile'));
    workspace.setFile('/p/web/Dockerfile', 'FROM alpine:3.20\nEXPOSE 8080\n');
    assert.deepEqual(workspace.unreadDockerfiles(), ['/p/docker/api.Dockerfile']);
    assert.equal(workspace.dockerfileAt('file:///p/compose.yaml', 'web/Dockerfile')?.facts?.exposed[0]?.port, 8080);
    assert.deepEqual(workspace.dockerfileAt('/p/compose.yaml', 'docker/api.Dockerfile'), {
      key: '/p/docker/api.Dockerfile',
      facts: undefined,
    });
    assert.equal(workspace.dockerfileAt('untitled:Untitled-1', 'Dockerfile'), undefined);
    assert.deepEqual(workspace.buildContextsOf('file:///p/docker/api.Dockerfile'), ['/p/api']);
    const joined = ManifestWorkspace.fromSnapshot(joinSnapshots([workspace.snapshot()], ['/p/compose.yaml']));
    assert.deepEqual(joined.unreadDockerfiles(), ['/p/docker/api.Dockerfile']);
    assert.deepEqual(joined.buildContextsOf('/p/docker/api.Dockerfile'), ['/p/api']);
    workspace.deleteFile('/p/compose.yaml');
    assert.deepEqual(workspace.unreadDockerfiles(), []);
    assert.deepEqual(workspace.buildContextsOf('/p/docker/api.Dockerfile'), []);
  });

  it('gives a Dockerfile the contexts every Compose and skaffold file builds it in, each once', () => {
    const workspace = new ManifestWorkspace();
    const links = workspace.linkGeneration;
    workspace.setFile('/p/compose.yaml', 'services:\n  a: { build: { context: ., dockerfile: web/Dockerfile } }\n');
    workspace.setFile('/p/web/compose.yaml', 'services:\n  a: { build: . }\n  b: { build: { context: . } }\n');
    workspace.setFile(
      '/p/skaffold.yaml',
      'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: shop/web\n      context: web\n      docker: { dockerfile: Dockerfile }\n',
    );
    assert.deepEqual(workspace.buildContextsOf('/p/web/Dockerfile'), ['/p', '/p/web']);
    const before = workspace.linkGeneration;
    assert.ok(before > links);
    workspace.setFile('/p/compose.yaml', 'services:\n  a: { build: { context: web } }\n');
    assert.ok(workspace.linkGeneration > before, 'another context is a change the editor reruns for');
    assert.deepEqual(workspace.buildContextsOf('/p/web/Dockerfile'), ['/p/web']);
  });
});
