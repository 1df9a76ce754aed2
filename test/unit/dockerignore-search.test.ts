import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { buildContextFor, DockerignoreMemory, findDockerignore } from '../../server/src/config/build-context';
import { tempFolder } from '../support/temp-folder';

const root = tempFolder('cntutor-dockerignore-');
after(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const base = mkdtempSync(path.join(root, 'repo-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(base, name)), { recursive: true });
    writeFileSync(path.join(base, name), text);
  }
  return base;
}

describe('finding the .dockerignore of many Dockerfiles in one run', () => {
  it('answers as a search of its own would, and remembers each folder on the way', () => {
    const repo = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.dockerignore': 'dist\n',
      'a/Dockerfile': 'FROM alpine\n',
      'a/b/Dockerfile': 'FROM alpine\n',
      'c/x.Dockerfile': 'FROM alpine\n',
      'c/x.Dockerfile.dockerignore': 'node_modules\n',
    });
    const bare = tree({ '.git/HEAD': '', 'svc/Dockerfile': 'FROM alpine\n' });
    const files = ['a/b/Dockerfile', 'a/Dockerfile', 'c/x.Dockerfile'].map((name) => path.join(repo, name));
    files.push(path.join(bare, 'svc/Dockerfile'));
    const memory = new DockerignoreMemory();
    for (const file of files) {
      assert.equal(findDockerignore(file, { memory }), findDockerignore(file), file);
      assert.deepEqual(buildContextFor(file, { memory }), buildContextFor(file), file);
    }
    const top = path.join(repo, '.dockerignore');
    assert.equal(memory.found.get(path.join(repo, 'a', 'b')), top);
    assert.equal(memory.found.get(path.join(repo, 'a')), top);
    assert.equal(memory.found.get(repo), top);
    assert.equal(memory.found.get(path.join(bare, 'svc')), null);
    assert.equal(memory.found.get(bare), null);
    // The search stops at the repository root: nothing above it was asked.
    assert.equal(memory.found.has(path.dirname(repo)), false);
  });

  it('takes the folders it has seen from memory, not from the disk', () => {
    const repo = tree({ '.git/HEAD': '', '.dockerignore': 'dist\n', 'one/Dockerfile': '', 'two/Dockerfile': '' });
    const memory = new DockerignoreMemory();
    findDockerignore(path.join(repo, 'one/Dockerfile'), { memory });
    rmSync(path.join(repo, '.dockerignore'));
    assert.equal(findDockerignore(path.join(repo, 'two/Dockerfile'), { memory }), path.join(repo, '.dockerignore'));
    assert.equal(findDockerignore(path.join(repo, 'two/Dockerfile')), undefined);
  });
});

describe('the .dockerignore of a build context the workspace states', () => {
  const repo = tree({
    '.git/HEAD': '',
    '.dockerignore': 'build\n',
    'api/Dockerfile': 'FROM alpine\n',
    'web/Dockerfile': 'FROM alpine\n',
    'web/Dockerfile.dockerignore': 'tmp\n',
    'docker/Dockerfile': 'FROM alpine\n',
    'docker/.dockerignore': 'docs\n',
  });
  const at = (name: string): string => path.join(repo, name);

  it('reads the one at the root of the context, not the nearest above the Dockerfile', () => {
    assert.deepEqual(buildContextFor(at('api/Dockerfile')), { dockerignore: 'build\n' });
    assert.deepEqual(buildContextFor(at('api/Dockerfile'), {}, [at('api')]), { dockerignore: null });
    assert.deepEqual(buildContextFor(at('docker/Dockerfile')), { dockerignore: 'docs\n' });
    assert.deepEqual(buildContextFor(at('docker/Dockerfile'), {}, [repo]), { dockerignore: 'build\n' });
    const memory = new DockerignoreMemory();
    assert.deepEqual(buildContextFor(at('docker/Dockerfile'), { memory }, [repo]), { dockerignore: 'build\n' });
  });

  it("lets the Dockerfile's own ignore file win, and leaves contexts that disagree or are missing unknown", () => {
    assert.deepEqual(buildContextFor(at('web/Dockerfile'), {}, [repo]), { dockerignore: 'tmp\n' });
    assert.deepEqual(buildContextFor(at('api/Dockerfile'), {}, [repo, at('api')]), {});
    assert.deepEqual(buildContextFor(at('api/Dockerfile'), {}, [at('api'), at('web')]), { dockerignore: null });
    assert.deepEqual(buildContextFor(at('api/Dockerfile'), {}, [at('gone')]), {});
    assert.deepEqual(buildContextFor(at('api/Dockerfile'), { mayRead: () => false }, [repo]), {});
  });

  it('says when the .dockerignore beside the Dockerfile is left unread by another context', () => {
    const moved = tree({
      '.git/HEAD': '',
      'docker/app/Dockerfile': 'FROM alpine\n',
      'docker/app/.dockerignore': '.git\n',
    });
    const file = path.join(moved, 'docker/app/Dockerfile');
    assert.deepEqual(buildContextFor(file), { dockerignore: '.git\n' });
    assert.deepEqual(buildContextFor(file, {}, [moved]), { dockerignore: null, strayDockerignore: true });
    assert.deepEqual(buildContextFor(file, {}, [path.join(moved, 'docker/app')]), { dockerignore: '.git\n' });
  });
});
