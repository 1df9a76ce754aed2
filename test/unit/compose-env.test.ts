/**
 * A folder's `.env` that sets `COMPOSE_FILE`: the files it lists are the project Compose reads
 * there, each merged over the ones before it, in place of the default base and override.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { composeFileListOf } from '../../server/src/schema/compose-env';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { joinSnapshots } from '../../server/src/schema/workspace-snapshot';
import { around, services } from '../support/compose-project';

describe('COMPOSE_FILE in a folder’s .env', () => {
  it('is read as Compose’s dotenv reader reads it', () => {
    const files = (text: string): string[] | undefined => composeFileListOf(text, '/p')?.files;
    assert.deepEqual(files('COMPOSE_FILE=compose.yml:compose.prod.yml\n'), ['/p/compose.yml', '/p/compose.prod.yml']);
    assert.deepEqual(files('# the stack\nexport COMPOSE_FILE="a.yml:ops/b.yml" # prod\n'), [
      '/p/a.yml',
      '/p/ops/b.yml',
    ]);
    assert.deepEqual(files("COMPOSE_FILE='a.yml;b.yml'\nCOMPOSE_PATH_SEPARATOR=;\n"), ['/p/a.yml', '/p/b.yml']);
    assert.deepEqual(files('COMPOSE_FILE: a.yml # comment\r\n'), ['/p/a.yml']);
    assert.deepEqual(files('COMPOSE_FILE=a.yml\nCOMPOSE_FILE=b.yml\n'), ['/p/b.yml'], 'the last one counts');
    assert.deepEqual(files('COMPOSE_FILE=a.yml::b.yml:\n'), ['/p/a.yml', '/p/b.yml']);
    assert.deepEqual(files('COMPOSE_FILE=${STACK}.yml\n'), [], 'a variable hides the files');
    assert.equal(composeFileListOf('COMPOSE_FILE=${STACK}.yml\n', '/p')?.written, '${STACK}.yml');
    for (const none of [
      '',
      'COMPOSE_FILE=\n',
      'POSTGRES_PASSWORD=secret\n',
      '#COMPOSE_FILE=a.yml\n',
      'XCOMPOSE_FILE=a\n',
    ])
      assert.equal(composeFileListOf(none, '/p'), undefined, JSON.stringify(none));
  });

  it('makes the files it lists one project, in its order, in place of the default pair', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile('/p/docker-compose.yml', services('web'));
    workspace.setFile('/p/docker-compose.override.yml', services('debug'));
    assert.deepEqual(workspace.unreadComposeFiles(), ['/p/.env'], 'the folder’s .env is asked for');
    assert.equal(around(workspace, '/p/docker-compose.yml'), ' | /p/docker-compose.override.yml');
    workspace.setFile('/p/.env', 'COMPOSE_FILE=docker-compose.yml:ops/db.yml:docker-compose.prod.yml\n');
    assert.deepEqual(workspace.unreadComposeFiles(), ['/p/docker-compose.prod.yml', '/p/ops/db.yml']);
    assert.ok(workspace.isNamedComposeFile('/p/ops/db.yml'), 'a listed file is a Compose file, whatever its name');
    workspace.setFile('/p/ops/db.yml', services('db'));
    workspace.setComposeFileMissing('/p/docker-compose.prod.yml', 'ENOENT');
    assert.equal(
      around(workspace, '/p/docker-compose.yml'),
      ' | /p/ops/db.yml unread /p/docker-compose.prod.yml',
      'a missing file leaves the project incomplete',
    );
    workspace.setFile('/p/docker-compose.prod.yml', services('web', 'db'));
    assert.equal(around(workspace, '/p/docker-compose.yml'), ' | /p/ops/db.yml,/p/docker-compose.prod.yml');
    assert.equal(around(workspace, '/p/ops/db.yml'), '/p/docker-compose.yml | /p/docker-compose.prod.yml');
    assert.equal(around(workspace, '/p/docker-compose.prod.yml'), '/p/docker-compose.yml,/p/ops/db.yml | ');
    assert.equal(
      around(workspace, '/p/docker-compose.override.yml'),
      '/p/docker-compose.yml | ',
      'a file the list leaves out keeps its default base, for `-f` runs',
    );
    assert.equal(workspace.composeProjectFiles('/p/docker-compose.yml')?.listedIn, '/p/.env');
    assert.equal(
      workspace.composeProjectFiles('/p/ops/db.yml')?.folder,
      '/p',
      'its paths read from the first file’s folder',
    );
    assert.equal(workspace.composeProjectFiles('/p/docker-compose.prod.yml')?.folder, undefined);
    assert.ok(!workspace.unreadComposeFiles().includes('/p/ops/db.yml'), 'read from that folder once');

    const joined = ManifestWorkspace.fromSnapshot(joinSnapshots([workspace.snapshot()], []));
    assert.equal(around(joined, '/p/ops/db.yml'), around(workspace, '/p/ops/db.yml'), 'a snapshot keeps the list');

    const generation = workspace.linkGeneration;
    workspace.setFile('/p/.env', 'COMPOSE_FILE=docker-compose.yml:ops/db.yml:docker-compose.prod.yml\n');
    assert.equal(workspace.linkGeneration, generation, 'the same list is no change');
    workspace.setFile('/p/.env', 'COMPOSE_FILE=docker-compose.yml:ops/db.yml:docker-compose.prod.yml\nTAG=1.0\n');
    assert.ok(workspace.linkGeneration > generation, 'a new variable is: the values Compose fills in change');
    assert.equal(around(workspace, '/p/ops/db.yml'), '/p/docker-compose.yml | /p/docker-compose.prod.yml');
    workspace.setFile('/p/.env', 'COMPOSE_FILE=${STACK:-docker-compose.yml}\n');
    assert.ok(workspace.linkGeneration > generation);
    assert.equal(around(workspace, '/p/docker-compose.yml'), ' |  unread ${STACK:-docker-compose.yml}');
    workspace.deleteFile('/p/.env');
    assert.equal(around(workspace, '/p/docker-compose.yml'), ' | /p/docker-compose.override.yml');
    assert.ok(workspace.unreadComposeFiles().includes('/p/.env'), 'read again once it is gone');
  });
});
