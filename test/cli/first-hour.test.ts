import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { folderWith } from '../support/temp-folder';
import { describe, it } from 'node:test';

/** The CLI as a newcomer meets it: help, explanations, ids that connect, fixes that can be trusted. */
const CLI = path.join(__dirname, '../../dist/cli.js');

function run(args: string[], cwd = os.tmpdir()): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folder(files: Record<string, string>): string {
  return folderWith(files, 'cntutor-first-hour-');
}

const DOCKERFILE = 'FROM alpine:3.20\nUSER 10001\nCMD app --serve\nENTRYPOINT app --serve\n';
const COMMANDS = ['lint', 'explain', 'rules', 'concepts', 'concept'];

/** Columns a line takes in a terminal, Hangul counting two. */
const width = (text: string): number => [...text].reduce((n, c) => n + (/[\uac00-\ud7a3]/.test(c) ? 2 : 1), 0);

describe('output into a pipe', () => {
  it('ends quietly when the reader stops early', () => {
    for (const command of ['concepts', 'rules', 'exercises']) {
      const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" ${command} | head -n 1`], {
        encoding: 'utf8',
      });
      assert.equal(piped.stdout.split('\n').filter(Boolean).length, 1, command);
      assert.equal(piped.stderr, '', `${command}: ${piped.stderr}`);
    }
  });
});

describe('help', () => {
  for (const command of COMMANDS) {
    it(`${command} --help prints its usage and options, in English and Korean`, () => {
      const en = run([command, '--help']);
      assert.equal(en.code, 0, en.stderr);
      assert.match(en.stdout, new RegExp(`^Usage: cntutor ${command}`));
      assert.match(en.stdout, /--locale en\|ko/);
      const ko = run([command, '--help', '--locale', 'ko']);
      assert.equal(ko.code, 0);
      assert.match(ko.stdout, /^사용법: cntutor /);
      assert.deepEqual(run(['help', command]).stdout, en.stdout);
    });
  }
  it('the overall help lists every command; no command is an error with the list', () => {
    const help = run(['--help']);
    for (const command of COMMANDS) assert.match(help.stdout, new RegExp(`\\n  ${command} `));
    const unknown = run(['lnt']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "lnt"; did you mean "lint"\?/);
  });
});

describe('ids that connect', () => {
  it('explain takes a rule id or a concept id', () => {
    const rule = run(['explain', 'exec-form-cmd']);
    assert.equal(rule.code, 0);
    assert.match(rule.stdout, /Why it matters:\n {4}In shell form .+PID 1/);
    assert.match(rule.stdout, /❌ Instead of:\n( {4}.*\n)* {4}CMD node server\.js\n✅ write:\n/);
    assert.match(rule.stdout, /cntutor explain declarative-specs/);
    const concept = run(['explain', 'least-privilege']);
    assert.equal(concept.code, 0);
    assert.match(concept.stdout, /^# Least privilege/);
    assert.match(concept.stdout, /## Rules that teach this\n[\s\S]*`run-as-non-root`/);
    // `concept` accepts the rule ids the lint output shows, too.
    assert.equal(run(['concept', 'exec-form-cmd']).stdout, rule.stdout);
  });

  it('an unknown id gets a "did you mean" and the commands that list the ids', () => {
    const { code, stderr } = run(['explain', 'non-root']);
    assert.equal(code, 2);
    assert.match(stderr, /did you mean "non-root-user" or "run-as-non-root"\?.+cntutor rules.+cntutor concepts/);
  });

  it('rules and concepts take --locale and line their columns up', () => {
    for (const locale of ['en', 'ko']) {
      const { code, stdout } = run(['rules', '--locale', locale]);
      assert.equal(code, 0);
      const titles = (
        JSON.parse(run(['rules', '--format', 'json', '--locale', locale]).stdout) as { title: string }[]
      ).map((r) => r.title);
      const lines = stdout.trimEnd().split('\n');
      assert.equal(lines.length, titles.length);
      // Every title starts at the same display column, however long the id or wide the text before it.
      const columns = lines.map((line, i) => width(line.slice(0, line.lastIndexOf(titles[i] ?? '\u0000'))));
      assert.equal(new Set(columns).size, 1, stdout);
    }
    const concepts = run(['concepts', '--locale', 'ko']);
    assert.equal(concepts.code, 0);
    assert.match(concepts.stdout, /^virtualization +주제 +1 +가상화/);
    const json = JSON.parse(run(['concepts', '--format', 'json']).stdout) as { id: string; kind: string }[];
    assert.equal(json.filter((n) => n.kind === 'topic').length, 12);
  });
});

describe('lint explains and fixes as documented', () => {
  it('prints the why under the first finding of each rule, and --no-explain leaves it out', () => {
    const dir = folder({ Dockerfile: DOCKERFILE });
    const { stdout } = run(['lint', dir]);
    assert.equal(stdout.match(/Why it matters: In shell form/g)?.length, 1, stdout);
    assert.doesNotMatch(run(['lint', dir, '--no-explain']).stdout, /Why it matters/);
    const ko = run(['lint', dir, '--locale', 'ko']).stdout;
    assert.match(ko, /경고 .+\[exec-form-cmd\] \(수정 가능\)/);
    assert.match(ko, /파일 1개 검사: 오류 0개, 경고 2개/);
  });

  it('--fix applies only safe fixes; --fix-unsafe also those that change how things run', () => {
    const manifest = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          ports:
            - contianerPort: 8080
`;
    const dir = folder({ 'web.yaml': manifest, Dockerfile: DOCKERFILE });
    const safe = run(['lint', dir, '--fix', '--no-explain']);
    assert.equal(readFileSync(path.join(dir, 'web.yaml'), 'utf8'), manifest, 'no unsafe fix with --fix');
    assert.match(readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), /CMD \["app", "--serve"\]/);
    assert.match(safe.stdout, /more with --fix-unsafe/);
    run(['lint', dir, '--fix-unsafe', '--no-explain']);
    assert.match(readFileSync(path.join(dir, 'web.yaml'), 'utf8'), /- containerPort: 8080/);
  });

  it('SARIF carries the explanation in the chosen language', () => {
    const dir = folder({ Dockerfile: DOCKERFILE });
    const sarif = JSON.parse(run(['lint', dir, '--format', 'sarif', '--locale', 'ko']).stdout) as {
      runs: { tool: { driver: { rules: { id: string; help: { markdown: string } }[] } } }[];
    };
    const rule = sarif.runs[0]?.tool.driver.rules.find((r) => r.id === 'exec-form-cmd');
    assert.match(rule?.help.markdown ?? '', /\*\*왜 중요한가\*\*/);
  });
});

describe('files named on the command line are linted or refused, never skipped silently', () => {
  it('recognises a Dockerfile by a suffix or by its content, and reports what it skips', () => {
    const dir = folder({
      app__Dockerfile: DOCKERFILE,
      build: '# syntax=docker/dockerfile:1\n# the build\nARG BASE=alpine:3.20\nFROM ${BASE}\nUSER 1\nCMD app\n',
      'notes.txt': 'Just some notes.\n',
      'values.yaml': 'replicas: 3\n',
      'settings.yaml': 'replicas: 3\n',
      'kustomization.yaml': 'resources: [deployment.yaml]\n',
    });
    mkdirSync(path.join(dir, 'templates'));
    writeFileSync(
      path.join(dir, 'templates/deployment.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n',
    );
    const files = [
      'app__Dockerfile',
      'build',
      'notes.txt',
      'values.yaml',
      'settings.yaml',
      'kustomization.yaml',
      'templates/deployment.yaml',
    ].map((f) => path.join(dir, f));
    const { code, stdout } = run(['lint', ...files, '--no-explain', '--format', 'json']);
    const reports = JSON.parse(stdout) as { file: string; skipped?: string; findings: { ruleId: string }[] }[];
    const byName = new Map(reports.map((r) => [path.basename(r.file), r]));
    assert.ok(byName.get('app__Dockerfile')?.findings.some((f) => f.ruleId === 'exec-form-cmd'));
    assert.ok(byName.get('build')?.findings.some((f) => f.ruleId === 'exec-form-cmd'));
    assert.match(byName.get('notes.txt')?.skipped ?? '', /not recognised .+--kind/);
    assert.match(
      byName.get('values.yaml')?.skipped ?? '',
      /^Helm chart values, not a manifest \(a chart’s values\.yaml named on the command line is linted through the templates that read it\)$/,
    );
    assert.match(byName.get('settings.yaml')?.skipped ?? '', /not a Kubernetes manifest/);
    // kustomize's own file is linted as such: it names a file that is not beside it.
    assert.equal(byName.get('kustomization.yaml')?.skipped, undefined);
    assert.deepEqual(
      byName.get('kustomization.yaml')?.findings.map((f) => f.ruleId),
      ['kustomization-paths'],
    );
    assert.match(byName.get('deployment.yaml')?.skipped ?? '', /a template .+helm template/);
    assert.equal(code, 1);
    const text = run(['lint', ...files, '--no-explain']).stdout;
    assert.match(text, /notes\.txt: skipped — /);
    assert.match(text, /3 file\(s\) checked, 4 skipped/);
  });

  it('--kind forces the kind; only skipped files is a usage error', () => {
    const dir = folder({ 'recipe.txt': 'RUN make\nFROM alpine:3.20\n' });
    const file = path.join(dir, 'recipe.txt');
    const skipped = run(['lint', file]);
    assert.equal(skipped.code, 2);
    assert.match(skipped.stderr, /nothing to lint/);
    const forced = run(['lint', file, '--kind', 'dockerfile', '--format', 'json']);
    const reports = JSON.parse(forced.stdout) as { findings: { ruleId: string }[] }[];
    assert.ok(reports[0]?.findings.some((f) => f.ruleId === 'dockerfile-syntax'));
  });
});
