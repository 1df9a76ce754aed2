import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint, mergeConfig, type Config } from '../../server/src/engine';
import { YamlDocumentCache } from '../../server/src/engine/kubernetes/document-cache';
import type { WorkspaceIndex } from '../../server/src/engine/workspace';
import { allRules } from '../../server/src/rules';
import { API_VERSION_CHANGES, apiVersionStatus } from '../../server/src/schema/api-versions';
import {
  builtinKindDefinition,
  builtinSchemas,
  definitionIdOfRef,
  type JsonSchema,
} from '../../server/src/schema/store';
import { KUBERNETES_RELEASE } from '../../server/src/schema/release';
import { closest } from '../../server/src/schema/suggest';

const SCHEMA_RULES = allRules().filter((r) =>
  ['kubernetes-schema', 'removed-api-version', 'deprecated-api-version', 'unknown-custom-resource'].includes(r.id),
);
const run = (text: string, uri = 'file:///ws/app.yaml', config: Config = DEFAULT_CONFIG, workspace?: WorkspaceIndex) =>
  lint(text, uri, config, { rules: SCHEMA_RULES, ...(workspace ? { workspace } : {}) });
const summary = (text: string, uri?: string, config?: Config, workspace?: WorkspaceIndex): string[] =>
  run(text, uri, config, workspace).findings.map(
    (f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character} ${f.message}`,
  );

const PATCH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 5
  template:
    spec:
      containers:
        - name: web
          resources:
            limits: { memory: 512Mi }
          $patch: replace
          imagePullPolcy: Always
`;

describe('kustomize patches', () => {
  it('a patch named by a kustomization is checked without required fields, and keeps other errors', () => {
    const workspace: WorkspaceIndex = { isKustomizePatch: (uri) => uri === 'file:///ws/overlay/patch.yaml' };
    const found = summary(PATCH, 'file:///ws/overlay/patch.yaml', DEFAULT_CONFIG, workspace);
    assert.deepEqual(found, [
      'kubernetes-schema 13:10 Unknown field "imagePullPolcy" in Container; did you mean "imagePullPolicy"?',
    ]);
  });

  it('the same text outside kustomize misses its selector and image', () => {
    const found = summary(PATCH).join('\n');
    assert.match(found, /DeploymentSpec needs the field "selector"/);
    assert.match(found, /Unknown field "\$patch"/);
  });

  it('kustomization.yaml itself gets no object findings, only its own file’s', () => {
    const text = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\nbogus: 1\n';
    assert.deepEqual(summary(text, 'file:///ws/kustomization.yaml'), []);
    assert.deepEqual(
      lint(text, '/ws/kustomization.yaml').findings.map((f) => `${f.ruleId} ${f.range.start.line}`),
      ['kustomization-schema 3'],
    );
  });
});

describe('kubernetesVersion', () => {
  const cronjob = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: x\n';
  const at = (version: string) => summary(cronjob, undefined, mergeConfig({ kubernetesVersion: version }));

  it('defaults to the schemas release', () => {
    assert.equal(DEFAULT_CONFIG.kubernetesVersion, KUBERNETES_RELEASE);
    assert.equal(builtinSchemas()['x-kubernetes-release'], KUBERNETES_RELEASE);
  });

  it('flags an API as deprecated before its removal release and removed from it on', () => {
    assert.deepEqual(at('1.20'), []);
    assert.match(at('1.24').join(), /^deprecated-api-version 0:12 .*removed in 1\.25; use apiVersion batch\/v1\.$/);
    assert.match(at('v1.25.3').join(), /^removed-api-version 0:12 .*removed in Kubernetes 1\.25, so a 1\.25 cluster/);
  });

  it('orders releases numerically (1.9 before 1.16)', () => {
    assert.equal(apiVersionStatus('apps/v1beta2', 'Deployment', '1.9').state, 'deprecated');
    assert.equal(apiVersionStatus('apps/v1beta2', 'Deployment', '1.16').state, 'removed');
    assert.equal(apiVersionStatus('apps/v1beta2', 'Deployment', '1.8').state, 'current');
  });

  it('names replacements that the schemas serve', () => {
    for (const change of API_VERSION_CHANGES) {
      if (!change.replacement) continue;
      for (const kind of change.replacementKind ? [change.replacementKind] : change.kinds) {
        assert.ok(builtinKindDefinition(change.replacement, kind), `${change.replacement} ${kind}`);
      }
    }
  });
});

describe('custom resources from the workspace', () => {
  const crd = {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    spec: {
      group: 'example.com',
      names: { kind: 'Widget', plural: 'widgets' },
      versions: [
        {
          name: 'v1',
          schema: {
            openAPIV3Schema: {
              type: 'object',
              properties: { spec: { type: 'object', properties: { size: { type: 'integer' } } } },
            },
          },
        },
      ],
    },
  };
  const widget = 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: big\n  colour: red\n';

  it('validates against a CRD the hook supplies', () => {
    let calls = 0;
    const workspace: WorkspaceIndex = {
      customResourceDefinitions: () => {
        calls++;
        return [{ uri: 'file:///ws/crds/widget.yaml', definition: crd }];
      },
    };
    assert.deepEqual(summary(widget, undefined, DEFAULT_CONFIG, workspace), [
      'kubernetes-schema 5:8 "size" must be an integer, not a string.',
      'kubernetes-schema 6:2 Unknown field "colour" in spec.',
    ]);
    assert.equal(calls, 1, 'the hook is asked once per lint, not once per rule');
  });

  it('without the hook, the kind is reported once as information', () => {
    const found = run(`${widget}---\n${widget}`).findings;
    assert.deepEqual(
      found.map((f) => `${f.ruleId} ${f.severity}`),
      ['unknown-custom-resource info'],
    );
  });

  it('a CRD whose schema cannot be compiled is reported once with its file name, and nothing else breaks', () => {
    const broken = structuredClone(crd);
    (broken.spec.versions[0] as { schema: unknown }).schema = {
      openAPIV3Schema: { type: 'object', properties: { spec: { type: 'nonsense' } } },
    };
    const workspace: WorkspaceIndex = {
      customResourceDefinitions: () => [{ uri: 'file:///ws/crds/widget.yaml', definition: broken }],
    };
    const result = run(
      `${widget}---\n${widget}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  n: 1\n`,
      undefined,
      DEFAULT_CONFIG,
      workspace,
    );
    assert.deepEqual(result.internalErrors, []);
    assert.deepEqual(
      result.findings.map((f) => `${f.ruleId} ${f.message}`),
      [
        'unknown-custom-resource The CustomResourceDefinition of Widget (widget.yaml) has a schema that cannot be compiled, so its objects are not checked.',
        'kubernetes-schema "n" must be a string, not an integer; put the value in quotes.',
      ],
    );
  });
});

describe('messages', () => {
  const broken = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: many
  selector: {}
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.27.3
          imagePullPolicy: Sometimes
          ports:
            - containerPort: 80
              protocol: tcp
          resources: { limits: { cpu: lots } }
          bogus: true
`;

  it('never show validator wording, and each problem once', () => {
    const found = run(broken).findings;
    assert.equal(found.length, 5);
    for (const f of found)
      assert.doesNotMatch(f.message, /must NOT|must have required|must match|must be equal to|should be/);
    assert.equal(new Set(found.map((f) => `${f.range.start.line}:${f.range.start.character}`)).size, found.length);
  });

  it('read naturally in Korean with every placeholder filled', () => {
    const found = run(broken, undefined, mergeConfig({ locale: 'ko' })).findings;
    assert.equal(found.length, 5);
    for (const f of found) {
      assert.doesNotMatch(f.message, /\{\w+\}/);
      assert.match(f.message, /[가-힣]/);
    }
  });

  it('stay the same when the document cache reuses unchanged documents', () => {
    const cache = new YamlDocumentCache();
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  x: 1\n---\n${broken}`;
    const first = lint(text, 'file:///ws/a.yaml', DEFAULT_CONFIG, { rules: SCHEMA_RULES, yamlCache: cache }).findings;
    const edited = text.replace('name: a', 'name: ab');
    const second = lint(edited, 'file:///ws/a.yaml', DEFAULT_CONFIG, {
      rules: SCHEMA_RULES,
      yamlCache: cache,
    }).findings;
    const fresh = lint(edited, 'file:///ws/a.yaml', DEFAULT_CONFIG, { rules: SCHEMA_RULES }).findings;
    assert.equal(first.length, 6);
    assert.deepEqual(second, fresh);
  });
});

describe('shipped schemas', () => {
  it('resolve every reference and describe the common kinds', () => {
    const { definitions } = builtinSchemas();
    const refs: string[] = [];
    const collect = (schema: unknown): void => {
      if (!schema || typeof schema !== 'object') return;
      for (const [key, value] of Object.entries(schema)) {
        if (key === '$ref' && typeof value === 'string') refs.push(value);
        else collect(value);
      }
    };
    collect(definitions);
    for (const ref of refs) assert.ok(definitions[definitionIdOfRef(ref) ?? ''], ref);
    for (const [apiVersion, kind] of [
      ['apps/v1', 'Deployment'],
      ['v1', 'Service'],
      ['networking.k8s.io/v1', 'Ingress'],
      ['batch/v1', 'CronJob'],
      ['resource.k8s.io/v1', 'ResourceClaim'],
      ['admissionregistration.k8s.io/v1', 'MutatingAdmissionPolicy'],
    ] as const) {
      const id = builtinKindDefinition(apiVersion, kind);
      assert.ok(id, `${apiVersion} ${kind}`);
      assert.ok((definitions[id] as JsonSchema).description, `${kind} keeps its description for hovers`);
    }
  });

  it('suggests close spellings only', () => {
    assert.equal(closest('poarts', ['ports', 'env']), 'ports');
    assert.equal(closest('imagepullpolicy', ['imagePullPolicy']), 'imagePullPolicy');
    assert.equal(closest('colour', ['ports', 'env', 'command']), undefined);
  });
});
