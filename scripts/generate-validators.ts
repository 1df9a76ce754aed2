/**
 * Generates out/generated/k8s-validators.js: the validators of the most common built-in kinds,
 * written out as code by Ajv's standalone generator, so a cold start checks its first manifest
 * without compiling schemas; and out/generated/k8s-validators-more.js with every other kind and
 * version of the built-in schemas (older API versions such as extensions/v1beta1 among them),
 * loaded only when such an object turns up. Compiling one of those at run time cost hundreds of
 * milliseconds and tens of megabytes of garbage (a legacy DaemonSet compiles the whole PodSpec
 * again); loading the module costs one parse. The build ships both beside the bundles.
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
export const MORE_OUT_FILE = path.join(ROOT, 'out/generated/k8s-validators-more.js');
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

/** Every other kind of the built-in schemas: all but the precompiled ones and the `…List` kinds. */
export function moreDefinitionIds(): string[] {
  const common = new Set(precompiledDefinitionIds());
  const ids = new Set<string>();
  for (const kinds of Object.values(builtinSchemas()['x-kinds'])) {
    for (const [kind, id] of Object.entries(kinds)) {
      if (!kind.endsWith('List') && !common.has(id)) ids.add(id);
    }
  }
  return [...ids].sort();
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
export function generateValidatorModule(
  outFile: string = OUT_FILE,
  ids: readonly string[] = precompiledDefinitionIds(),
): GeneratedModule {
  const formats = requirePath(path.dirname(outFile), FORMATS_MODULE);
  const ajv = createAjv({ source: true, formats: _`require(${formats}).FORMATS` });
  const exports: Record<string, string> = {};
  for (const id of ids) {
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

export function writeValidatorModule(
  outFile: string = OUT_FILE,
  ids: readonly string[] = precompiledDefinitionIds(),
): GeneratedModule {
  const generated = generateValidatorModule(outFile, ids);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, generated.code);
  return generated;
}

if (require.main === module) {
  for (const [file, ids] of [
    [OUT_FILE, precompiledDefinitionIds()],
    [MORE_OUT_FILE, moreDefinitionIds()],
  ] as const) {
    const { code, definitions } = writeValidatorModule(file, ids);
    const size = Math.round(Buffer.byteLength(code) / 1024);
    console.log(`${path.relative(ROOT, file)}: ${ids.length} kinds, ${definitions} definitions, ${size} KB`);
  }
}
