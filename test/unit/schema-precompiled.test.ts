import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { builtinKey, createAjv, registerBuiltin } from '../../server/src/schema/builtin-ajv';
import { builtinValidator, isPrecompiled, type Validator } from '../../server/src/schema/compile';
import { builtinSchemas } from '../../server/src/schema/store';
import {
  MORE_OUT_FILE,
  moreDefinitionIds,
  OUT_FILE,
  PRECOMPILED_KINDS,
  precompiledDefinitionIds,
  writeValidatorModule,
} from '../../scripts/generate-validators';

/**
 * Broken objects of the precompiled kinds, between them failing every keyword the built-in
 * schemas use (additionalProperties, type, required, enum, format), at the top, through `$ref`s,
 * in array items, in map values, and in the recursive JSONSchemaProps of a CRD.
 */
const BROKEN: Record<string, unknown>[] = [
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', labels: { tier: 1 }, creationTimestamp: 'yesterday' },
    spec: {
      restartPolicy: 'Sometimes',
      terminationGracePeriodSeconds: '30',
      containers: [
        {
          image: 'nginx',
          imagePullPolcy: 'Always',
          ports: [{ containerPort: '80', protocol: 'TCPX' }],
          resources: { limits: { memory: 'lots', cpu: true } },
          livenessProbe: { httpGet: { port: true, path: 5 } },
        },
        'sidecar',
      ],
    },
  },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    extra: 1,
    metadata: { name: 'web' },
    spec: {
      replicas: 'three',
      strategy: { type: 'Fast', rollingUpdate: { maxSurge: [] } },
      template: {
        metadata: { annotations: 'none' },
        spec: { containers: [{ name: 'web', env: [{ value: 1 }], volumeMounts: [{ name: 'data' }] }] },
      },
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec: { type: 'Public', selector: 'app', ports: [{ port: 3000000000, targetPort: {}, protocol: 'tcp' }] },
  },
  {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'token' },
    type: 7,
    data: { key: 'not base64!', ok: 'aGVsbG8=' },
    stringData: { number: 5 },
  },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { a: 1, b: true }, binaryData: { x: '%%' } },
  {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly' },
    spec: { concurrencyPolicy: 'Sometimes', jobTemplate: { spec: { template: { spec: { containers: 'oops' } } } } },
  },
  {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'widgets.example.com' },
    spec: {
      group: 'example.com',
      scope: 'Galaxy',
      names: { kind: 'Widget' },
      versions: [
        {
          name: 'v1',
          served: 'yes',
          schema: {
            openAPIV3Schema: {
              type: 5,
              properties: { size: { type: 'integer', properties: { inner: { items: { minimum: 'low' } } } } },
              required: 'size',
            },
          },
        },
      ],
    },
  },
  {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web' },
    spec: {
      scaleTargetRef: { kind: 'Deployment' },
      maxReplicas: 'ten',
      metrics: [{ type: 'CPU', resource: { name: 'cpu', target: { averageUtilization: '50%' } } }],
    },
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'web' },
    spec: {
      rules: [{ http: { paths: [{ path: '/', pathType: 'Any', backend: { service: { port: { number: '80' } } } }] } }],
    },
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'read' },
    roleRef: { kind: 'Role' },
    subjects: [{ kind: 3, name: 'bot' }],
  },
  {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'data' },
    spec: { accessModes: ['ReadWriteSometimes'], resources: { requests: { storage: '10 GB' } } },
  },
];

/** Objects that are not objects at all, and one that is valid. */
const ODD: unknown[] = [null, 'Pod', [], 42, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ok' } }];

function lazilyCompiled(ids: readonly string[]): Map<string, Validator> {
  const ajv = createAjv();
  const validators = new Map<string, Validator>();
  for (const id of ids) {
    registerBuiltin(ajv, id);
    const validate = ajv.getSchema(builtinKey(id));
    assert.ok(validate, id);
    validators.set(id, validate);
  }
  return validators;
}

function errorsOf(validate: Validator, value: unknown): unknown {
  const valid = validate(value);
  return { valid, errors: validate.errors ?? null };
}

/** Every validator on every object (a Service checked as a Pod fails plenty too); returns the keywords seen. */
function assertSameErrors(expected: Map<string, Validator>, actual: (id: string) => Validator): Set<string> {
  const keywords = new Set<string>();
  for (const [id, lazy] of expected) {
    for (const value of [...BROKEN, ...ODD]) {
      const want = errorsOf(lazy, value);
      const got = errorsOf(actual(id), value);
      assert.deepStrictEqual(got, want, `${id} on ${JSON.stringify(value).slice(0, 60)}`);
      for (const error of lazy.errors ?? []) keywords.add(error.keyword);
    }
  }
  return keywords;
}

const ids = precompiledDefinitionIds();

describe('validators generated at build time', () => {
  let dir = '';
  let generated: Record<string, unknown> = {};
  let definitions = 0;
  let code = '';

  before(() => {
    // Inside the repository, so the module finds the formats module and ajv as the real one does.
    dir = mkdtempSync(path.join(path.dirname(path.dirname(OUT_FILE)), 'precompiled-test-'));
    const file = path.join(dir, 'k8s-validators.js');
    ({ code, definitions } = writeValidatorModule(file));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    generated = require(file) as Record<string, unknown>;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('covers every listed kind, each shared definition compiled once', () => {
    assert.equal(ids.length, PRECOMPILED_KINDS.length);
    for (const id of ids) assert.equal(typeof generated[id], 'function', id);
    // One function per definition: PodSpec or ObjectMeta is not copied into each kind that uses it.
    assert.equal(code.match(/\bfunction [\w$]+\(/g)?.length, definitions);
    assert.ok(definitions > ids.length && definitions < 400, `${definitions} definitions`);
  });

  it('reports exactly the errors of validators Ajv compiles at run time', () => {
    const keywords = assertSameErrors(lazilyCompiled(ids), (id) => generated[id] as Validator);
    for (const keyword of ['additionalProperties', 'type', 'required', 'enum', 'format']) {
      assert.ok(keywords.has(keyword), `no ${keyword} error among the broken objects`);
    }
  });

  it('are what builtinValidator returns once built, and agree with run-time compilation either way', () => {
    const built = existsSync(OUT_FILE);
    for (const id of ids) {
      assert.equal(isPrecompiled(id), built, `${id}: ${built ? 'a stale build; run npm run build' : 'no build'}`);
    }
    // Every other kind comes from the second module; a definition that is not a kind never does.
    assert.equal(isPrecompiled('apps.v1beta1.Deployment'), existsSync(MORE_OUT_FILE));
    assert.equal(isPrecompiled('core.v1.PodSpec'), false);
    assertSameErrors(lazilyCompiled([...ids.slice(0, 3), 'apps.v1beta1.Deployment']), builtinValidator);
  });
});

describe('validators of every other kind, generated at build time', () => {
  const more = moreDefinitionIds();
  let dir = '';
  let generated: Record<string, unknown> = {};

  before(() => {
    dir = mkdtempSync(path.join(path.dirname(path.dirname(MORE_OUT_FILE)), 'precompiled-more-test-'));
    const file = path.join(dir, 'k8s-validators-more.js');
    writeValidatorModule(file, more);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    generated = require(file) as Record<string, unknown>;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('covers every kind of the built-in schemas the common module leaves out, and no list kind', () => {
    const common = new Set(ids);
    const expected = new Set<string>();
    for (const kinds of Object.values(builtinSchemas()['x-kinds'])) {
      for (const [kind, id] of Object.entries(kinds)) if (!kind.endsWith('List') && !common.has(id)) expected.add(id);
    }
    assert.deepEqual(new Set(more), expected);
    assert.ok(more.includes('extensions.v1beta1.DaemonSet') && more.includes('policy.v1beta1.PodSecurityPolicy'));
    for (const id of more) assert.equal(typeof generated[id], 'function', id);
  });

  it('reports exactly the errors of validators Ajv compiles at run time', () => {
    const legacy = ['extensions.v1beta1.DaemonSet', 'apps.v1beta2.StatefulSet', 'policy.v1beta1.PodSecurityPolicy'];
    assertSameErrors(lazilyCompiled(legacy), (id) => generated[id] as Validator);
  });
});
