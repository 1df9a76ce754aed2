/**
 * What a kustomization's strategic-merge patches add to the objects of the files it builds, as the
 * cross-file rules see those objects: labels, pod labels and container ports.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';

const deployment = (namespace = 'system'): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: controller-manager
  namespace: ${namespace}
  labels: { control-plane: controller-manager }
spec:
  selector:
    matchLabels: { control-plane: controller-manager }
  template:
    metadata:
      labels: { control-plane: controller-manager }
    spec:
      containers:
        - name: manager
          image: controller:latest
          ports:
            - name: health
              containerPort: 8081
`;

const PATCH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: controller-manager
  namespace: system
  labels: { app.kubernetes.io/part-of: shop }
spec:
  template:
    metadata:
      labels: { metrics: secured }
    spec:
      containers:
        - name: kube-rbac-proxy
          image: example.com/kube-rbac-proxy:0.16.0
          ports:
            - name: https
              containerPort: 8443
        - name: manager
          ports:
            - name: health
              containerPort: 8081
`;

/** The Deployments other files see, by file, with their pod labels and port names. */
function deployments(workspace: ManifestWorkspace): [string, string[], string[], string[]][] {
  return workspace
    .objectsOutside('/elsewhere.yaml')
    .filter((object) => object.kind === 'Deployment')
    .map((object) => [
      object.uri,
      Object.keys(object.labels),
      Object.keys(object.pods?.labels ?? {}),
      (object.pods?.ports ?? []).map((port) => `${port.container}/${port.name ?? ''}:${port.number ?? ''}`),
    ]);
}

describe('a strategic-merge patch of a kustomization', () => {
  it('adds its ports and labels to the object it patches in the files the kustomization builds, to any depth', () => {
    const workspace = new ManifestWorkspace();
    workspace.setFile('/p/config/manager/manager.yaml', deployment());
    workspace.setFile('/p/config/manager/kustomization.yaml', 'resources: [manager.yaml]\n');
    workspace.setFile(
      '/p/config/default/kustomization.yaml',
      'resources: [../manager]\npatchesStrategicMerge:\n  - auth_proxy_patch.yaml\n',
    );
    workspace.setFile('/p/config/default/auth_proxy_patch.yaml', PATCH);
    // The same object in a folder the kustomization does not build stays as written.
    workspace.setFile('/p/other/manager.yaml', deployment());
    assert.deepEqual(deployments(workspace), [
      [
        '/p/config/manager/manager.yaml',
        ['control-plane', 'app.kubernetes.io/part-of'],
        ['control-plane', 'metrics'],
        ['manager/health:8081', 'kube-rbac-proxy/https:8443'],
      ],
      ['/p/other/manager.yaml', ['control-plane'], ['control-plane'], ['manager/health:8081']],
    ]);
    // The patch itself is no object of its own, and the base file's own facts are untouched.
    assert.equal(workspace.isKustomizePatch('/p/config/default/auth_proxy_patch.yaml'), true);
    assert.equal(workspace.objectsOfFile('/p/config/manager/manager.yaml')?.[0]?.pods?.ports.length, 1);

    // Another namespace is another object; a patch the kustomization no longer names adds nothing.
    workspace.setFile('/p/config/manager/manager.yaml', deployment('shop'));
    const manager = (): string[] | undefined =>
      deployments(workspace).find(([uri]) => uri === '/p/config/manager/manager.yaml')?.[3];
    assert.deepEqual(manager(), ['manager/health:8081']);
    workspace.setFile('/p/config/manager/manager.yaml', deployment());
    assert.deepEqual(manager(), ['manager/health:8081', 'kube-rbac-proxy/https:8443']);
    workspace.setFile('/p/config/default/kustomization.yaml', 'resources: [../manager]\n');
    assert.deepEqual(manager(), ['manager/health:8081']);
  });
});
