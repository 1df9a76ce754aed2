/**
 * Generates out/generated/k8s-validators.js: the validators of the most common built-in kinds,
 * written out as code by Ajv's standalone generator. esbuild bundles the module into the server
 * and the CLI, so a cold start checks its first manifest without compiling schemas; every other
 * kind and version still compiles on first use (server/src/schema/compile.ts).
 *
 * Run by scripts/build.mjs before bundling, or alone: `node --import tsx scripts/generate-validators.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { transformSync } from 'esbuild';
import { builtinKey, createAjv, registerBuiltin } from '../server/src/schema/builtin-ajv';
import { PRECOMPILED_RELEASE_KEY } from '../server/src/schema/compile';
import { builtinKindDefinition, builtinSchemas } from '../server/src/schema/store';

const ROOT = path.join(__dirname, '..');
export const OUT_FILE = path.join(ROOT, 'out/generated/k8s-validators.js');
const FORMATS_MODULE = path.join(ROOT, 'server/src/schema/formats');

/**
 * apiVersion and kind of the precompiled kinds: the workload, networking, storage, RBAC and
 * policy kinds manifests are mostly made of, in the versions current releases serve.
 */
export const PRECOMPILED_KINDS: readonly (readonly [string, string])[] = [
  ['v1', 'Pod'],
  ['v1', 'Service'],
  ['v1', 'ConfigMap'],
  ['v1', 'Secret'],
  ['v1', 'ServiceAccount'],
  ['v1', 'Namespace'],
  ['v1', 'PersistentVolumeClaim'],
  ['v1', 'PersistentVolume'],
  ['v1', 'ReplicationController'],
  ['v1', 'LimitRange'],
  ['v1', 'ResourceQuota'],
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'StatefulSet'],
  ['apps/v1', 'DaemonSet'],
  ['apps/v1', 'ReplicaSet'],
  ['batch/v1', 'Job'],
  ['batch/v1', 'CronJob'],
  ['networking.k8s.io/v1', 'Ingress'],
  ['networking.k8s.io/v1', 'NetworkPolicy'],
  ['autoscaling/v2', 'HorizontalPodAutoscaler'],
  ['policy/v1', 'PodDisruptionBudget'],
  ['rbac.authorization.k8s.io/v1', 'Role'],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRole'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding'],
  ['storage.k8s.io/v1', 'StorageClass'],
  ['apiextensions.k8s.io/v1', 'CustomResourceDefinition'],
];

export function precompiledDefinitionIds(): string[] {
  return PRECOMPILED_KINDS.map(([apiVersion, kind]) => {
    const id = builtinKindDefinition(apiVersion, kind);
    if (!id) throw new Error(`no built-in schema for ${apiVersion} ${kind}`);
    return id;
  });
}

/** A module path as `require` wants it from `fromDir`: relative, forward slashes, starting with a dot. */
function requirePath(fromDir: string, target: string): string {
  const relative = path.relative(fromDir, target).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

export interface GeneratedModule {
  code: string;
  /** Definitions compiled, each into one function: the kinds and everything they reference. */
  definitions: number;
}

/**
 * The module's source, for a module written to `outFile` (the formats module is required
 * relative to it). Definitions shared by several kinds become one function each, which every
 * kind that needs them calls.
 */
export function generateValidatorModule(outFile: string = OUT_FILE): GeneratedModule {
  const formats = requirePath(path.dirname(outFile), FORMATS_MODULE);
  const ajv = createAjv({ source: true, formats: _`require(${formats}).FORMATS` });
  const exports: Record<string, string> = {};
  for (const id of precompiledDefinitionIds()) {
    registerBuiltin(ajv, id);
    exports[id] = builtinKey(id);
  }
  const release = JSON.stringify(builtinSchemas()['x-kubernetes-release']);
  const code = `${standaloneCode(ajv, exports)}\nexports[${JSON.stringify(PRECOMPILED_RELEASE_KEY)}] = ${release};\n`;
  const definitions = Object.keys(ajv.schemas).filter((key) => key.startsWith(builtinKey(''))).length;
  // Shorter names and no blanks: the bundles are not minified, and this is most of their growth.
  return {
    code: transformSync(code, { minify: true, loader: 'js', format: 'cjs', target: 'node20' }).code,
    definitions,
  };
}

export function writeValidatorModule(outFile: string = OUT_FILE): GeneratedModule {
  const generated = generateValidatorModule(outFile);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, generated.code);
  return generated;
}

if (require.main === module) {
  const { code, definitions } = writeValidatorModule();
  const size = Math.round(Buffer.byteLength(code) / 1024);
  console.log(
    `${path.relative(ROOT, OUT_FILE)}: ${PRECOMPILED_KINDS.length} kinds, ${definitions} definitions, ${size} KB`,
  );
}
