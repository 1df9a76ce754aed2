import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { composeProjectLine } from '../../server/src/lsp/compose-project-hover';
import { extendedFilesOf, includesOf } from '../../server/src/schema/compose-includes';
import { readLinkedDockerfiles } from '../../server/src/schema/file-workspace';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';

const service = (name: string, image: string): string => `  ${name}:\n    image: ${image}\n`;

/** The Compose files the index asks to read; each folder's `.env` is asked for too (compose-env.test.ts). */
const unreadComposeFiles = (workspace: ManifestWorkspace): string[] =>
  workspace.unreadComposeFiles().filter((file) => !file.endsWith('/.env'));

describe('Compose include: and extends across files', () => {
  it('reads include entries in both forms and the files services extend, resolved from the file', () => {
    const includes = includesOf(
      {
        include: [
          'db/compose.yaml',
          { path: ['../shared/base.yml', '../shared/ci.yml'], project_directory: '..' },
          'oci://registry.example.com/stack:1',
          'git@github.com:shop/stack.git',
          '${STACK}/compose.yaml',
          { path: 3 },
        ],
      },
      '/work/app/compose.yaml',
    );
    assert.deepEqual(
      includes?.map((include) => include.files),
      [['/work/app/db/compose.yaml'], ['/work/shared/base.yml', '/work/shared/ci.yml'], [], [], [], []],
    );
    assert.equal(includes?.[1]?.written, '../shared/base.yml, ../shared/ci.yml');
    assert.equal(includesOf({ services: {} }, '/work/app/compose.yaml'), undefined);
    assert.deepEqual(
      extendedFilesOf(
        {
          services: {
            web: { extends: { file: 'common.yml', service: 'web' } },
            worker: { extends: { file: 'common.yml', service: 'worker' } },
            job: { extends: 'web' },
            tool: { extends: { file: '${COMMON}', service: 'tool' } },
          },
        },
        '/work/app/compose.yaml',
      ),
      ['/work/app/common.yml'],
    );
  });

  it('follows includes through included files, once each, and merges a path list as base and override', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile('/p/compose.yaml', `include:\n  - infra/services.yml\nservices:\n${service('web', 'web:1')}`);
    assert.deepEqual(unreadComposeFiles(workspace), ['/p/infra/services.yml']);
    assert.equal(workspace.isNamedComposeFile('/p/infra/services.yml'), true);
    workspace.setFile(
      '/p/infra/services.yml',
      `include:\n  - path: [db.yml, db.ci.yml]\n  - ../compose.yaml\nservices:\n${service('queue', 'rabbitmq:4.0')}`,
    );
    assert.deepEqual(unreadComposeFiles(workspace), ['/p/infra/db.ci.yml', '/p/infra/db.yml']);
    // Not read yet: the include cannot be followed, and says so.
    assert.deepEqual(workspace.composeIncludes('/p/compose.yaml')?.unfollowed, [
      'db.yml, db.ci.yml',
      '../compose.yaml',
    ]);
    workspace.setFile('/p/infra/db.yml', `services:\n${service('db', 'postgres:16.4')}`);
    workspace.setFile('/p/infra/db.ci.yml', 'services:\n  db:\n    healthcheck:\n      disable: true\n');
    const included = workspace.composeIncludes('/p/compose.yaml');
    // The include of the first file back is a loop Compose refuses: not followed.
    assert.deepEqual(included?.unfollowed, ['../compose.yaml']);
    assert.deepEqual(
      included?.services.map((s) => [s.name, s.uri, s.value]),
      [
        ['queue', '/p/infra/services.yml', { image: 'rabbitmq:4.0' }],
        ['db', '/p/infra/db.yml', { image: 'postgres:16.4', healthcheck: { disable: true } }],
      ],
    );
  });

  it('counts the partner’s includes, and an include missing, remote or broken as unfollowed', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile('/p/compose.yaml', `services:\n${service('web', 'web:1')}`);
    workspace.setFile('/p/compose.override.yaml', 'include:\n  - tools.yml\n  - oci://example.com/x:1\n');
    workspace.setFile('/p/tools.yml', `services:\n${service('debug', 'busybox:1.36')}`);
    const included = workspace.composeIncludes('/p/compose.yaml');
    assert.deepEqual(
      included?.services.map((s) => s.name),
      ['debug'],
    );
    assert.deepEqual(included?.unfollowed, ['oci://example.com/x:1']);
    workspace.setFile('/p/tools.yml', 'services:\n  debug: [unclosed\n');
    assert.deepEqual(workspace.composeIncludes('/p/compose.yaml')?.unfollowed, ['tools.yml', 'oci://example.com/x:1']);
    assert.equal(workspace.composeIncludes('/q/compose.yaml'), undefined);
  });

  it('gives a file another includes the rest of the project it is part of', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile(
      '/p/compose.yaml',
      `include:\n  - a/compose.yaml\n  - b.yml\nservices:\n${service('web', 'web:1')}`,
    );
    workspace.setFile('/p/a/compose.yaml', `include:\n  - deep.yml\nservices:\n${service('feed', 'feed:1')}`);
    workspace.setFile('/p/a/deep.yml', `services:\n${service('queue', 'rabbitmq:4.0')}`);
    workspace.setFile('/p/b.yml', `services:\n${service('db', 'postgres:16.4')}`);
    const project = (file: string): string[] | undefined =>
      workspace.composeIncludes(file)?.services.map((s) => `${s.name}@${s.uri}`);
    assert.deepEqual(project('/p/a/deep.yml'), ['web@/p/compose.yaml', 'feed@/p/a/compose.yaml', 'db@/p/b.yml']);
    assert.deepEqual(workspace.composeIncludes('/p/a/deep.yml')?.includedBy, ['/p/compose.yaml']);
    assert.deepEqual(project('/p/a/compose.yaml'), ['web@/p/compose.yaml', 'queue@/p/a/deep.yml', 'db@/p/b.yml']);
    assert.equal(workspace.composeIncludes('/p/compose.yaml')?.includedBy, undefined);
  });

  it('reads an included file again from the project_directory its include gives it', () => {
    const workspace = new ManifestWorkspace();
    const core = 'services:\n  api:\n    build: { context: ., dockerfile: packages/api/Dockerfile }\n';
    workspace.setFile('/p/bricks/compose.core.yaml', core);
    assert.deepEqual(workspace.unreadDockerfiles(), ['/p/bricks/packages/api/Dockerfile']);
    workspace.setFile('/p/compose.yaml', 'include:\n  - path: bricks/compose.core.yaml\n    project_directory: .\n');
    // Read from its own folder before the include was known: read again.
    assert.deepEqual(unreadComposeFiles(workspace), ['/p/bricks/compose.core.yaml']);
    workspace.setFile('/p/bricks/compose.core.yaml', core);
    assert.deepEqual(unreadComposeFiles(workspace), []);
    assert.deepEqual(workspace.unreadDockerfiles(), ['/p/packages/api/Dockerfile']);
    const included = workspace.composeIncludes('/p/compose.yaml')?.services[0];
    assert.equal(included?.folder, '/p');
    assert.equal(workspace.composeIncludes('/p/bricks/compose.core.yaml')?.folder, '/p');
  });

  it('finds the service an extends names, or says the file is missing or lacks it', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile(
      '/p/compose.yaml',
      'services:\n  web:\n    extends: { file: common/web.yml, service: web }\n  job:\n    extends: { file: gone.yml, service: job }\n',
    );
    assert.deepEqual(unreadComposeFiles(workspace), ['/p/common/web.yml', '/p/gone.yml']);
    workspace.setFile('/p/common/web.yml', `services:\n${service('web', 'web:1')}`);
    workspace.setComposeFileMissing('/p/gone.yml', 'ENOENT');
    assert.deepEqual(unreadComposeFiles(workspace), []);
    const found = workspace.composeServiceIn('/p/compose.yaml', 'common/web.yml', 'web');
    assert.deepEqual(found.found && [found.found.uri, found.found.value], ['/p/common/web.yml', { image: 'web:1' }]);
    assert.deepEqual(workspace.composeServiceIn('/p/compose.yaml', 'common/web.yml', 'api'), { file: 'no-service' });
    assert.deepEqual(workspace.composeServiceIn('/p/compose.yaml', 'gone.yml', 'job'), { file: 'missing' });
    assert.deepEqual(workspace.composeServiceIn('/p/compose.yaml', 'other.yml', 'job'), { file: 'unread' });
    // A file that appears later is read again and found.
    workspace.setFile('/p/gone.yml', `services:\n${service('job', 'job:1')}`);
    assert.ok(workspace.composeServiceIn('/p/compose.yaml', 'gone.yml', 'job').found);
    // What the index knows reaches another thread whole.
    const copy = ManifestWorkspace.fromSnapshot(workspace.snapshot());
    assert.deepEqual(copy.composeServiceIn('/p/compose.yaml', 'common/web.yml', 'api'), { file: 'no-service' });
    assert.equal(copy.isNamedComposeFile('/p/common/web.yml'), true);
  });

  it('reads the files includes and extends name from disk, rounds deep, and records those missing', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'cntutor-include-'));
    try {
      mkdirSync(path.join(root, 'infra'));
      const compose = path.join(root, 'compose.yaml');
      const text = 'include:\n  - infra/services.yml\n  - missing.yml\nservices:\n  web:\n    image: web:1\n';
      writeFileSync(compose, text);
      writeFileSync(path.join(root, 'infra/services.yml'), 'include:\n  - ../queue.yml\nservices: {}\n');
      writeFileSync(path.join(root, 'queue.yml'), `services:\n${service('queue', 'rabbitmq:4.0')}`);
      const workspace = new ManifestWorkspace();
      workspace.setFile(compose, text);
      readLinkedDockerfiles(workspace);
      assert.deepEqual(unreadComposeFiles(workspace), []);
      const included = workspace.composeIncludes(compose);
      assert.deepEqual(
        included?.services.map((s) => s.name),
        ['queue'],
      );
      assert.deepEqual(included?.unfollowed, ['missing.yml']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('lints a YAML file another Compose file includes as a Compose file, whatever its name', () => {
    const workspace = new ManifestWorkspace();
    const text = 'services:\n  cache:\n    image: redis:7.4\n    privileged: true\n';
    assert.equal(lint(text, '/p/infra/cache.yml', undefined, { workspace }).kind, undefined);
    workspace.setFile('/p/compose.yaml', 'include:\n  - infra/cache.yml\nservices: {}\n');
    const result = lint(text, '/p/infra/cache.yml', undefined, { workspace });
    assert.equal(result.kind, 'compose');
    assert.ok(result.findings.some((finding) => finding.ruleId === 'compose-privileged'));
  });

  it('says on the include key what each file brings in, and on extends which service it takes', () => {
    const workspace = new ManifestWorkspace();
    const text = `include:\n  - db/compose.yaml\n  - gone.yml\n  - oci://example.com/x:1\nservices:
  web:\n    extends: { file: common.yml, service: web }\n  job:\n    extends: { file: common.yml, service: job }\n`;
    workspace.setFile('/p/compose.yaml', text);
    workspace.setFile(
      '/p/db/compose.yaml',
      `services:\n${service('db', 'postgres:16.4')}${service('cache', 'redis:7.4')}`,
    );
    workspace.setFile('/p/common.yml', `x-note: shared\nservices:\n${service('web', 'web:1')}`);
    workspace.setComposeFileMissing('/p/gone.yml', 'ENOENT');
    assert.equal(
      composeProjectLine(workspace, '/p/compose.yaml', text, ['include']),
      [
        'What `include:` brings into the project, as last read:',
        '- `db/compose.yaml`: `db`, `cache`',
        '- `gone.yml`: cannot be read (ENOENT)',
        '- `oci://example.com/x:1`: not followed (a remote source, or a path with a variable)',
      ].join('\n'),
    );
    assert.match(
      composeProjectLine(workspace, '/p/compose.yaml', text, ['services', 'web', 'extends']) ?? '',
      /Takes the keys of service `web` in `common.yml` \(line 3\)/,
    );
    assert.match(
      composeProjectLine(workspace, '/p/compose.yaml', text, ['services', 'job', 'extends'], 'ko') ?? '',
      /`common.yml`에는 서비스 `job`가 없습니다/,
    );
    assert.equal(composeProjectLine(workspace, '/p/compose.yaml', text, ['services', 'web', 'image']), undefined);
  });
});
