/**
 * The values Compose fills in: `${…}` read with the variables of the project's `.env` and the
 * defaults written, as Compose's interpolation reads them, and the `.env` each file is read with.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { variablesRead, withDefaults } from '../../server/src/engine/compose/interpolation';
import { dotenvVariables } from '../../server/src/schema/compose-env';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { joinSnapshots } from '../../server/src/schema/workspace-snapshot';
import { services } from '../support/compose-project';

describe('Compose variables', () => {
  it('are read as Compose reads them: values, defaults, errors and alternatives', () => {
    const env = new Map([
      ['TAG', '1.4.2'],
      ['EMPTY', ''],
      ['REGISTRY', 'ghcr.io/shop'],
    ]);
    const cases: [string, string | undefined][] = [
      ['web:${TAG}', 'web:1.4.2'],
      ['web:$TAG', 'web:1.4.2'],
      ['$REGISTRY/web', 'ghcr.io/shop/web'],
      ['web:${EMPTY:-dev}', 'web:dev'],
      ['web:${EMPTY-dev}', 'web:'],
      ['web:${UNSET-dev}', 'web:dev'],
      ['web:${TAG:-dev}', 'web:1.4.2'],
      ['web:${TAG:?the tag}', 'web:1.4.2'],
      ['web:${UNSET:?the tag}', 'web:$UNSET'],
      ['web:${TAG:+pinned}', 'web:pinned'],
      ['web:${EMPTY:+pinned}', 'web:$EMPTY'],
      ['web:${UNSET}', 'web:$UNSET'],
      ['${UNSET}', undefined],
      ['$${TAG}', '${TAG}'],
      ['${REGISTRY:-${MIRROR:-docker.io}}/web', 'ghcr.io/shop/web'],
      ['${MIRROR:-${REGISTRY}}/web', 'ghcr.io/shop/web'],
    ];
    for (const [text, expected] of cases) assert.equal(withDefaults(text, env), expected, text);
    // Without a .env, as before: defaults only.
    assert.equal(withDefaults('web:${TAG:-dev}'), 'web:dev');
    assert.equal(withDefaults('web:${TAG}'), 'web:$TAG');
    assert.deepEqual(variablesRead('${REGISTRY}/web:${TAG:-x}-$UNSET$$TAG', env), ['REGISTRY', 'TAG']);
  });

  it('come from the .env as dotenv reads it, variables filled in from the lines above', () => {
    const text = [
      '# tags',
      'export TAG=1.4.2',
      'REGISTRY="ghcr.io/shop" # the registry',
      'NAME: web',
      'MIRROR=${REGISTRY}',
      'IMAGE="${MIRROR}/${NAME}:${TAG}"',
      'EMPTY=',
      'HOME_CACHE=${HOME}/.cache',
      'LATER=${AFTER:-fallback}',
      "LITERAL='${TAG}'",
      'AFTER=1',
      'TWICE=${HOME_CACHE}',
    ].join('\n');
    assert.deepEqual(dotenvVariables(text), [
      ['TAG', '1.4.2'],
      ['REGISTRY', 'ghcr.io/shop'],
      ['NAME', 'web'],
      ['MIRROR', 'ghcr.io/shop'],
      ['IMAGE', 'ghcr.io/shop/web:1.4.2'],
      ['EMPTY', ''],
      // The shell's, unknown here: a default written where it is read is not taken.
      ['HOME_CACHE', '$HOME_CACHE'],
      ['LATER', 'fallback'],
      ['LITERAL', '$LITERAL'],
      ['AFTER', '1'],
      ['TWICE', '$TWICE'],
    ]);
    // Defaults nested past any real file's depth are unknown, and never overflow the stack.
    const deep = (depth: number): string => '${X:-'.repeat(depth) + 'y' + '}'.repeat(depth);
    assert.equal(withDefaults(deep(8)), 'y');
    assert.equal(withDefaults(deep(50_000)), undefined);
    assert.deepEqual(dotenvVariables(`DEEP=${deep(50_000)}\n`), [['DEEP', '$DEEP']]);
    const values = new Map(dotenvVariables(text));
    assert.equal(withDefaults('app:${HOME_CACHE:-latest}', values), 'app:$HOME_CACHE');
    assert.equal(withDefaults('${IMAGE}', values), 'ghcr.io/shop/web:1.4.2');
  });

  it('are the .env’s of the folder each file is read from, kept in snapshots', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile('/p/compose.yaml', services('web'));
    workspace.setFile('/p/ops/db.yml', services('db'));
    assert.equal(workspace.composeVariables('/p/compose.yaml'), undefined, 'no .env yet');
    workspace.setFile('/p/.env', 'COMPOSE_FILE=compose.yaml:ops/db.yml\nTAG=1.4.2\n');
    workspace.setFile('/p/ops/.env', 'TAG=never-read\n');
    const variables = (key: string): string =>
      [...(workspace.composeVariables(key)?.values ?? [])].map(([name, value]) => `${name}=${value}`).join();
    assert.equal(variables('/p/compose.yaml'), 'COMPOSE_FILE=compose.yaml:ops/db.yml,TAG=1.4.2');
    assert.equal(
      variables('/p/ops/db.yml'),
      'COMPOSE_FILE=compose.yaml:ops/db.yml,TAG=1.4.2',
      'the first file’s folder',
    );
    assert.equal(workspace.composeVariables('/p/compose.yaml')?.fileOf.get('TAG'), '/p/.env');
    const joined = ManifestWorkspace.fromSnapshot(joinSnapshots([workspace.snapshot()], []));
    assert.deepEqual(joined.composeVariables('/p/ops/db.yml'), workspace.composeVariables('/p/ops/db.yml'));
    workspace.deleteFile('/p/.env');
    assert.equal(workspace.composeVariables('/p/compose.yaml'), undefined, 'gone with the file');
  });
});
