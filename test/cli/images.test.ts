import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { folderWith } from '../support/temp-folder';
import { DEPLOYMENT, SKAFFOLD } from '../support/linked-image';
import { jsonFindings, runCli as run } from '../support/run-cli';

const DOCKERFILE =
  'FROM python:3.12-slim\nRUN useradd -u 10001 -m app\nEXPOSE 8080 9090/udp\nHEALTHCHECK CMD ["curl", "-f", "http://localhost:8080/healthz"]\nUSER app\n';

describe('cntutor images lists the links the cross-file rules use', () => {
  it('names the Dockerfile, where the link is stated, what the image sets and which containers run it', () => {
    const dir = folderWith({
      'skaffold.yaml': SKAFFOLD,
      'services/web/Dockerfile': DOCKERFILE,
      'k8s/web.yaml': DEPLOYMENT,
    });
    const json = run(['images', 'k8s', '--format', 'json'], dir);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual((JSON.parse(json.stdout) as { links: unknown }).links, [
      {
        repository: 'registry.example.com/shop/web',
        dockerfile: path.join('services', 'web', 'Dockerfile'),
        statedIn: [
          {
            file: 'skaffold.yaml',
            line: 5,
            column: 14,
            dockerfile: path.join('services', 'web', 'Dockerfile'),
            from: 'skaffold',
          },
        ],
        image: {
          base: 'python:3.12-slim',
          user: 'app',
          uid: 10001,
          exposed: ['8080/tcp', '9090/udp'],
          healthcheck: 'curl -f http://localhost:8080/healthz',
        },
        usedBy: [
          {
            file: path.join('k8s', 'web.yaml'),
            line: 16,
            column: 18,
            object: 'Deployment/web',
            container: 'web',
            image: 'registry.example.com/shop/web:1.4.2',
          },
        ],
      },
    ]);
    const text = run(['images', 'k8s', '--locale', 'ko'], dir);
    assert.match(text.stdout, /^registry\.example\.com\/shop\/web → services\/web\/Dockerfile\n/);
    assert.match(text.stdout, /\n {2}USER app \(uid 10001\)\n {2}EXPOSE 8080\/tcp 9090\/udp\n/);
    assert.match(text.stdout, /\n {2}사용하는 곳 Deployment\/web "web" \(k8s\/web\.yaml:16:18\)\n/);
  });

  it('says why a link gives the rules nothing: an unreadable Dockerfile, statements that disagree, no links at all', () => {
    const other = SKAFFOLD.replace('context: services/web', 'context: services/other');
    const dir = folderWith({
      'skaffold.yaml': SKAFFOLD,
      'deploy/skaffold.yaml': other,
      'deploy/web.yaml': DEPLOYMENT,
    });
    const result = run(['images', 'deploy', '--format', 'json'], dir);
    assert.equal(result.code, 0, result.stderr);
    const [entry] = (JSON.parse(result.stdout) as { links: { dockerfile?: string; statedIn: unknown[] }[] }).links;
    assert.equal(entry?.dockerfile, undefined, 'two skaffold files name different Dockerfiles: neither is used');
    assert.equal(entry?.statedIn.length, 2);
    assert.match(run(['images', 'deploy'], dir).stdout, /→ no Dockerfile: the statements below disagree\n/);

    const unread = folderWith({ 'skaffold.yaml': SKAFFOLD, 'k8s/web.yaml': DEPLOYMENT });
    const missing = run(['images', 'k8s'], unread);
    assert.match(missing.stdout, /\n {2}the Dockerfile could not be read\n/);
    assert.match(
      missing.stderr,
      /services\/web\/Dockerfile: is named as the Dockerfile of an image, but cannot be read \(ENOENT\)/,
    );

    const none = run(['images', '.'], folderWith({ 'k8s/web.yaml': DEPLOYMENT, 'app/Dockerfile': DOCKERFILE }));
    assert.equal(none.code, 0);
    assert.equal(
      none.stdout,
      [
        'No image links: state them with `images:` in .cntutor.yaml, skaffold.yaml artifacts, `docker/build-push-action` steps of GitHub Actions workflows, or Compose services with both `build` and `image`.',
        '',
        'Dockerfiles no link names (add them to `images:` in .cntutor.yaml):',
        '  app/Dockerfile',
        'Container images no link names:',
        '  registry.example.com/shop/web:1.4.2 (k8s/web.yaml:16:18)',
        '',
      ].join('\n'),
    );
    assert.equal(run(['images', '--format', 'sarif'], unread).code, 2);

    const targeted = folderWith({
      'skaffold.yaml': `${SKAFFOLD}      docker:\n        target: debug\n`,
      'services/web/Dockerfile': DOCKERFILE,
      'k8s/web.yaml': DEPLOYMENT,
    });
    const stage = run(['images', 'k8s'], targeted).stdout;
    assert.match(stage, /→ services\/web\/Dockerfile \(--target debug\)\n/);
    assert.match(stage, /\n {2}the Dockerfile has no stage named debug: the build fails\n/);
  });

  it('reads the images a Compose file builds, and the cross-file rules judge the manifests with them', () => {
    const dir = folderWith({
      'compose.yaml':
        'services:\n  web:\n    build: ./services/web\n    image: registry.example.com/shop/web:${TAG:-dev}\n',
      'services/web/Dockerfile': DOCKERFILE,
      'k8s/web.yaml': DEPLOYMENT,
    });
    const json = run(['images', 'k8s', '--format', 'json'], dir);
    assert.equal(json.code, 0, json.stderr);
    const links = (JSON.parse(json.stdout) as { links: { statedIn: unknown[] }[] }).links;
    assert.deepEqual(links[0]?.statedIn, [
      {
        file: 'compose.yaml',
        line: 4,
        column: 12,
        dockerfile: path.join('services', 'web', 'Dockerfile'),
        from: 'compose',
      },
    ]);
    const lint = run(['lint', 'k8s', '--format', 'json'], dir);
    const ports = jsonFindings(lint.stdout).find((f) => f.ruleId === 'image-port-declared');
    assert.match(
      ports?.message ?? '',
      /built by services\/web\/Dockerfile, exposes ports 8080, 9090\/udp/,
      lint.stdout,
    );
  });

  it('lists the Dockerfiles Compose services build without naming an image, apart from the unlinked ones', () => {
    const dir = folderWith({
      'compose.yaml': 'services:\n  web:\n    build: ./web\n  api:\n    build: ./api\n    image: shop/api:1\n',
      'web/Dockerfile': DOCKERFILE,
      'api/Dockerfile': DOCKERFILE,
      'tools/Dockerfile': DOCKERFILE,
    });
    const json = run(['images', '.', '--format', 'json'], dir);
    const report = JSON.parse(json.stdout) as {
      composeBuilds: { dockerfile: string; builtBy: string[] }[];
      unlinked: { dockerfiles: string[] };
    };
    assert.deepEqual(report.composeBuilds, [{ dockerfile: path.join('web', 'Dockerfile'), builtBy: ['compose.yaml'] }]);
    assert.deepEqual(report.unlinked.dockerfiles, [path.join('tools', 'Dockerfile')]);
    assert.match(run(['images', '.', '--locale', 'ko'], dir).stdout, /web\/Dockerfile \(compose\.yaml에서 빌드\)/);
  });
});
