import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  DEPLOYMENT,
  EXPOSING_DOCKERFILE,
  linkedProject,
  SERVICE,
  SERVING_DEPLOYMENT,
  SKAFFOLD,
} from '../support/linked-image';
import { jsonFindings, runCli as run, type JsonFinding } from '../support/run-cli';

const RULE = 'image-user-matches';

const DOCKERFILE = 'FROM python:3.12-slim\nRUN useradd -u 10001 -m app\nUSER app\nCMD ["python", "app.py"]\n';

/** A project whose skaffold.yaml links the Deployment's image to its Dockerfile. */
const project = (more: Record<string, string> = {}): string =>
  linkedProject({ 'services/web/Dockerfile': DOCKERFILE, 'k8s/web.yaml': DEPLOYMENT, ...more }, 'cntutor-images-');

type Finding = JsonFinding & { severity: string; range: { start: { line: number } } };

const findingsOf = (stdout: string, rule = RULE): Finding[] =>
  (jsonFindings(stdout) as Finding[]).filter((f) => f.ruleId === rule);

describe('cntutor lint pairs manifests with the Dockerfiles links name', () => {
  it('reports a named USER under runAsNonRoot, the same with one thread or two, in every format', () => {
    const dir = project();
    for (const format of ['json', 'text', 'sarif']) {
      const one = run(['lint', '.', '--format', format, '--no-explain', '--jobs', '1'], dir);
      const two = run(['lint', '.', '--format', format, '--no-explain', '--jobs', '2'], dir);
      assert.equal(two.code, one.code, format);
      assert.equal(two.stdout, one.stdout, format);
      assert.equal(two.stderr, one.stderr, format);
    }
    const found = findingsOf(run(['lint', '.', '--format', 'json', '--jobs', '2'], dir).stdout);
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? '', /user name "app", which the kubelet cannot verify/);
    assert.deepEqual(
      found[0]?.related?.map((r) => r.uri),
      [path.join(dir, 'services/web/Dockerfile'), path.join(dir, 'skaffold.yaml')],
    );
    const text = run(['lint', '.', '--no-explain'], dir).stdout;
    assert.match(text, /See also: services\/web\/Dockerfile:3:1: the USER of image registry\.example\.com\/shop\/web/);
    const sarif = JSON.parse(run(['lint', '.', '--format', 'sarif'], dir).stdout) as {
      runs: { results: { ruleId: string; relatedLocations?: unknown[] }[] }[];
    };
    assert.equal(sarif.runs[0]?.results.find((r) => r.ruleId === RULE)?.relatedLocations?.length, 2);
  });

  it('finds the skaffold.yaml above the linted folder, and reads a linked Dockerfile it was not given', () => {
    const dir = project();
    assert.equal(findingsOf(run(['lint', 'k8s', '--format', 'json'], dir).stdout).length, 1);
  });

  it('follows the Dockerfile as --fix leaves it, and writes runAsUser with --fix-unsafe', () => {
    const dir = project();
    run(['lint', '.', '--fix-unsafe', '--jobs', '2'], dir);
    assert.match(readFileSync(path.join(dir, 'k8s/web.yaml'), 'utf8'), /\n {12}runAsUser: 10001\n/);
    assert.deepEqual(findingsOf(run(['lint', '.', '--format', 'json'], dir).stdout), []);
  });

  it('takes links from images: in .cntutor.yaml, and refuses a bad entry with exit 2', () => {
    const dir = project({
      'skaffold.yaml': 'kind: Nothing\n',
      '.cntutor.yaml': 'images:\n  registry.example.com/shop/web: services/web/Dockerfile\n',
    });
    assert.equal(findingsOf(run(['lint', '.', '--format', 'json'], dir).stdout).length, 1);
    const bad = project({ '.cntutor.yaml': 'images:\n  registry.example.com/shop/web: 3\n' });
    const { code, stderr } = run(['lint', '.'], bad);
    assert.equal(code, 2);
    assert.match(
      stderr,
      /\.cntutor\.yaml:2:34: images: "registry\.example\.com\/shop\/web" must name its Dockerfile by a path/,
    );
  });

  it('survives bad link files and Dockerfiles: no crash, no finding, a note for a file that is missing', () => {
    const dir = project({
      'skaffold.yaml': `${SKAFFOLD}    - image: registry.example.com/shop/gone\n      context: nowhere\n---\n- not a map\n`,
      'other/skaffold.yaml': 'apiVersion: skaffold/v4beta11\nkind: Config\nbuild: [artifacts]\n',
      'services/web/Dockerfile': '\u0000\u0001FROM\n\\\nUSER\n',
    });
    for (const jobs of ['1', '2']) {
      const { code, stdout, stderr } = run(['lint', '.', '--format', 'json', '--jobs', jobs], dir);
      assert.equal(code, 1, stderr);
      assert.deepEqual(findingsOf(stdout), []);
      assert.match(
        stderr,
        /nowhere[\\/]Dockerfile: is named as the Dockerfile of an image, but cannot be read \(ENOENT\)/,
      );
      assert.doesNotMatch(stderr, /internal error/);
    }
  });
});

describe('cntutor lint holds the ports of a container against the EXPOSE of its image', () => {
  const PORTS = 'image-port-declared';
  const served = (): string =>
    project({
      'services/web/Dockerfile': EXPOSING_DOCKERFILE,
      'k8s/web.yaml': SERVING_DEPLOYMENT,
      'k8s/service.yaml': SERVICE,
    });

  it('reports the ports the image exposes and the one the Service and the probe use that it does not, in one thread or two', () => {
    const dir = served();
    const one = run(['lint', '.', '--format', 'json', '--jobs', '1'], dir);
    const two = run(['lint', '.', '--format', 'json', '--jobs', '2'], dir);
    assert.equal(two.stdout, one.stdout);
    const found = findingsOf(two.stdout, PORTS);
    assert.deepEqual(
      found.map((f) => [f.severity, f.range.start.line]),
      [
        ['info', 15],
        ['warning', 18],
      ],
    );
    assert.match(found[0]?.message ?? '', /exposes ports 8080, 9090, which the container does not declare/);
    assert.match(
      found[1]?.message ?? '',
      /declares port 8000, used by Service "web", the readinessProbe, but its image/,
    );
    assert.deepEqual(
      found[1]?.related?.map((r) => [r.uri, r.message]),
      [
        [path.join(dir, 'services/web/Dockerfile'), 'EXPOSE 8080 in image registry.example.com/shop/web'],
        [path.join(dir, 'services/web/Dockerfile'), 'EXPOSE 9090 in image registry.example.com/shop/web'],
        [path.join(dir, 'skaffold.yaml'), 'where registry.example.com/shop/web is said to be built by this Dockerfile'],
        [path.join(dir, 'k8s/service.yaml'), 'Service "web" sends its port 80 here'],
        [undefined, 'the readinessProbe checks this port'],
      ],
    );
  });

  it('declares the exposed ports with --fix-unsafe only, keeping the warning a person must settle', () => {
    const dir = served();
    run(['lint', '.', '--fix'], dir);
    assert.equal(readFileSync(path.join(dir, 'k8s/web.yaml'), 'utf8'), SERVING_DEPLOYMENT);
    run(['lint', '.', '--fix-unsafe', '--jobs', '2'], dir);
    assert.match(
      readFileSync(path.join(dir, 'k8s/web.yaml'), 'utf8'),
      / {14}containerPort: 8000\n {12}- containerPort: 8080\n {12}- containerPort: 9090\n {10}readinessProbe:/,
    );
    const left = findingsOf(run(['lint', '.', '--format', 'json'], dir).stdout, PORTS);
    assert.deepEqual(
      left.map((f) => f.severity),
      ['warning'],
    );
  });
});
