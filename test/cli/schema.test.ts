import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { BAD_WIDGET, WIDGET_CRD } from '../support/widget-crd';
import { tempFolder } from '../support/temp-folder';

const CLI = path.join(__dirname, '../../dist/cli.js');

interface Report {
  file: string;
  findings: { ruleId: string; message: string }[];
}

function lintJson(cwd: string, args: string[]): { findings: Report['findings']; reports: Report[]; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'lint', ...args, '--format', 'json'], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const reports = JSON.parse(result.stdout) as Report[];
  return { findings: reports.flatMap((r) => r.findings), reports, stderr: result.stderr };
}

describe('cntutor lint with schemas', () => {
  it('validates custom resources with CRDs found among the linted files', () => {
    const dir = tempFolder('cntutor-crd-');
    writeFileSync(path.join(dir, 'crd.yaml'), WIDGET_CRD);
    writeFileSync(path.join(dir, 'widget.yaml'), BAD_WIDGET);
    const { findings } = lintJson(dir, ['.']);
    assert.ok(
      findings.some((f) => f.ruleId === 'kubernetes-schema' && /size/.test(f.message)),
      JSON.stringify(findings),
    );
  });

  it('reads CRDs named in the configuration file, and names a missing one on stderr', () => {
    const dir = tempFolder('cntutor-crd-');
    mkdirSync(path.join(dir, 'vendor-crds'));
    mkdirSync(path.join(dir, 'app'));
    writeFileSync(path.join(dir, 'vendor-crds', 'widget-crd.yaml'), WIDGET_CRD);
    writeFileSync(path.join(dir, 'app', 'widget.yaml'), BAD_WIDGET);
    writeFileSync(
      path.join(dir, '.cntutor.yaml'),
      'customResourceDefinitions:\n  - vendor-crds/*.yaml\n  - missing/crd.yaml\n',
    );
    const { findings, stderr } = lintJson(dir, ['app']);
    assert.ok(
      findings.some((f) => f.ruleId === 'kubernetes-schema'),
      JSON.stringify(findings),
    );
    assert.ok(!findings.some((f) => f.ruleId === 'unknown-custom-resource'));
    assert.match(stderr, /missing[\\/]crd\.yaml: matches no file/);
  });

  it('checks kustomize patches without asking for required fields, and leaves kustomization.yaml alone', () => {
    const dir = tempFolder('cntutor-kustomize-');
    writeFileSync(
      path.join(dir, 'kustomization.yaml'),
      'resources:\n  - deploy.yaml\npatches:\n  - path: replicas.yaml\n',
    );
    // A patch leaves out selector and template, but a misspelt field is still an error.
    writeFileSync(
      path.join(dir, 'replicas.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  replcas: 3\n',
    );
    const { reports } = lintJson(dir, ['.']);
    const schema = (file: string): string[] =>
      (reports.find((r) => r.file === file)?.findings ?? [])
        .filter((f) => f.ruleId === 'kubernetes-schema')
        .map((f) => f.message);
    assert.deepEqual(schema('kustomization.yaml'), []);
    assert.deepEqual(schema('replicas.yaml'), ['Unknown field "replcas" in DeploymentSpec; did you mean "replicas"?']);
  });
});
