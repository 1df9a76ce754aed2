import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { folderWith } from '../support/temp-folder';
import { describe, it } from 'node:test';

const CLI = path.join(__dirname, '../../dist/cli.js');

function run(args: string[], cwd = os.tmpdir(), uid?: number): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
    timeout: 60_000,
    ...(uid !== undefined ? { uid } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(files: Record<string, string>): string {
  return folderWith(files, 'cntutor-cli-');
}

const BAD_DOCKERFILE = 'FROM alpine:3.20\nUSER 10001\nCMD app --serve\n';
const GOOD_DOCKERFILE = 'FROM alpine:3.20\nUSER 10001\nCMD ["app", "--serve"]\n';

describe('cntutor lint', () => {
  it('exits 1 with findings and prints file:line:col, rule id and a summary', () => {
    const dir = workspace({ Dockerfile: BAD_DOCKERFILE });
    const { code, stdout } = run(['lint', dir]);
    assert.equal(code, 1);
    assert.match(stdout, /Dockerfile:3:5: warning .+\[exec-form-cmd\] \(fixable\)/);
    assert.match(stdout, /1 file\(s\) checked/);
  });

  it('exits 0 on a clean folder and walks folders for Dockerfiles and manifests only', () => {
    const dir = workspace({ Dockerfile: GOOD_DOCKERFILE, 'notes.txt': 'CMD app', 'values.yaml': 'replicas: 3\n' });
    const { code, stdout } = run(['lint', dir, '--format', 'json']);
    const reports = JSON.parse(stdout) as { file: string; findings: unknown[] }[];
    assert.deepEqual(reports.map((r) => path.basename(r.file)).sort(), ['Dockerfile', 'values.yaml']);
    // Only the info-level note that a digest would pin the base image even harder remains.
    assert.deepEqual(
      reports.flatMap((r) => r.findings.map((f) => (f as { ruleId: string }).ruleId)),
      ['pin-base-image-digest'],
    );
    assert.equal(code, 0);
  });

  it('honours the failure threshold', () => {
    const dir = workspace({ Dockerfile: BAD_DOCKERFILE });
    assert.equal(run(['lint', dir, '--fail-on', 'error']).code, 0);
    assert.equal(run(['lint', dir, '--fail-on', 'warning']).code, 1);
  });

  it('writes SARIF 2.1.0 with rule metadata, help links and exact ranges', () => {
    const dir = workspace({ Dockerfile: BAD_DOCKERFILE });
    const { stdout } = run(['lint', dir, '--format', 'sarif']);
    const sarif = JSON.parse(stdout) as {
      version: string;
      runs: {
        tool: {
          driver: {
            rules: {
              id: string;
              helpUri?: string;
              shortDescription: { text: string };
              help: { text: string; markdown: string };
            }[];
          };
        };
        results: {
          ruleId: string;
          ruleIndex: number;
          locations: { physicalLocation: { region: Record<string, number> } }[];
        }[];
      }[];
    };
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.ok(run0);
    const result = run0.results.find((r) => r.ruleId === 'exec-form-cmd');
    assert.ok(result);
    assert.deepEqual(result.locations[0]?.physicalLocation.region, {
      startLine: 3,
      startColumn: 5,
      endLine: 3,
      endColumn: 16,
    });
    const rule = run0.tool.driver.rules[result.ruleIndex];
    assert.equal(rule?.id, 'exec-form-cmd');
    // No local path may leak into a report that is uploaded elsewhere.
    assert.equal(rule?.helpUri, undefined);
    assert.doesNotMatch(JSON.stringify(run0.tool.driver.rules), /file:\/\//);
    assert.match(rule?.help.text ?? '', /^Why it matters: In shell form[\s\S]+❌[\s\S]+✅[\s\S]+How to fix:/);
    assert.match(rule?.help.markdown ?? '', /```dockerfile\n[\s\S]+cntutor explain declarative-specs/);
  });

  it('--fix applies safe fixes in place and reports what remains', () => {
    const dir = workspace({ Dockerfile: BAD_DOCKERFILE });
    const { stdout, code } = run(['lint', dir, '--fix']);
    assert.equal(readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), GOOD_DOCKERFILE);
    assert.match(stdout, /fix\(es\) applied/);
    assert.equal(code, 0);
  });

  it('reads .cntutor.yaml from the folder or its parents, and --config', () => {
    const dir = workspace({ Dockerfile: BAD_DOCKERFILE, '.cntutor.yaml': 'rules:\n  exec-form-cmd: off\n' });
    assert.equal(run(['lint', '.'], dir).code, 0);
    const other = workspace({ 'strict.yaml': 'rules:\n  exec-form-cmd: error\nfailOn: error\n' });
    const { code, stdout } = run(['lint', path.join(dir, 'Dockerfile'), '--config', path.join(other, 'strict.yaml')]);
    assert.equal(code, 1);
    assert.match(stdout, /error .+\[exec-form-cmd\]/);
  });

  it('gives one clear line and exit 2 for usage and configuration errors', () => {
    const dir = workspace({ Dockerfile: BAD_DOCKERFILE, 'bad.yaml': 'rules:\n  exec-form-cmdd: off\nfailon: error\n' });
    const cases: [string[], RegExp][] = [
      [['lint', path.join(dir, 'missing')], /^cntutor: path not found: .+missing\n$/],
      [['lint', dir, '--format', 'xml'], /--format must be one of text, json, sarif/],
      [['lint', dir, '--config', path.join(dir, 'nope.yaml')], /config file not found/],
      [
        ['lint', dir, '--config', path.join(dir, 'bad.yaml')],
        /bad\.yaml:2:3: unknown rule "exec-form-cmdd"; did you mean "exec-form-cmd"\?[\s\S]*bad\.yaml:3:1: unknown setting "failon"; did you mean "failOn"\?/,
      ],
      [['lint', dir, '--frobnicate'], /^cntutor: lint: unknown option --frobnicate \(see cntutor lint --help\)\n$/],
      [['lint', dir, '--fixx'], /did you mean --fix\?/],
      [['lint', dir, '--kind', 'helm'], /--kind must be dockerfile, kubernetes or compose/],
      [['rules', '--locale', 'fr'], /--locale must be en or ko/],
      [['explain', 'exec-form-cmdd'], /did you mean "exec-form-cmd"\?.+cntutor rules/],
      [['launch'], /unknown command "launch"/],
    ];
    for (const [args, pattern] of cases) {
      const { code, stderr } = run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, pattern);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('reports an unreadable file on one line and goes on with the others', () => {
    const dir = workspace({ Dockerfile: GOOD_DOCKERFILE, 'locked.Dockerfile': BAD_DOCKERFILE });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'locked.Dockerfile'), 0o000);
    // Root reads every file, so run as an unprivileged user there.
    const { code, stdout } = run(['lint', dir], os.tmpdir(), process.getuid?.() === 0 ? 65534 : undefined);
    assert.equal(code, 2);
    assert.match(stdout, /locked\.Dockerfile: error cannot read file/);
  });
});

describe('cntutor rules', () => {
  it('lists every rule with its metadata as JSON', () => {
    const { code, stdout } = run(['rules', '--format', 'json']);
    assert.equal(code, 0);
    const rules = JSON.parse(stdout) as { id: string; peers: object; concept: string; title: string }[];
    assert.ok(rules.length >= 2);
    for (const rule of rules) {
      assert.ok(rule.id && rule.title && rule.concept && rule.peers);
    }
  });
});

describe('cntutor concept', () => {
  it('prints a concept note in the chosen language', () => {
    const { code, stdout } = run(['concept', 'immutable-images', '--locale', 'ko']);
    assert.equal(code, 0);
    assert.match(stdout, /^# /);
    const missing = run(['concept', 'imutable-images']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /did you mean "immutable-images"/);
  });
});
