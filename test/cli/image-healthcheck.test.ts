import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEPLOYMENT, HEALTHCHECK_DOCKERFILE, linkedProject } from '../support/linked-image';
import { jsonFindings as findings, runCli as run } from '../support/run-cli';

/** The Deployment with its container's port declared, so the probe can be an httpGet. */
const WITH_PORT = `${DEPLOYMENT}          ports:\n            - containerPort: 8080\n`;

/** The project of the image-link tests, its Dockerfile with a HEALTHCHECK. */
const project = (): string =>
  linkedProject(
    { 'services/web/Dockerfile': HEALTHCHECK_DOCKERFILE, 'k8s/web.yaml': WITH_PORT },
    'cntutor-healthcheck-',
  );

describe('cntutor lint holds a container without a liveness probe against its image’s HEALTHCHECK', () => {
  it('names the check and the Dockerfile, the same with one thread or two', () => {
    const dir = project();
    const one = run(['lint', '.', '--format', 'json', '--jobs', '1'], dir);
    const two = run(['lint', '.', '--format', 'json', '--jobs', '2'], dir);
    assert.equal(two.stdout, one.stdout);
    const found = findings(one.stdout).filter((f) => f.ruleId === 'liveness-probe');
    assert.equal(found.length, 1);
    assert.match(
      found[0]?.message ?? '',
      /does not run the HEALTHCHECK that services\/web\/Dockerfile gives its image \(curl -f/,
    );
    assert.deepEqual(
      found[0]?.related?.map((r) => r.uri),
      [path.join(dir, 'services/web/Dockerfile'), path.join(dir, 'skaffold.yaml')],
    );
    const text = run(['lint', 'k8s', '--no-explain'], dir).stdout;
    assert.match(
      text,
      /See also: services\/web\/Dockerfile:4:1: the HEALTHCHECK of image registry\.example\.com\/shop\/web/,
    );
  });

  it('writes the httpGet probe with Docker’s timing under --fix-unsafe, and leaves nothing new behind', () => {
    const dir = project();
    const before = findings(run(['lint', '.', '--format', 'json'], dir).stdout).map((f) => f.ruleId);
    run(['lint', '.', '--fix-unsafe', '--jobs', '2'], dir);
    // Every rule's unsafe fix applies; the liveness probe is the one the HEALTHCHECK makes.
    assert.match(
      readFileSync(path.join(dir, 'k8s/web.yaml'), 'utf8'),
      /\n {10}livenessProbe:\n {12}httpGet:\n {14}path: \/healthz\n {14}port: 8080\n {12}initialDelaySeconds: 30\n {12}periodSeconds: 30\n {12}timeoutSeconds: 30\n {10}readinessProbe:\n {12}tcpSocket:\n/,
    );
    const after = findings(run(['lint', '.', '--format', 'json'], dir).stdout).map((f) => f.ruleId);
    assert.ok(!after.includes('liveness-probe'), after.join(', '));
    assert.deepEqual(
      after.filter((id) => !before.includes(id)),
      [],
    );
  });
});
