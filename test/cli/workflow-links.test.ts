import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEPLOYMENT } from '../support/linked-image';
import { folderWith } from '../support/temp-folder';
import { jsonFindings, runCli as run } from '../support/run-cli';

const WORKFLOW = `name: release
on: push
env:
  REGISTRY: registry.example.com
jobs:
  web:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          context: ./web
          push: true
          tags: \${{ env.REGISTRY }}/shop/web:\${{ github.sha }}
`;
const DOCKERFILE =
  'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js .\nUSER node\nEXPOSE 3000\nCMD ["node", "server.js"]\n';

describe('a GitHub Actions workflow that builds the image a manifest runs', () => {
  it('links the image to the Dockerfile its build step names, from the repository root', () => {
    const configMaps = Object.fromEntries(
      Array.from({ length: 16 }, (_, i) => [
        `deploy/k8s/config-${i}.yaml`,
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-${i}\ndata:\n  a: b\n`,
      ]),
    );
    // Enough files that --jobs 2 shares them out among two workers.
    const dir = folderWith({
      '.git/HEAD': '',
      '.github/workflows/release.yml': WORKFLOW,
      'web/Dockerfile': DOCKERFILE,
      'deploy/k8s/web.yaml': DEPLOYMENT,
      ...configMaps,
    });
    const linted = run(['lint', 'deploy/k8s', '--format', 'json'], dir);
    const user = jsonFindings(linted.stdout).find((f) => f.ruleId === 'image-user-matches');
    assert.match(user?.message ?? '', /built by web\/Dockerfile to run as the user name "node"/);
    const statement = user?.related?.find((r) => r.uri === path.join(dir, '.github/workflows/release.yml'));
    assert.match(
      statement?.message ?? '',
      /where registry\.example\.com\/shop\/web is said to be built by this Dockerfile/,
    );
    assert.equal((statement as { range?: { start: { line: number } } } | undefined)?.range?.start.line, 13);

    const images = run(['images', 'deploy/k8s', '--format', 'json'], dir);
    const links = (
      JSON.parse(images.stdout) as {
        links: { repository: string; dockerfile: string; statedIn: { from: string; file: string }[] }[];
      }
    ).links;
    assert.deepEqual(
      links.map((link) => [link.repository, link.dockerfile, link.statedIn[0]?.from, link.statedIn[0]?.file]),
      [['registry.example.com/shop/web', 'web/Dockerfile', 'workflow', '.github/workflows/release.yml']],
    );

    // A whole-repository run reads the workflow as a linted file, with one thread or two.
    const single = run(['lint', '.', '--format', 'json', '--jobs', '1'], dir);
    assert.ok(jsonFindings(single.stdout).some((f) => f.ruleId === 'image-user-matches'));
    assert.equal(run(['lint', '.', '--format', 'json', '--jobs', '2'], dir).stdout, single.stdout);
  });

  it('leaves a repository of another checkout alone', () => {
    const dir = folderWith({
      'ci/.git/HEAD': '',
      '.github/workflows/release.yml': WORKFLOW,
      'web/Dockerfile': DOCKERFILE,
      'ci/k8s/web.yaml': DEPLOYMENT,
    });
    const linted = run(['lint', 'ci/k8s', '--format', 'json'], dir);
    assert.ok(!jsonFindings(linted.stdout).some((f) => f.ruleId === 'image-user-matches'), linted.stdout);
  });

  it("reads github.repository from the checkout's origin, as GitHub's starter workflow writes the image", () => {
    const starter = WORKFLOW.replace(
      'REGISTRY: registry.example.com',
      'REGISTRY: registry.example.com\n  IMAGE_NAME: ${{ github.repository }}',
    ).replace('${{ env.REGISTRY }}/shop/web', '${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}');
    const files = {
      '.github/workflows/release.yml': starter,
      'web/Dockerfile': DOCKERFILE,
      'deploy/k8s/web.yaml': DEPLOYMENT,
    };
    const cloned = folderWith({
      ...files,
      '.git/config': '[remote "origin"]\n\turl = https://github.com/shop/web.git\n',
    });
    assert.ok(
      jsonFindings(run(['lint', 'deploy/k8s', '--format', 'json'], cloned).stdout).some(
        (f) => f.ruleId === 'image-user-matches',
      ),
    );
    const other = folderWith({
      ...files,
      '.git/config': '[remote "origin"]\n\turl = https://gitlab.com/shop/web.git\n',
    });
    assert.ok(
      !jsonFindings(run(['lint', 'deploy/k8s', '--format', 'json'], other).stdout).some(
        (f) => f.ruleId === 'image-user-matches',
      ),
    );
  });

  it("links each combination of a job's matrix to the Dockerfile it builds", () => {
    const matrix = `jobs:
  images:
    strategy:
      matrix:
        service: [web, api]
    steps:
      - uses: docker/build-push-action@v6
        with:
          context: services/\${{ matrix.service }}
          tags: registry.example.com/shop/\${{ matrix.service }}:\${{ github.sha }}
`;
    const dir = folderWith({
      '.git/HEAD': '',
      '.github/workflows/images.yml': matrix,
      'services/web/Dockerfile': DOCKERFILE,
      'services/api/Dockerfile': 'FROM alpine:3.20\nUSER 0\nCMD ["api"]\n',
      'deploy/k8s/web.yaml': DEPLOYMENT,
      'deploy/k8s/api.yaml': DEPLOYMENT.replace(/web/g, 'api'),
    });
    const findings = jsonFindings(run(['lint', 'deploy/k8s', '--format', 'json'], dir).stdout).filter(
      (f) => f.ruleId === 'image-user-matches',
    );
    assert.deepEqual(
      findings.map((f) => [/Container "(\w+)"/.exec(f.message)?.[1], /built by (\S+)/.exec(f.message)?.[1]]),
      [
        ['api', 'services/api/Dockerfile'],
        ['web', 'services/web/Dockerfile'],
      ],
    );
  });
});
