import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { stdinTarget } from '../../server/src/cli/stdin';
import { UsageError } from '../../server/src/cli/files';
import { folderWith } from '../support/temp-folder';

const CLI = path.join(__dirname, '../../dist/cli.js');

function run(args: string[], input: string, cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const DOCKERFILE = 'FROM alpine:3.20\nUSER 10001\nCMD app --serve\n';
/** What `helm template` prints: the bundled example's objects, each headed by the template it came from. */
const RENDERED = readFileSync(path.join(__dirname, '../../examples/k8s/web.yaml'), 'utf8')
  .split(/^---\n/m)
  .map((doc, i) => `---\n# Source: shop/templates/object-${i}.yaml\n${doc}`)
  .join('');

type JsonReport = { file: string; findings: { ruleId: string; range: { start: { line: number } } }[] }[];

describe('cntutor lint - (standard input)', () => {
  it('lints a piped Dockerfile, reported as <stdin>', () => {
    const { code, stdout } = run(['lint', '-', '--no-explain'], DOCKERFILE, folderWith({}, 'cntutor-stdin-'));
    assert.equal(code, 1);
    assert.match(stdout, /^<stdin>:3:5: warning .+\[exec-form-cmd\]/m);
    assert.match(stdout, /1 file\(s\) checked/);
  });

  it('finds in a rendered stream what it finds in the same text as a file, across its objects', () => {
    const dir = folderWith({ 'rendered.yaml': RENDERED }, 'cntutor-stdin-');
    const piped = JSON.parse(run(['lint', '-', '--format', 'json'], RENDERED, dir).stdout) as JsonReport;
    const file = JSON.parse(run(['lint', 'rendered.yaml', '--format', 'json'], '', dir).stdout) as JsonReport;
    assert.equal(piped[0]?.file, '<stdin>');
    assert.deepEqual(piped[0]?.findings, file[0]?.findings);
    const rules = new Set(piped[0]?.findings.map((f) => f.ruleId));
    // The Service selects no pod of the Deployment beside it in the stream: a cross-object finding.
    assert.ok(rules.has('service-selects-workload'), [...rules].join(', '));
    assert.ok(rules.has('no-latest-container-image'));
    assert.ok(RENDERED.includes('# Source: shop/templates/object-2.yaml\napiVersion: v1\nkind: Pod'));
  });

  it('names the template each finding of rendered Helm output came from, in the text output', () => {
    const { stdout } = run(['lint', '-', '--no-explain'], RENDERED, folderWith({}, 'cntutor-stdin-'));
    const lines = stdout.split('\n');
    const privileged = lines.find((line) => line.includes('[no-privileged-container]'));
    assert.match(privileged ?? '', /^<stdin>:\d+:\d+ \(rendered from shop\/templates\/object-0\.yaml\): error /);
    const naked = lines.find((line) => line.includes('[no-naked-pod]'));
    assert.match(naked ?? '', /^<stdin>:\d+:\d+ \(rendered from shop\/templates\/object-2\.yaml\): /);
    const korean = run(['lint', '-', '--no-explain', '--locale', 'ko'], RENDERED, folderWith({}, 'cntutor-stdin-'));
    assert.match(korean.stdout, /^<stdin>:\d+:\d+ \(shop\/templates\/object-2\.yaml에서 렌더링됨\): /m);
    // A piped Dockerfile, or YAML without the headers, is reported as it is.
    assert.doesNotMatch(run(['lint', '-'], DOCKERFILE, folderWith({}, 'cntutor-stdin-')).stdout, /rendered from/);
  });

  it('reads --stdin-filename for the name it reports and the kind it lints, and --kind over both', () => {
    const dir = folderWith({}, 'cntutor-stdin-');
    const named = run(['lint', '-', '--stdin-filename', 'api.Dockerfile', '--no-explain'], DOCKERFILE, dir);
    assert.match(named.stdout, /^api\.Dockerfile:3:5: warning/m);
    const sarif = JSON.parse(
      run(['lint', '-', '--stdin-filename', 'deploy/shop.yaml', '--format', 'sarif'], RENDERED, dir).stdout,
    ) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = new Set(sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris], ['deploy/shop.yaml']);
    // A Dockerfile under a YAML name is still read as a Dockerfile when --kind says so.
    const forced = run(
      ['lint', '-', '--stdin-filename', 'x.yaml', '--kind', 'dockerfile', '--no-explain'],
      DOCKERFILE,
      dir,
    );
    assert.match(forced.stdout, /^x\.yaml:3:5: warning .+\[exec-form-cmd\]/m);
  });

  it('applies the project configuration of the current folder', () => {
    const dir = folderWith({ '.cntutor.yaml': 'rules:\n  exec-form-cmd: off\n' }, 'cntutor-stdin-');
    const { stdout } = run(['lint', '-', '--format', 'json'], DOCKERFILE, dir);
    const rules = (JSON.parse(stdout) as JsonReport)[0]?.findings.map((f) => f.ruleId);
    assert.ok(rules && !rules.includes('exec-form-cmd'), String(rules));
  });

  it('says what it skipped when the input is neither, and exits 2', () => {
    const { code, stdout, stderr } = run(['lint', '-'], 'replicas: 3\n', folderWith({}, 'cntutor-stdin-'));
    assert.equal(code, 2);
    assert.match(stdout, /<stdin>: skipped — YAML without apiVersion and kind/);
    assert.match(stderr, /nothing to lint/);
  });

  it('refuses what cannot work with standard input, with exit code 2', () => {
    const dir = folderWith({ Dockerfile: DOCKERFILE }, 'cntutor-stdin-');
    const cases: [string[], RegExp][] = [
      [['lint', '-', 'Dockerfile'], /cannot be combined with other paths/],
      [['lint', '-', '--fix'], /write fixes back to files/],
      [['lint', '-', '--fix-unsafe'], /write fixes back to files/],
      [['lint', 'Dockerfile', '--stdin-filename', 'x'], /give - as the path/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = run(args, DOCKERFILE, dir);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message, args.join(' '));
    }
  });

  it('refuses a terminal rather than wait for typing', async () => {
    const terminal = Object.assign(Readable.from([]), { isTTY: true }) as unknown as NodeJS.ReadStream;
    await assert.rejects(
      stdinTarget(['-'], { name: undefined, kind: undefined, fixing: false }, terminal),
      (error: unknown) => error instanceof UsageError && /is a terminal/.test(error.message),
    );
    const pipe = Readable.from([Buffer.from('FROM alpine:3.20\n')]) as unknown as NodeJS.ReadStream;
    const target = await stdinTarget(['-'], { name: undefined, kind: undefined, fixing: false }, pipe);
    assert.deepEqual(target, { file: '<stdin>', explicit: true, text: 'FROM alpine:3.20\n', language: 'dockerfile' });
  });

  it("reports rendered Helm output's findings on the chart's templates, at the line each came from", () => {
    const fixtures = path.join(__dirname, '../fixtures/helm');
    const stream = readFileSync(path.join(fixtures, 'rendered.yaml'), 'utf8');
    const json = run(['lint', '-', '--format', 'json'], stream, fixtures);
    assert.equal(json.code, 1, json.stderr);
    const reports = JSON.parse(json.stdout) as JsonReport;
    assert.deepEqual(
      reports.map((r) => [r.file, r.findings.length]),
      [
        ['<stdin>', 0],
        [path.join('shop', 'templates', 'service.yaml'), 1],
        [path.join('shop', 'templates', 'deployment.yaml'), 12],
      ],
    );
    const at = (rule: string): string => {
      const report = reports.find((r) => r.findings.some((f) => f.ruleId === rule));
      const finding = report?.findings.find((f) => f.ruleId === rule) as JsonReport[number]['findings'][number] & {
        range: { start: { character: number } };
      };
      return `${path.basename(report?.file ?? '')}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
    };
    // `privileged: true` came from values through `{{- toYaml .Values.securityContext | nindent 12 }}`.
    assert.equal(at('no-privileged-container'), 'deployment.yaml:24:13');
    assert.equal(at('service-selects-workload'), 'service.yaml:14:3');
    assert.equal(at('multiple-replicas'), 'deployment.yaml:8:13');
    const text = run(['lint', '-', '--no-explain'], stream, fixtures).stdout;
    assert.match(text, /^shop\/templates\/deployment\.yaml:24:13: error .+\[no-privileged-container\]$/m);
    assert.match(text, /^ {2}See also: shop\/templates\/deployment\.yaml:4:9: pods of Deployment/m);
    assert.match(text, /^1 file\(s\) checked: 1 error/m);
    // From another folder, --chart says where the chart is; without it the stream keeps its findings.
    const parent = path.dirname(fixtures);
    const named = run(['lint', '-', '--no-explain', '--chart', 'helm/shop'], stream, parent).stdout;
    assert.match(named, /^helm\/shop\/templates\/service\.yaml:14:3: warning/m);
    assert.match(run(['lint', '-', '--no-explain'], stream, parent).stdout, /^<stdin>:17:3 \(rendered from shop/m);
    const sarif = JSON.parse(run(['lint', '-', '--format', 'sarif'], stream, fixtures).stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = new Set(sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].sort(), ['shop/templates/deployment.yaml', 'shop/templates/service.yaml']);
    for (const args of [
      ['lint', '-', '--chart', 'nowhere'],
      ['lint', '.', '--chart', 'helm/shop'],
    ]) {
      const refused = run(args, stream, parent);
      assert.equal(refused.code, 2, args.join(' '));
      assert.match(refused.stderr, /--chart/);
    }
  });
});
