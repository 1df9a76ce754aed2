import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, mergeConfig } from '../../server/src/engine';
import type { WorkspaceIndex } from '../../server/src/engine/workspace';

const PATCH_URI = 'file:///ws/overlays/prod/patch.yaml';
const PATCH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 4
  template:
    spec:
      containers:
        - name: web
          resources:
            limits:
              memory: 1Gi
          livenessProbe:
            httpGet:
              path: /healthz
              port: http
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  maxReplicas: 12
---
apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      containers:
        - name: migrate
          image: example.com/migrate:3.0.1
`;

/** Rules that report something missing; in a patch, the missing part lives in the base. */
const ABSENCE_RULES = [
  'readiness-probe',
  'container-resource-requests',
  'spread-replicas',
  'probe-port',
  'multiple-replicas',
  'job-ttl-after-finished',
  'kubernetes-validation',
  'recommended-labels',
  'container-cpu-limit',
];

const everyOptIn = mergeConfig({ rules: { 'recommended-labels': 'on', 'container-cpu-limit': 'on' } });

describe('kustomize patches', () => {
  it('a file named as a patch gets no finding about what its base provides', () => {
    const workspace: WorkspaceIndex = { isKustomizePatch: (uri) => uri === PATCH_URI };
    const found = lint(PATCH, PATCH_URI, everyOptIn, { workspace }).findings.map((f) => f.ruleId);
    assert.deepEqual(
      found.filter((id) => ABSENCE_RULES.includes(id)),
      [],
    );
  });

  it('the same text as a whole manifest gets them all', () => {
    const found = new Set(lint(PATCH, 'file:///ws/web.yaml', everyOptIn).findings.map((f) => f.ruleId));
    assert.deepEqual(
      ABSENCE_RULES.filter((id) => !found.has(id)),
      [],
    );
  });
});
