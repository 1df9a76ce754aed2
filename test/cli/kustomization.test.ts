/**
 * `cntutor lint` on kustomization files: found in a folder's walk, their paths looked up on disk,
 * their safe fixes written, the same with workers, and in SARIF with each rule's help.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli as run } from '../support/run-cli';
import { tempFolder } from '../support/temp-folder';

const HEAD = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
`;
const OVERLAY = `${HEAD}bases:
  - ../../base
resources:
  - ../../shared/config.yaml
  - service.yaml
namePrefx: dev-
images:
  - name: web
    newTag: 3.6
`;

function project(): string {
  const dir = tempFolder();
  for (const folder of ['base', 'shared', 'overlays/dev']) mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(path.join(dir, 'base/kustomization.yaml'), `${HEAD}resources:\n  - deployment.yaml\n`);
  writeFileSync(path.join(dir, 'base/deployment.yaml'), DEPLOYMENT);
  writeFileSync(path.join(dir, 'shared/config.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n');
  writeFileSync(path.join(dir, 'overlays/dev/kustomization.yaml'), OVERLAY);
  return dir;
}

type JsonReport = { file: string; findings: { ruleId: string; range: { start: { line: number } } }[] }[];

describe('cntutor lint on kustomizations', () => {
  it('reports what kustomize build would stop on, in a folder’s walk', () => {
    const dir = project();
    const linted = run(['lint', '.', '--no-explain'], dir);
    assert.equal(linted.code, 1, linted.stderr);
    const lines = linted.stdout.split('\n').filter((line) => line.startsWith('overlays/dev/kustomization.yaml'));
    assert.deepEqual(
      lines.map((line) => /^\S+:(\d+:\d+): (\w+) .*\[([\w-]+)\]/.exec(line)?.slice(1).join(' ')),
      [
        '3:1 warning kustomization-deprecated-field',
        '6:5 error kustomization-paths',
        '7:5 error kustomization-paths',
        '8:1 error kustomization-schema',
        '11:13 error kustomization-schema',
      ],
    );
    assert.match(
      linted.stdout,
      /`\.\.\/\.\.\/shared\/config\.yaml` is a file outside the folder of kustomization\.yaml/,
    );
    assert.match(linted.stdout, /`service\.yaml` is neither a file nor a folder/);
    assert.doesNotMatch(linted.stdout, /^base\/kustomization\.yaml/m, 'the base builds');
    const json = (jobs: string) => {
      const out = run(['lint', '.', '--format', 'json', '--jobs', jobs], dir);
      return (JSON.parse(out.stdout) as JsonReport).map((file) => ({
        file: file.file,
        findings: file.findings.map((f) => `${f.ruleId}:${f.range.start.line}`),
      }));
    };
    assert.deepEqual(json('2'), json('1'));
  });

  it('writes the safe fixes and keeps the guesses for a person', () => {
    const dir = project();
    const fixed = run(['lint', 'overlays/dev/kustomization.yaml', '--fix'], dir);
    assert.equal(fixed.code, 1, 'the missing file and the unknown field stay');
    const text = readFileSync(path.join(dir, 'overlays/dev/kustomization.yaml'), 'utf8');
    assert.match(text, /^ {4}newTag: "3\.6"$/m);
    assert.match(text, /^namePrefx: dev-$/m, 'the suggested name is an unsafe fix');
    assert.match(text, /^bases:$/m, 'resources is written already: nothing to rename');
  });

  it('gives SARIF with each rule’s help and the exact place', () => {
    const dir = project();
    const out = run(['lint', 'overlays/dev', '--format', 'sarif'], dir);
    const sarif = JSON.parse(out.stdout) as {
      runs: {
        tool: { driver: { rules: { id: string; help?: { markdown?: string } }[] } };
        results: { ruleId: string; locations: { physicalLocation: { region: Record<string, number> } }[] }[];
      }[];
    };
    const run0 = sarif.runs[0];
    assert.ok(run0);
    const quote = run0.results.find(
      (result) =>
        result.ruleId === 'kustomization-schema' && result.locations[0]?.physicalLocation.region.startLine === 11,
    );
    assert.deepEqual(quote?.locations[0]?.physicalLocation.region, {
      startLine: 11,
      startColumn: 13,
      endLine: 11,
      endColumn: 16,
    });
    const rule = run0.tool.driver.rules.find((r) => r.id === 'kustomization-paths');
    assert.match(rule?.help?.markdown ?? '', /kustomize build/);
  });

  it('reports an images: entry no container of what it builds matches, the same with workers, renamed on request', () => {
    const dir = tempFolder();
    for (const folder of ['base', 'overlays/prod']) mkdirSync(path.join(dir, folder), { recursive: true });
    const container =
      'spec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/shop/web:1.0.0\n';
    writeFileSync(path.join(dir, 'base/kustomization.yaml'), `${HEAD}resources:\n  - deployment.yaml\n`);
    writeFileSync(path.join(dir, 'base/deployment.yaml'), `${DEPLOYMENT}${container}`);
    const overlay = `${HEAD}resources:\n  - ../../base\nimages:\n  - name: ghcr.io/shop/wbe\n    newTag: 1.4.2\n`;
    writeFileSync(path.join(dir, 'overlays/prod/kustomization.yaml'), overlay);
    const findings = (jobs: string): string[] =>
      (JSON.parse(run(['lint', '.', '--format', 'json', '--jobs', jobs], dir).stdout) as JsonReport).flatMap((file) =>
        file.findings
          .filter((f) => f.ruleId === 'kustomization-unmatched-image')
          .map((f) => `${file.file}:${f.range.start.line}`),
      );
    assert.deepEqual(findings('1'), ['overlays/prod/kustomization.yaml:5']);
    assert.deepEqual(findings('2'), findings('1'));
    // Given the overlay alone, the CLI reads the base it builds, as kustomize does.
    const alone = run(['lint', 'overlays/prod', '--format', 'json'], dir);
    const own = (JSON.parse(alone.stdout) as JsonReport).map((file) => [file.file, file.findings.map((f) => f.ruleId)]);
    assert.deepEqual(own, [['overlays/prod/kustomization.yaml', ['kustomization-unmatched-image']]]);
    const linted = run(['lint', '.', '--no-explain'], dir);
    assert.match(linted.stdout, /Its containers run "ghcr\.io\/shop\/web"\. Did you mean "ghcr\.io\/shop\/web"\?/);
    run(['lint', '.', '--fix'], dir);
    assert.equal(
      readFileSync(path.join(dir, 'overlays/prod/kustomization.yaml'), 'utf8'),
      overlay,
      'a guess: not safe',
    );
    run(['lint', '.', '--fix-unsafe'], dir);
    assert.match(
      readFileSync(path.join(dir, 'overlays/prod/kustomization.yaml'), 'utf8'),
      /- name: ghcr\.io\/shop\/web\n/,
    );
    assert.deepEqual(findings('1'), []);
  });

  it('holds a Component’s entries against the kustomizations including it, quiet where none is read', () => {
    const dir = tempFolder();
    for (const folder of ['components/pin', 'overlays/prod']) mkdirSync(path.join(dir, folder), { recursive: true });
    const container =
      'spec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/shop/web:1.0.0\n';
    const overlay = `${HEAD}resources:\n  - deployment.yaml\ncomponents:\n  - ../../components/pin\n`;
    writeFileSync(path.join(dir, 'overlays/prod/kustomization.yaml'), overlay);
    writeFileSync(path.join(dir, 'overlays/prod/deployment.yaml'), `${DEPLOYMENT}${container}`);
    const component =
      'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nimages:\n  - name: ghcr.io/shop/web\n    newTag: 1.4.2\n  - name: ghcr.io/shop/wbe\n    newTag: 1.4.2\n';
    writeFileSync(path.join(dir, 'components/pin/kustomization.yaml'), component);
    const findings = (args: string[], cwd = dir): string[] =>
      (JSON.parse(run(['lint', ...args, '--format', 'json'], cwd).stdout) as JsonReport).flatMap((file) =>
        file.findings
          .filter((f) => f.ruleId === 'kustomization-unmatched-image')
          .map((f) => `${file.file}:${f.range.start.line}`),
      );
    assert.deepEqual(findings(['.', '--jobs', '1']), ['components/pin/kustomization.yaml:5']);
    assert.deepEqual(findings(['.', '--jobs', '2']), findings(['.', '--jobs', '1']));
    // Linted alone, nothing read says which kustomizations include it (none lies above it).
    assert.deepEqual(findings(['components/pin']), []);
  });

  it('lists the kustomization rules', () => {
    const rules = JSON.parse(run(['rules', '--format', 'json'], tempFolder()).stdout) as {
      id: string;
      target: string;
    }[];
    const own = rules.filter((rule) => rule.target === 'kustomization').map((rule) => rule.id);
    assert.deepEqual(own, [
      'kustomization-schema',
      'kustomization-paths',
      'kustomization-deprecated-field',
      'kustomization-unmatched-image',
    ]);
  });
});
