import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMMANDS } from '../../server/src/cli/commands';
import { cliCacheVariant, LINT_VALUE_OPTIONS } from '../../server/src/launch/cli-variant';

const variant = (line: string, worker = false): string => cliCacheVariant(line.split(' ').filter(Boolean), worker);

describe('the code cache a cntutor start takes', () => {
  it('is the Dockerfile one or the Kubernetes one for lints of files that all say so by name', () => {
    assert.equal(variant('lint Dockerfile'), 'dockerfile');
    assert.equal(variant('lint api/Dockerfile web.Dockerfile Containerfile --format json'), 'dockerfile');
    assert.equal(variant('lint --format sarif --config cntutor.yaml Dockerfile'), 'dockerfile');
    assert.equal(variant('lint deploy.yaml svc.yml --fail-on error'), 'kubernetes');
    assert.equal(variant('lint --jobs 2 -- deploy.yaml'), 'kubernetes');
  });

  it('is the general lint one for folders, mixed files, forced kinds, standard input and no paths', () => {
    assert.equal(variant('lint'), 'lint');
    assert.equal(variant('lint - --stdin-filename Dockerfile'), 'lint');
    assert.equal(variant('lint .'), 'lint');
    assert.equal(variant('lint k8s/'), 'lint');
    assert.equal(variant('lint Dockerfile deploy.yaml'), 'lint');
    assert.equal(variant('lint --kind dockerfile build.txt'), 'lint');
    assert.equal(variant('lint --kind=kubernetes deploy.yaml'), 'lint');
    assert.equal(variant('--cntutor-lint-worker', true), 'lint');
  });

  it('is the main thread’s for a --jobs worker, as its arguments name it', () => {
    assert.equal(variant('--cntutor-lint-worker --cntutor-cache-variant=kubernetes', true), 'kubernetes');
    assert.equal(variant('--cntutor-lint-worker --cntutor-cache-variant=dockerfile', true), 'dockerfile');
    assert.equal(variant('--cntutor-lint-worker --cntutor-cache-variant=../../etc', true), 'lint');
  });

  it('is another one for every other command', () => {
    assert.equal(variant('rules --format json'), 'other');
    assert.equal(variant('--version'), 'other');
    assert.equal(variant('explain Dockerfile'), 'other');
  });

  it('skips the value of every lint option that takes one', () => {
    const lint = COMMANDS.find((command) => command.name === 'lint');
    const takingValues = Object.entries(lint?.options ?? {})
      .filter(([, option]) => option.type === 'string')
      .map(([name]) => name);
    assert.deepEqual([...LINT_VALUE_OPTIONS].sort(), [...takingValues, 'locale'].sort());
  });
});
