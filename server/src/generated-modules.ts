/**
 * The modules and data the build generates or ships beside the bundles, each loaded when first
 * asked for. The build resolves each path to a file of its own beside the Node bundles
 * (scripts/build.mjs), loaded through the code cache; the browser bundle has its own copy of this
 * module (browser/generated-modules.ts) with everything inlined, since a worker reads no files.
 */
import { readFileSync } from 'node:fs';
import { requireWithCodeCache } from './code-cache';

/** Validators of the common Kubernetes kinds (scripts/generate-validators.ts). */
export function commonKubernetesValidators(): unknown {
  return requireWithCodeCache(require.resolve('../../out/generated/k8s-validators.js'));
}

/** Validators of every other built-in kind and version. */
export function moreKubernetesValidators(): unknown {
  return requireWithCodeCache(require.resolve('../../out/generated/k8s-validators-more.js'));
}

/** The Compose Specification's validator (scripts/generate-compose-validator.ts). */
export function composeValidatorModule(): unknown {
  return requireWithCodeCache(require.resolve('../../out/generated/compose-validator.js'));
}

/** The text of schemas/kubernetes/definitions.json, which the store reads by offsets. */
export function kubernetesDefinitionsText(): string {
  return readFileSync(require.resolve('../../schemas/kubernetes/definitions.json'), 'utf8');
}
