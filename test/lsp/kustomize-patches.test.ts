/**
 * A kustomization's strategic-merge patch in the language server: the port it adds to a
 * Deployment counts for the Service that targets it, and follows the patch as it is typed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { manager } from '../support/linked-image';
import { linkedWorkspace } from './linked-workspace';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: controller-manager-metrics-service
spec:
  ports:
    - name: https
      port: 8443
      targetPort: https
  selector:
    control-plane: controller-manager
`;
const PATCH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: controller-manager
spec:
  template:
    spec:
      containers:
        - name: kube-rbac-proxy
          image: gcr.io/kubebuilder/kube-rbac-proxy:v0.13.1
          ports:
            - containerPort: 8443
              name: https
`;

const OTHER_NAME = PATCH.replace('name: https', 'name: metrics');

describe('a strategic-merge patch that adds the port a Service targets', () => {
  const { client, uri } = linkedWorkspace(
    {
      'config/default/kustomization.yaml':
        'resources: [../rbac, ../manager]\npatchesStrategicMerge:\n  - manager_auth_proxy_patch.yaml\n',
      'config/default/manager_auth_proxy_patch.yaml': OTHER_NAME,
      'config/manager/kustomization.yaml': 'resources: [manager.yaml]\n',
      'config/manager/manager.yaml': manager(),
      'config/rbac/kustomization.yaml': 'resources: [auth_proxy_service.yaml]\n',
      'config/rbac/auth_proxy_service.yaml': SERVICE,
    },
    'config/rbac/auth_proxy_service.yaml',
    'cntutor-kustomize-patch-lsp-',
  );
  const targetPort = (diagnostics: { code?: unknown }[]): boolean =>
    diagnostics.some((d) => d.code === 'service-target-port');

  it('counts the port the patch adds, following the patch as it is typed', async () => {
    const service = uri('config/rbac/auth_proxy_service.yaml');
    // On disk the patch names its port otherwise: the Service's target is missing.
    await client.until(service, targetPort, 'the target port no container declares');
    const patch = uri('config/default/manager_auth_proxy_patch.yaml');
    await client.open(patch, 'yaml', OTHER_NAME);
    await client.change(patch, 2, [{ text: PATCH }]);
    const { version } = await client.until(service, (d) => !targetPort(d), 'the port the patch adds');
    assert.equal(version, 1, 'the Service was not edited');
  });
});
