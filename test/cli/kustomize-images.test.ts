import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { manager } from '../support/linked-image';
import { folderWith } from '../support/temp-folder';
import { jsonFindings, runCli as run } from '../support/run-cli';

const MANAGER_KUSTOMIZATION = `resources:
- manager.yaml
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
images:
- name: controller
  newName: ghcr.io/acme/widget-operator
  newTag: v0.4.1
`;
const WORKFLOW = `on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: ghcr.io/acme/widget-operator:latest
`;
const DOCKERFILE =
  'FROM gcr.io/distroless/static:nonroot\nCOPY manager /manager\nUSER 65532:65532\nENTRYPOINT ["/manager"]\n';

function operator(managerKustomization = MANAGER_KUSTOMIZATION): string {
  const configMaps = Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [
      `config/samples/config-${i}.yaml`,
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-${i}\ndata:\n  a: b\n`,
    ]),
  );
  return folderWith({
    '.git/HEAD': '',
    '.github/workflows/release.yml': WORKFLOW,
    Dockerfile: DOCKERFILE,
    'config/manager/manager.yaml': manager('        runAsUser: 1000\n'),
    'config/manager/kustomization.yaml': managerKustomization,
    'config/default/kustomization.yaml': 'namespace: widget-system\nresources:\n- ../manager\n',
    ...configMaps,
  });
}

describe('a manifest whose image a kustomization renames', () => {
  it('is held against the Dockerfile that builds the renamed image, with one thread or two', () => {
    const dir = operator();
    const single = run(['lint', '.', '--format', 'json', '--jobs', '1'], dir);
    const findings = jsonFindings(single.stdout);
    const user = findings.find((f) => f.ruleId === 'image-user-matches');
    assert.match(user?.message ?? '', /runs as user 1000, but its image is built by Dockerfile to run as 65532/);
    const rename = user?.related?.find((r) => r.uri === path.join(dir, 'config/manager/kustomization.yaml'));
    assert.match(rename?.message ?? '', /renames "controller" to "ghcr\.io\/acme\/widget-operator"/);
    // The kustomization pins the tag the manifest leaves at latest.
    assert.ok(!findings.some((f) => f.ruleId === 'no-latest-container-image'), single.stdout);
    assert.equal(run(['lint', '.', '--format', 'json', '--jobs', '2'], dir).stdout, single.stdout);

    // Linted alone, the manifest still finds the kustomization beside it.
    const alone = jsonFindings(run(['lint', 'config/manager/manager.yaml', '--format', 'json'], dir).stdout);
    assert.ok(alone.some((f) => f.ruleId === 'image-user-matches'));
    assert.ok(!alone.some((f) => f.ruleId === 'no-latest-container-image'));

    const images = run(['images', '.'], dir);
    assert.match(
      images.stdout,
      /used by Deployment\/controller-manager "manager" as kustomize builds it: ghcr\.io\/acme\/widget-operator:v0\.4\.1 \(config\/manager\/manager\.yaml:19:18\)/,
    );
  });

  it('is judged by the tag the kustomization leaves it', () => {
    const dir = operator(MANAGER_KUSTOMIZATION.replace('newTag: v0.4.1', 'newTag: latest'));
    const latest = jsonFindings(run(['lint', '.', '--format', 'json'], dir).stdout).filter(
      (f) => f.ruleId === 'no-latest-container-image',
    );
    assert.deepEqual(
      latest.map((f) => f.message),
      ['Container "manager" uses image "controller:latest" with the moving tag "latest".'],
    );
  });
});
