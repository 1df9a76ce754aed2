import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, fixAll, lint, mergeConfig } from '../../server/src/engine';
import { KUBERNETES_RULES } from '../../server/src/rules/kubernetes';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';

const URI = 'file:///project/manifest.yaml';
const run = (text: string, config = DEFAULT_CONFIG) => lint(text, URI, config, { rules: KUBERNETES_RULES });
const ids = (text: string) => run(text).findings.map((f) => f.ruleId);

const PRIVILEGED_POD = `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: shell
      image: busybox:1.36
      securityContext:
        privileged: true
`;

describe('Kubernetes rules across documents', () => {
  it('a broken document does not stop the next one from being linted', () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata:
  name: broken
data: [unclosed
---
${PRIVILEGED_POD}`;
    const result = run(text);
    assert.deepEqual(result.internalErrors, []);
    assert.ok(result.findings.some((f) => f.ruleId === 'yaml-syntax'));
    assert.ok(result.findings.some((f) => f.ruleId === 'no-privileged-container' && f.range.start.line === 15));
  });

  it('an alias bomb is reported once and breaks no container rule', () => {
    const bomb = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: bomb
spec:
  template:
    spec:
      containers:
        - name: a
          image: busybox:1.36
          args: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]
          env: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
          command: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
          workingDir: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
---
${PRIVILEGED_POD}`;
    const result = run(bomb);
    assert.deepEqual(result.internalErrors, []);
    assert.equal(result.findings.filter((f) => f.ruleId === 'yaml-syntax').length, 1);
    assert.ok(ids(bomb).includes('no-privileged-container'));
  });

  it('honours kube-linter and Polaris annotations through the peers', () => {
    const annotated = PRIVILEGED_POD.replace(
      '  name: debug\n',
      '  name: debug\n  annotations:\n    ignore-check.kube-linter.io/privileged-container: "debug pod"\n    polaris.fairwinds.com/readinessProbeMissing-exempt: "true"\n',
    );
    assert.ok(ids(PRIVILEGED_POD).includes('no-privileged-container'));
    assert.ok(ids(PRIVILEGED_POD).includes('readiness-probe'));
    assert.ok(!ids(annotated).includes('no-privileged-container'));
    assert.ok(!ids(annotated).includes('readiness-probe'));
  });

  it('speaks Korean when configured', () => {
    const result = run(PRIVILEGED_POD, mergeConfig({ locale: 'ko' }));
    const finding = result.findings.find((f) => f.ruleId === 'no-privileged-container');
    assert.match(finding?.message ?? '', /특권/);
  });

  it('fixes from several rules combine into one securityContext and leave those rules quiet', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27.3
`;
    const fixed = fixAll(text, (t) => run(t).findings).text;
    const context = /^ {10}securityContext:\n((?: {12,}\S.*\n)+)/m.exec(fixed)?.[1] ?? '';
    assert.deepEqual(
      context
        .trim()
        .split('\n')
        .map((l) => l.trim())
        .sort(),
      [
        'allowPrivilegeEscalation: false',
        'capabilities:',
        'drop: [ALL]',
        'readOnlyRootFilesystem: true',
        'runAsNonRoot: true',
        'runAsUser: 10001',
      ],
    );
    // The pod-wide settings go to the pod spec, once.
    assert.match(fixed, /^ {6}securityContext:\n {8}seccompProfile:\n {10}type: RuntimeDefault$/m);
    assert.match(fixed, /^ {6}automountServiceAccountToken: false$/m);
    const left = ids(fixed);
    for (const id of [
      'run-as-non-root',
      'no-privilege-escalation',
      'read-only-root-filesystem',
      'drop-all-capabilities',
      'seccomp-profile',
      'default-service-account-token',
      'yaml-syntax',
    ]) {
      assert.ok(!left.includes(id), `${id} still fires after the fix`);
    }
  });
});

describe('service-selects-workload with objects from other files', () => {
  it('a workload supplied from elsewhere satisfies a Service', () => {
    const service = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
`;
    const deployment = (app: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      labels:
        app: ${app}
`;
    const workspace = new ManifestWorkspace();
    const rules = KUBERNETES_RULES.filter((rule) => rule.id === 'service-selects-workload');
    const lintService = () => lint(service, URI, DEFAULT_CONFIG, { rules, workspace }).findings;
    assert.deepEqual(lintService(), [], 'no workload anywhere: the pods live elsewhere');
    workspace.setFile('file:///project/deployment.yaml', deployment('api'));
    assert.equal(lintService().length, 1);
    workspace.setFile('file:///project/deployment.yaml', deployment('web'));
    assert.deepEqual(lintService(), []);
  });
});

describe('severities that depend on the finding', () => {
  const agent = (privileged: boolean, securityContext = ''): string => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: { app: agent }
  template:
    metadata:
      labels: { app: agent }
    spec:
${securityContext}      containers:
        - name: agent
          image: example.com/agent:2.1.0
          securityContext: { privileged: ${privileged} }
          volumeMounts:
            - { name: docker, mountPath: /var/run/docker.sock }
      volumes:
        - name: docker
          hostPath: { path: /var/run/docker.sock }
`;
  const severities = (text: string, ruleId: string): string[] =>
    lint(text, 'file:///agent.yaml')
      .findings.filter((f) => f.ruleId === ruleId)
      .map((f) => f.severity);

  it('a runtime socket is an error, and a warning beside the privileged flag that already holds the node', () => {
    assert.deepEqual(severities(agent(false), 'no-sensitive-host-mount'), ['error']);
    assert.deepEqual(severities(agent(true), 'no-sensitive-host-mount'), ['warning']);
    assert.deepEqual(severities(agent(true), 'no-privileged-container'), ['error']);
  });

  it('a seccomp profile left out is advice; one turned off is a warning', () => {
    assert.deepEqual(severities(agent(false), 'seccomp-profile'), ['info']);
    const unconfined = '      securityContext:\n        seccompProfile: { type: Unconfined }\n';
    assert.deepEqual(severities(agent(false, unconfined), 'seccomp-profile'), ['warning']);
  });
});

describe('namespace: default', () => {
  it('is called a pin on namespaced objects and meaningless on cluster-scoped ones', () => {
    const message = (kind: string) =>
      run(`apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: x\n  namespace: default\n`).findings.find(
        (f) => f.ruleId === 'no-default-namespace',
      )?.message;
    assert.match(message('ConfigMap') ?? '', /pinned to the default namespace/);
    assert.match(message('ClusterRole') ?? '', /belongs to no namespace: the API server ignores/);
    assert.match(message('PersistentVolume') ?? '', /belongs to no namespace/);
  });
});

describe('byte fields that are not base64', () => {
  const apiService = `apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: v1beta1.metrics.k8s.io
spec:
  group: metrics.k8s.io
  version: v1beta1
  groupPriorityMinimum: 100
  versionPriority: 100
  caBundle: CA_BUNDLE
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: check
webhooks:
  - name: check.example.com
    admissionReviewVersions: [v1]
    sideEffects: None
    clientConfig:
      url: https://check.example.com/
      caBundle: CA_BUNDLE
---
apiVersion: v1
kind: Secret
metadata:
  name: db
data:
  password: hunter2!
`;
  const messages = (locale: 'en' | 'ko') =>
    run(apiService, mergeConfig({ locale }))
      .findings.filter((f) => f.ruleId === 'kubernetes-schema')
      .map((f) => f.message);

  it('speak of stringData only for the data of a Secret', () => {
    assert.deepEqual(messages('en'), [
      '"caBundle" must be base64-encoded (the API server decodes it to bytes).',
      '"caBundle" must be base64-encoded (the API server decodes it to bytes).',
      '"password" must be base64-encoded; to write plain text in a Secret, use stringData instead of data.',
    ]);
    const korean = messages('ko');
    assert.equal(korean.length, 3);
    assert.ok(korean.slice(0, 2).every((m) => m.includes('바이트') && !m.includes('stringData')));
    assert.ok(korean[2]?.includes('stringData'));
  });
});
