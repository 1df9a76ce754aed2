/**
 * The variables an included or extended Compose file is read with: Compose gives an included file
 * the including project's variables first, then its include's `env_file`s (the `.env` of its
 * project directory by default); a file services extend from is read with the extending project's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Rule } from '../../server/src/engine/rule';
import { allRules } from '../../server/src/rules';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { joinSnapshots } from '../../server/src/schema/workspace-snapshot';
import { lintFixture } from '../rules/support';
import { services } from '../support/compose-project';

function variables(workspace: ManifestWorkspace, key: string): string {
  const found = workspace.composeVariables(key);
  return [...(found?.values ?? [])]
    .map(([name, value]) => `${name}=${value} (${found?.fileOf.get(name) ?? '?'})`)
    .sort()
    .join(', ');
}

describe('Variables of included and extended Compose files', () => {
  it('give an included file its includer’s variables first, then its own folder’s .env', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile('/p/compose.yaml', 'include:\n  - sub/compose.yaml\n' + services('web'));
    workspace.setFile('/p/sub/compose.yaml', services('db'));
    assert.deepEqual(workspace.unreadComposeFiles(), ['/p/.env', '/p/sub/.env']);
    workspace.setFile('/p/.env', 'TAG=1.4.2\nREGISTRY=ghcr.io/shop\n');
    workspace.setFile('/p/sub/.env', 'TAG=never-read\nDB_TAG=16.4\n');
    assert.equal(
      variables(workspace, '/p/sub/compose.yaml'),
      'DB_TAG=16.4 (/p/sub/.env), REGISTRY=ghcr.io/shop (/p/.env), TAG=1.4.2 (/p/.env)',
    );
    assert.equal(variables(workspace, '/p/compose.yaml'), 'REGISTRY=ghcr.io/shop (/p/.env), TAG=1.4.2 (/p/.env)');
    // Kept in snapshots, as the CLI's workers join them.
    const joined = ManifestWorkspace.fromSnapshot(joinSnapshots([workspace.snapshot()], []));
    assert.equal(variables(joined, '/p/sub/compose.yaml'), variables(workspace, '/p/sub/compose.yaml'));
    // Through two includes, the outermost project wins.
    workspace.setFile('/p/sub/compose.yaml', 'include:\n  - deep/compose.yaml\n' + services('db'));
    workspace.setFile('/p/sub/deep/compose.yaml', services('cache'));
    workspace.setFile('/p/sub/deep/.env', 'TAG=deep\nDB_TAG=deep\nCACHE_TAG=7.4\n');
    assert.equal(
      variables(workspace, '/p/sub/deep/compose.yaml'),
      'CACHE_TAG=7.4 (/p/sub/deep/.env), DB_TAG=16.4 (/p/sub/.env), REGISTRY=ghcr.io/shop (/p/.env), TAG=1.4.2 (/p/.env)',
    );
  });

  it('read an include’s env_file list (later files winning) or its project directory’s .env', () => {
    const workspace = new ManifestWorkspace();
    const include = [
      'include:',
      '  - path: sub/compose.yaml',
      '    env_file: [shared/.env, sub/.env, sub/local.env]',
      '  - path: other/compose.yaml',
      '    project_directory: config',
      '',
    ].join('\n');
    workspace.setFile('/p/compose.yaml', include + services('web'));
    workspace.setFile('/p/sub/compose.yaml', services('db'));
    workspace.setFile('/p/other/compose.yaml', services('cache'));
    assert.ok(workspace.unreadComposeFiles().includes('/p/shared/.env'));
    assert.ok(workspace.unreadComposeFiles().includes('/p/config/.env'));
    workspace.setFile('/p/.env', 'TAG=1.4.2\n');
    workspace.setFile('/p/shared/.env', 'DB_TAG=shared\nREGION=eu\n');
    workspace.setFile('/p/sub/.env', 'DB_TAG=16.4\n');
    workspace.setFile('/p/config/.env', 'CACHE_TAG=7.4\n');
    workspace.setFile('/p/other/.env', 'CACHE_TAG=never-read\n');
    assert.equal(
      variables(workspace, '/p/sub/compose.yaml'),
      'DB_TAG=16.4 (/p/sub/.env), REGION=eu (/p/shared/.env), TAG=1.4.2 (/p/.env)',
    );
    assert.equal(variables(workspace, '/p/other/compose.yaml'), 'CACHE_TAG=7.4 (/p/config/.env), TAG=1.4.2 (/p/.env)');
  });

  it('read a file services only extend from with the extending project’s variables', () => {
    const workspace = new ManifestWorkspace();
    const extending = 'services:\n  web:\n    extends: { file: ../common/base.yml, service: app }\n';
    workspace.setFile('/p/app/compose.yaml', extending);
    workspace.setFile('/p/common/base.yml', services('app'));
    workspace.setFile('/p/app/.env', 'TAG=1.4.2\n');
    workspace.setFile('/p/common/.env', 'TAG=never-read\n');
    assert.equal(variables(workspace, '/p/common/base.yml'), 'TAG=1.4.2 (/p/app/.env)');
    // A file Compose also reads by itself (by its name) keeps its own folder's.
    workspace.setFile('/p/app/compose.yaml', extending.replace('base.yml', 'compose.yaml'));
    workspace.setFile('/p/common/compose.yaml', services('app'));
    assert.equal(variables(workspace, '/p/common/compose.yaml'), 'TAG=never-read (/p/common/.env)');
  });

  it('name each file a finding’s values came from, in English and Korean', () => {
    const rule = allRules().find((candidate) => candidate.id === 'compose-image-tag') as Rule;
    const text = 'services:\n  db:\n    image: ${REGISTRY}/db:${DB_TAG}\n';
    const files = {
      'compose.yaml': 'include:\n  - sub/compose.yaml\nservices:\n  web:\n    image: busybox:1.36\n',
      '.env': 'REGISTRY=ghcr.io/shop\nDB_TAG=1.4.2\n',
      'sub/.env': 'DB_TAG=latest\n',
    };
    const lint = (locale: 'en' | 'ko'): string[] =>
      lintFixture(rule, { uri: 'file:///fixture/sub/compose.yaml', files, config: { locale } }, text)
        .findings.filter((finding) => finding.ruleId === rule.id)
        .map((finding) => finding.message);
    assert.deepEqual(lint('en'), []);
    // The including project's DB_TAG wins; once it sets none, the included folder's does.
    files['.env'] = 'REGISTRY=ghcr.io/shop\n';
    const [english] = lint('en');
    assert.match(
      english ?? '',
      /With `REGISTRY` from \.\.\/\.env and `DB_TAG` from \.env, Compose pulls "ghcr\.io\/shop\/db:latest"\.$/,
    );
    assert.match(lint('ko')[0] ?? '', /\.\.\/\.env에 적힌 `REGISTRY` 및 \.env에 적힌 `DB_TAG` 값으로 Compose는/);
  });
});
