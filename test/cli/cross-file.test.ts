import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempFolder } from '../support/temp-folder';

const CLI = path.join(__dirname, '../../dist/cli.js');

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: wbe
  ports:
    - port: 80
      targetPort: 8080
`;
const DEPLOYMENT = `apiVersion: apps/v1
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
          image: example.com/web:1.0.0
          ports:
            - containerPort: 8080
`;

function project(): string {
  const dir = tempFolder('cntutor-xfile-cli-');
  writeFileSync(path.join(dir, 'service.yaml'), SERVICE);
  writeFileSync(path.join(dir, 'deployment.yaml'), DEPLOYMENT);
  return dir;
}

interface JsonFinding {
  ruleId: string;
  message: string;
  fixable: boolean;
  fixSafety?: string;
  related?: { uri?: string; range: { start: { line: number; character: number } }; message: string }[];
}

describe('cntutor lint across files', () => {
  it('applies the cross-file checks to the files of a folder, with related locations in JSON', () => {
    const dir = project();
    const { stdout } = run(['lint', '.', '--format', 'json'], dir);
    const reports = JSON.parse(stdout) as { file: string; findings: JsonFinding[] }[];
    const service = reports.find((r) => r.file.endsWith('service.yaml'));
    const finding = service?.findings.find((f) => f.ruleId === 'service-selects-workload');
    assert.ok(finding, JSON.stringify(reports));
    assert.match(finding.message, /Deployment "web" has app=web\. A typo\?/);
    assert.equal(finding.fixSafety, 'unsafe');
    assert.equal(finding.related?.[0]?.uri, path.join(dir, 'deployment.yaml'));
    assert.deepEqual(finding.related?.[0]?.range.start, { line: 3, character: 8 });
  });

  it('sees only the files it is given', () => {
    const dir = project();
    const { stdout } = run(['lint', 'service.yaml', '--format', 'json'], dir);
    const reports = JSON.parse(stdout) as { findings: JsonFinding[] }[];
    assert.deepEqual(
      reports.flatMap((r) => r.findings.filter((f) => f.ruleId === 'service-selects-workload')),
      [],
      'with no workload in sight, the Service says nothing',
    );
  });

  it('shows where the other side is in text, and points at it in SARIF', () => {
    const dir = project();
    const text = run(['lint', '.', '--no-explain'], dir).stdout;
    assert.match(text, /service\.yaml:6:3: warning .+\[service-selects-workload\]/);
    assert.match(text, /See also: deployment\.yaml:4:9: pods of Deployment "web" carry app=web/);
    const sarif = JSON.parse(run(['lint', '.', '--format', 'sarif'], dir).stdout) as {
      runs: {
        results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    const result = sarif.runs[0]?.results.find((r) => r.ruleId === 'service-selects-workload');
    assert.match(result?.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri ?? '', /deployment\.yaml$/);
  });

  it('--fix-unsafe applies the cross-file fix', () => {
    const dir = project();
    run(['lint', '.', '--fix-unsafe'], dir);
    assert.match(readFileSync(path.join(dir, 'service.yaml'), 'utf8'), /selector:\n {4}app: web\n/);
    const { stdout } = run(['lint', '.', '--format', 'json'], dir);
    const reports = JSON.parse(stdout) as { findings: JsonFinding[] }[];
    assert.deepEqual(
      reports.flatMap((r) => r.findings.filter((f) => f.ruleId === 'service-selects-workload')),
      [],
    );
  });
});
