import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { folderWith, tempFolder } from '../support/temp-folder';
import { BAD_WIDGET, WIDGET_CRD } from '../support/widget-crd';

const CLI = path.join(__dirname, '../../dist/cli.js');
const ROOT = path.join(__dirname, '../..');

/** A project of 30 files: the examples and the end-to-end fixtures, and Services whose Deployments sit in other files. */
function project(): string {
  const dir = tempFolder('cntutor-jobs-');
  cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
  cpSync(path.join(ROOT, 'test/e2e/workspace'), path.join(dir, 'workspace'), { recursive: true });
  for (let i = 0; i < 12; i++) {
    const app = `app-${i}`;
    writeFileSync(
      path.join(dir, `${app}-deployment.yaml`),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\nspec:\n  replicas: 2\n  selector:\n    matchLabels: { app: ${app} }\n  template:\n    metadata:\n      labels: { app: ${app} }\n    spec:\n      containers:\n        - name: ${app}\n          image: registry.example.com/${app}:1.${i}.0\n          ports:\n            - containerPort: 8080\n`,
    );
    // Every third Service misses its Deployment by a typo, so cross-file findings must agree too.
    const selects = i % 3 === 0 ? `${app}x` : app;
    writeFileSync(
      path.join(dir, `${app}-service.yaml`),
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}\nspec:\n  selector: { app: ${selects} }\n  ports:\n    - port: 80\n      targetPort: 8080\n`,
    );
  }
  return dir;
}

function lint(dir: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  // SARIF of this project is over spawnSync's default 1 MB buffer, past which the output is cut short.
  const result = spawnSync(process.execPath, [CLI, 'lint', '.', ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function contents(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  }
  return files;
}

describe('lint --jobs', () => {
  it('gives the same output in every format whether one thread lints or several', () => {
    const dir = project();
    for (const format of ['json', 'text', 'sarif']) {
      const one = lint(dir, ['--format', format, '--no-explain', '--jobs', '1']);
      const three = lint(dir, ['--format', format, '--no-explain', '--jobs', '3']);
      assert.equal(three.code, one.code, format);
      assert.equal(three.stdout, one.stdout, format);
      assert.equal(three.stderr, one.stderr, format);
    }
    const reports = JSON.parse(lint(dir, ['--format', 'json', '--jobs', '3']).stdout) as {
      file: string;
      findings: { ruleId: string }[];
    }[];
    assert.ok(reports.length >= 30);
    const missed = reports.filter(
      (r) => /app-\d+-service/.test(r.file) && r.findings.some((f) => f.ruleId === 'service-selects-workload'),
    );
    assert.equal(missed.length, 4, 'the cross-file findings are there');
  });

  it('fixes the same files the same way', () => {
    const one = project();
    const three = path.join(tempFolder('cntutor-jobs-'), 'copy');
    cpSync(one, three, { recursive: true });
    const a = lint(one, ['--fix-unsafe', '--format', 'json', '--jobs', '1']);
    const b = lint(three, ['--fix-unsafe', '--format', 'json', '--jobs', '3']);
    // Related places in other files are named by absolute path: the two copies' folders differ.
    assert.equal(b.stdout.replaceAll(three, '<project>'), a.stdout.replaceAll(one, '<project>'));
    assert.deepEqual(contents(three), contents(one));
  });

  it('joins what each worker indexed: CRDs, patches and unreadable CRDs in other files, configured CRDs', () => {
    const dir = folderWith({
      '.cntutor.yaml': 'customResourceDefinitions:\n  - vendor/*.yaml\n  - missing/crd.yaml\n',
      'vendor/widget-crd.yaml': WIDGET_CRD,
      'app/crd.yaml': WIDGET_CRD.replace(/widgets/g, 'gadgets').replace(/Widget/g, 'Gadget'),
      'app/broken-crd.yaml':
        'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: x\n',
      'app/widget.yaml': BAD_WIDGET,
      'app/gadget.yaml': BAD_WIDGET.replace(/Widget/g, 'Gadget'),
      'app/kustomization.yaml': 'resources:\n  - deploy-0.yaml\npatches:\n  - path: replicas.yaml\n',
      'app/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n',
      ...Object.fromEntries(
        Array.from({ length: 24 }, (_, i) => [
          `app/deploy-${i}.yaml`,
          `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-${i}\nspec:\n  selector:\n    matchLabels: {app: web-${i}}\n  template:\n    metadata:\n      labels: {app: web-${i}}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n`,
        ]),
      ),
    });
    const run = (jobs: string): { code: number | null; stdout: string; stderr: string } => {
      const result = spawnSync(process.execPath, [CLI, 'lint', 'app', '--format', 'json', '--jobs', jobs], {
        cwd: dir,
        encoding: 'utf8',
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    const one = run('1');
    const four = run('4');
    assert.deepEqual(four, one);
    assert.match(one.stderr, /missing[\\/]crd\.yaml: matches no file/);
    assert.match(one.stderr, /broken-crd\.yaml: a CustomResourceDefinition in this file cannot be read/);
    const reports = JSON.parse(one.stdout) as { file: string; findings: { ruleId: string; message: string }[] }[];
    const rules = (file: string): string[] =>
      (reports.find((r) => r.file === file)?.findings ?? []).map((f) => f.ruleId);
    for (const file of ['app/widget.yaml', 'app/gadget.yaml']) {
      assert.ok(rules(file).includes('kubernetes-schema'), `${file}: ${rules(file).join(', ')}`);
      assert.ok(!rules(file).includes('unknown-custom-resource'), file);
    }
    // A patch is not asked for the selector and template a whole Deployment needs.
    assert.ok(!rules('app/replicas.yaml').includes('kubernetes-schema'), rules('app/replicas.yaml').join(', '));
  });

  it('refuses a count that is not a whole number from 1', () => {
    const bad = lint(project(), ['--jobs', '0']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--jobs must be a whole number from 1/);
  });
});
