import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { folderWith } from '../support/temp-folder';
import { describe, it } from 'node:test';

const CLI = path.join(__dirname, '../../dist/cli.js');

interface Finding {
  ruleId: string;
  severity: string;
}

function lint(dir: string, args: string[] = []): { code: number | null; findings: Finding[]; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', ...args, '.'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  const reports = result.stdout ? (JSON.parse(result.stdout) as { findings: Finding[] }[]) : [];
  return { code: result.status, findings: reports.flatMap((r) => r.findings), stderr: result.stderr };
}

function project(files: Record<string, string>): string {
  const dir = folderWith(files, 'cntutor-compat-');
  // A repository root, so the search for a .dockerignore stops here.
  mkdirSync(path.join(dir, '.git'));
  return dir;
}

const SHELL_FORM = 'FROM alpine:3.20\nUSER 10001\nCMD app --serve\n';
const ids = (findings: Finding[]): string[] => findings.map((f) => f.ruleId);

describe('a project that has a .hadolint.yaml', () => {
  it('turns off the rules its ignored list names, by hadolint id', () => {
    assert.ok(ids(lint(project({ Dockerfile: SHELL_FORM })).findings).includes('exec-form-cmd'));
    const dir = project({ Dockerfile: SHELL_FORM, '.hadolint.yaml': 'ignored:\n  - DL3025\n  - SC2086\n' });
    assert.ok(!ids(lint(dir).findings).includes('exec-form-cmd'));
  });

  it('keeps a rule that stands for several checks until all of them are ignored', () => {
    const text = 'FROM node\nUSER node\nCMD ["node"]\n';
    const one = project({ Dockerfile: text, '.hadolint.yml': 'ignored: [DL3007]\n' });
    assert.ok(ids(lint(one).findings).includes('no-latest-base-image'));
    const both = project({ Dockerfile: text, '.hadolint.yml': 'ignored: [DL3006, DL3007]\n' });
    assert.ok(!ids(lint(both).findings).includes('no-latest-base-image'));
  });

  it('applies severity overrides and the failure threshold', () => {
    const dir = project({
      Dockerfile: SHELL_FORM,
      '.hadolint.yaml': 'override:\n  error:\n    - DL3025\n  style: [DL3006]\nfailure-threshold: none\n',
    });
    const { code, findings } = lint(dir);
    assert.equal(findings.find((f) => f.ruleId === 'exec-form-cmd')?.severity, 'error');
    assert.equal(code, 0);
  });

  it('reads trusted registries and the label schema', () => {
    const dir = project({
      Dockerfile: 'FROM alpine:3.20\nLABEL version=one\nUSER 10001\nCMD ["app"]\n',
      '.hadolint.yaml': 'trustedRegistries: registry.example.com\nlabel-schema:\n  version: semver\n',
    });
    const found = ids(lint(dir).findings);
    assert.ok(found.includes('trusted-base-registry'));
    assert.ok(found.includes('label-schema'));
  });

  it('lets .cntutor.yaml win where both files speak', () => {
    const dir = project({
      Dockerfile: SHELL_FORM,
      '.hadolint.yaml': 'ignored: [DL3025]\n',
      '.cntutor.yaml': 'rules:\n  exec-form-cmd: info\n',
    });
    assert.equal(lint(dir).findings.find((f) => f.ruleId === 'exec-form-cmd')?.severity, 'info');
  });

  it('reports a malformed file as a configuration error', () => {
    const dir = project({ Dockerfile: SHELL_FORM, '.hadolint.yaml': 'ignored: DL3025\nfailure-threshold: loud\n' });
    const { code, stderr } = lint(dir);
    assert.equal(code, 2);
    assert.match(stderr, /\.hadolint\.yaml:1:10: ignored must be a list/);
    assert.match(stderr, /failure-threshold must be one of/);
  });
});

describe('the build context of a Dockerfile on disk', () => {
  const copyAll = 'FROM alpine:3.20\nWORKDIR /app\nCOPY . .\nCOPY dist/ /srv/\nUSER 10001\nCMD ["./app"]\n';

  it('reports a missing .dockerignore when the whole context is copied', () => {
    const found = ids(lint(project({ Dockerfile: copyAll })).findings);
    assert.ok(found.includes('dockerignore-for-context'));
    assert.ok(!found.includes('copy-ignored-file'));
  });

  it('reads the .dockerignore above the Dockerfile and reports copies of what it excludes', () => {
    const dir = project({ 'docker/Dockerfile': copyAll, '.dockerignore': '.git\ndist\n' });
    const found = lint(dir).findings;
    assert.ok(!ids(found).includes('dockerignore-for-context'));
    assert.equal(found.find((f) => f.ruleId === 'copy-ignored-file')?.severity, 'error');
  });

  it('prefers <Dockerfile>.dockerignore beside the Dockerfile', () => {
    const dir = project({
      'app.Dockerfile': copyAll,
      'app.Dockerfile.dockerignore': 'node_modules\n',
      '.dockerignore': 'dist\n',
    });
    assert.ok(!ids(lint(dir).findings).includes('copy-ignored-file'));
  });
});
