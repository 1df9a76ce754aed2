import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { folderWith } from '../support/temp-folder';
import { jsonFindings, runCli as run } from '../support/run-cli';

/** `build` is left out at the repository's root, but `api` is built in a context of its own. */
const API_DOCKERFILE = `${'# the API image\n'.repeat(40)}FROM node:22.11-alpine3.20
WORKDIR /app
COPY build/ ./build/
COPY . .
USER node
CMD ["node", "build/server.js"]
`;
const COMPOSE = `${'# the shop, built and run on a developer machine\n'.repeat(60)}services:
  api:
    image: shop/api:1.0
    build: ./api
    restart: unless-stopped
`;

const configMap = (i: number): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${i}\n  namespace: shop\ndata:\n  level: info\n`;

function project(files: Record<string, string> = {}): string {
  const manifests = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`k8s/settings-${i}.yaml`, configMap(i)]));
  return folderWith({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.dockerignore': 'build\nnode_modules\n',
    'api/Dockerfile': API_DOCKERFILE,
    ...manifests,
    ...files,
  });
}

const dockerignoreRules = (stdout: string, file: string): string[] =>
  (JSON.parse(stdout) as { file: string; findings: { ruleId: string }[] }[])
    .filter((report) => report.file.endsWith(file))
    .flatMap((report) => report.findings.map((finding) => finding.ruleId))
    .filter((rule) => rule === 'copy-ignored-file' || rule === 'dockerignore-for-context');

describe('the build context a Compose file or skaffold gives a Dockerfile', () => {
  it('judges the .dockerignore at its root, whichever worker read the Compose file', () => {
    const alone = project();
    const convention = run(['lint', '.', '--format', 'json'], alone);
    assert.deepEqual(dockerignoreRules(convention.stdout, 'api/Dockerfile'), ['copy-ignored-file']);

    const dir = project({ 'compose.yaml': COMPOSE });
    const single = run(['lint', '.', '--jobs', '1', '--format', 'json'], dir);
    assert.deepEqual(dockerignoreRules(single.stdout, 'api/Dockerfile'), ['dockerignore-for-context']);
    const message = jsonFindings(single.stdout).find((f) => f.ruleId === 'dockerignore-for-context')?.message;
    assert.match(message ?? '', /no \.dockerignore/);
    // The Compose file (largest) and the Dockerfile (next) go to different workers: the Dockerfile is
    // linted before its worker sees the context, and judged again once the index is whole.
    const workers = run(['lint', '.', '--jobs', '2', '--format', 'json'], dir);
    assert.equal(workers.stdout, single.stdout);
    // Named alone, the Dockerfile is still built by the Compose file above it.
    const named = run(['lint', 'api/Dockerfile', '--format', 'json'], dir);
    assert.deepEqual(dockerignoreRules(named.stdout, 'api/Dockerfile'), ['dockerignore-for-context']);
    const fixed = run(['lint', 'api/Dockerfile', '--fix', '--format', 'json'], dir);
    assert.deepEqual(dockerignoreRules(fixed.stdout, 'api/Dockerfile'), ['dockerignore-for-context']);
  });

  it("takes skaffold's context, and a context at the root over a nearer .dockerignore", () => {
    const dir = folderWith({
      '.git/HEAD': '',
      '.dockerignore': '.git\nnode_modules\n',
      'docker/.dockerignore': 'dist\n',
      'docker/Dockerfile': 'FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY dist/ /usr/share/nginx/html/\n',
      'skaffold.yaml':
        'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: shop/web\n      docker:\n        dockerfile: docker/Dockerfile\n',
    });
    const linted = run(['lint', 'docker/Dockerfile', '--format', 'json'], dir);
    assert.deepEqual(dockerignoreRules(linted.stdout, 'docker/Dockerfile'), []);
    // skaffold sends the repository as the context; the docker/ folder's own .dockerignore does not apply.
    writeFileSync(path.join(dir, 'docker/Dockerfile'), 'FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY . /srv/\n');
    rmSync(path.join(dir, '.dockerignore'));
    const stray = run(['lint', 'docker/Dockerfile', '--format', 'json'], dir);
    assert.match(
      jsonFindings(stray.stdout).find((f) => f.ruleId === 'dockerignore-for-context')?.message ?? '',
      /the \.dockerignore beside this Dockerfile does not apply/,
    );
    writeFileSync(
      path.join(dir, 'docker/Dockerfile'),
      'FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY dist/ /srv/\n',
    );
    rmSync(path.join(dir, 'skaffold.yaml'));
    const nearest = run(['lint', 'docker/Dockerfile', '--format', 'json'], dir);
    assert.deepEqual(dockerignoreRules(nearest.stdout, 'docker/Dockerfile'), ['copy-ignored-file']);
  });
});
