/**
 * `composeProjects:` in `.cntutor.yaml`: Compose files run together with `-f`, which no file of the
 * project states, each list one project in place of a `.env` list and the default pair.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfigText } from '../../server/src/config/file';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { joinSnapshots } from '../../server/src/schema/workspace-snapshot';
import { around, services } from '../support/compose-project';

const problems = (text: string): string[] =>
  parseConfigText(text, '/p/.cntutor.yaml').problems.map(
    (p) => `${p.range.start.line}:${p.range.start.character} ${p.message}`,
  );

describe('composeProjects in the configuration', () => {
  it('is checked, and kept out of the settings the rules read', () => {
    const loaded = parseConfigText('composeProjects:\n  - [compose.yaml, deploy/prod.yml]\n', '/p/.cntutor.yaml');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.config, {});
    assert.deepEqual(problems('composeProjects: compose.yaml\n'), [
      '0:17 composeProjects must be a list of projects, each a list of Compose files, such as - [compose.yaml, compose.prod.yaml]',
    ]);
    assert.deepEqual(problems('composeProjects:\n  - compose.yaml\n  - []\n'), [
      '1:4 composeProjects: each project must list its Compose files in the order docker compose -f reads them, such as - [compose.yaml, compose.prod.yaml]',
      '2:4 composeProjects: each project must list its Compose files in the order docker compose -f reads them, such as - [compose.yaml, compose.prod.yaml]',
    ]);
    assert.deepEqual(problems('composeProjects:\n  - [compose.yaml, 3, ""]\n'), [
      '1:19 composeProjects: each file must be a path relative to this file, such as deploy/compose.prod.yaml',
      '1:22 composeProjects: each file must be a path relative to this file, such as deploy/compose.prod.yaml',
    ]);
  });

  it('makes each list one project, in place of the folder’s .env list and default pair', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile('/p/compose.yaml', services('web'));
    workspace.setFile('/p/compose.override.yaml', services('debug'));
    workspace.setFile('/p/.env', 'COMPOSE_FILE=compose.yaml:compose.dev.yaml\n');
    workspace.setFile('/p/compose.dev.yaml', services('web'));
    assert.equal(around(workspace, '/p/compose.yaml'), ' | /p/compose.dev.yaml');
    const generation = workspace.linkGeneration;
    workspace.setFile('/p/.cntutor.yaml', 'composeProjects:\n  - [compose.yaml, deploy/prod.yml]\n');
    assert.ok(workspace.linkGeneration > generation, 'a new list is a change the cross-file rules hear of');
    assert.ok(workspace.isNamedComposeFile('/p/deploy/prod.yml'), 'a listed file is a Compose file, whatever its name');
    assert.ok(workspace.unreadComposeFiles().includes('/p/deploy/prod.yml'));
    assert.equal(around(workspace, '/p/compose.yaml'), ' |  unread /p/deploy/prod.yml');
    workspace.setFile('/p/deploy/prod.yml', services('web', 'db'));
    assert.equal(around(workspace, '/p/compose.yaml'), ' | /p/deploy/prod.yml', 'the configuration wins over .env');
    assert.equal(around(workspace, '/p/deploy/prod.yml'), '/p/compose.yaml | ');
    assert.equal(
      workspace.composeProjectFiles('/p/deploy/prod.yml')?.folder,
      '/p',
      'paths from the first file’s folder',
    );
    assert.equal(workspace.composeProjectFiles('/p/deploy/prod.yml')?.listedIn, '/p/.cntutor.yaml');
    assert.equal(
      around(workspace, '/p/compose.dev.yaml'),
      '/p/compose.yaml | ',
      'the .env still decides its own files',
    );

    const joined = ManifestWorkspace.fromSnapshot(joinSnapshots([workspace.snapshot()], []));
    assert.equal(around(joined, '/p/compose.yaml'), around(workspace, '/p/compose.yaml'), 'a snapshot keeps the lists');

    const unchanged = workspace.linkGeneration;
    workspace.setFile('/p/.cntutor.yaml', 'composeProjects:\n  - [compose.yaml, deploy/prod.yml]\nfailOn: error\n');
    assert.equal(workspace.linkGeneration, unchanged, 'the same lists are no change');
    workspace.deleteFile('/p/.cntutor.yaml');
    assert.equal(around(workspace, '/p/compose.yaml'), ' | /p/compose.dev.yaml', 'gone with the configuration');
  });

  it('judges a file several lists name with what every one of them gives it', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile(
      '/p/.cntutor.yaml',
      'composeProjects:\n  - [base.yml, db.yml, dev.yml]\n  - [base.yml, db.yml, prod.yml]\n  - [ci.yml, db.yml]\n',
    );
    // Read once the configuration names them, as the index's readers do: not one has a Compose name.
    for (const name of ['base.yml', 'db.yml', 'dev.yml', 'prod.yml', 'ci.yml'])
      workspace.setFile(`/p/${name}`, services('x'));
    assert.equal(around(workspace, '/p/base.yml'), ' | /p/db.yml', 'only what both environments merge over it');
    assert.equal(around(workspace, '/p/dev.yml'), '/p/base.yml,/p/db.yml | ');
    assert.equal(around(workspace, '/p/prod.yml'), '/p/base.yml,/p/db.yml | ');
    assert.equal(around(workspace, '/p/db.yml'), ' | ', 'nothing is under it or over it in all three');
  });

  it('is read from a configuration of any name, as --config gives it', () => {
    const workspace = new ManifestWorkspace();
    workspace.setComposeLists('/p/ci/lint.yaml', [{ files: ['/p/compose.yaml', '/p/prod.yml'], written: '' }]);
    workspace.setFile('/p/compose.yaml', services('web'));
    workspace.setFile('/p/prod.yml', services('db'));
    assert.equal(around(workspace, '/p/compose.yaml'), ' | /p/prod.yml');
    workspace.setComposeLists('/p/ci/lint.yaml', []);
    assert.equal(around(workspace, '/p/compose.yaml'), '-');
  });
});
