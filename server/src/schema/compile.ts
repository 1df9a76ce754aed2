/**
 * One Ajv instance holds the built-in definitions; a kind's validator is compiled the first time
 * an object of that kind is seen (a Deployment pulls in PodSpec and what it references, nothing
 * else), so start-up never pays for the whole API. The most common kinds skip even that: their
 * validators are generated at build time (scripts/generate-validators.ts) and bundled.
 */
import type { Ajv, ErrorObject } from 'ajv';
import { commonKubernetesValidators, moreKubernetesValidators } from '../generated-modules';
import { builtinKey, createAjv, registerBuiltin } from './builtin-ajv';
import { KUBERNETES_RELEASE } from './release';
import type { JsonSchema } from './store';

export { QUANTITY } from './formats';

export const KNOWN_FORMATS = ['int32', 'int64', 'quantity', 'byte', 'date-time'] as const;

export type ValidationError = ErrorObject;

/** What validation needs of a validator: call it, read its errors. Compiled and generated ones both fit. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}

let ajv: Ajv | undefined;

function instance(): Ajv {
  ajv ??= createAjv();
  return ajv;
}

/** The generated module's key for the release its validators were made from. */
export const PRECOMPILED_RELEASE_KEY = 'x-kubernetes-release';

/**
 * The build-time validators in two modules: the common kinds, loaded with the first manifest, and
 * every other built-in kind and version, loaded only when one of those is looked up. Empty when a
 * module has not been generated (sources run before a build) or was generated from another
 * release's schemas: then every kind compiles on first use, with the same result.
 */
let common: ReadonlyMap<string, Validator> | undefined;
let more: ReadonlyMap<string, Validator> | undefined;

function commonValidators(): ReadonlyMap<string, Validator> {
  common ??= generatedValidators(commonKubernetesValidators);
  return common;
}

function moreValidators(): ReadonlyMap<string, Validator> {
  more ??= generatedValidators(moreKubernetesValidators);
  return more;
}

let preloadScheduled = false;

/**
 * The language server loads the rarer kinds' validators as soon as it is idle after its first
 * manifest: the first file to hold one (a PodDisruptionBudget, an Ingress of an old version…) then
 * does not wait for the module (~25 ms to load from the code cache, more without). A `cntutor`
 * run loads it only when it meets such a kind.
 */
export function preloadValidatorsWhenIdle(): void {
  if (preloadScheduled) return;
  preloadScheduled = true;
  setImmediate(() => {
    commonValidators();
    moreValidators();
  }).unref();
}

/** Which of the two modules this process has loaded (for tests). */
export function loadedValidatorModules(): { common: boolean; more: boolean } {
  return { common: common !== undefined, more: more !== undefined };
}

function generatedValidators(load: () => unknown): ReadonlyMap<string, Validator> {
  let exported: Record<string, unknown> = {};
  try {
    exported = load() as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
  }
  const found = new Map<string, Validator>();
  if (exported[PRECOMPILED_RELEASE_KEY] === KUBERNETES_RELEASE) {
    for (const [id, value] of Object.entries(exported)) {
      if (typeof value === 'function') found.set(id, value as Validator);
    }
  }
  return found;
}

function generatedValidator(definitionId: string): Validator | undefined {
  return commonValidators().get(definitionId) ?? moreValidators().get(definitionId);
}

/** Whether a built-in definition has a build-time validator. */
export function isPrecompiled(definitionId: string): boolean {
  return generatedValidator(definitionId) !== undefined;
}

const builtinValidators = new Map<string, Validator>();

/** The validator of a built-in definition: generated at build time, else compiled on first request. */
export function builtinValidator(definitionId: string): Validator {
  let validate = builtinValidators.get(definitionId);
  if (!validate) {
    validate = generatedValidator(definitionId) ?? compileBuiltin(definitionId);
    builtinValidators.set(definitionId, validate);
  }
  return validate;
}

function compileBuiltin(definitionId: string): Validator {
  registerBuiltin(instance(), definitionId);
  const found = instance().getSchema(builtinKey(definitionId));
  if (!found) throw new Error(`no built-in schema ${definitionId}`);
  return found;
}

/** `#/definitions/x` inside a custom schema points at the built-in definitions. */
export function builtinRef(definitionId: string): JsonSchema {
  registerBuiltin(instance(), definitionId);
  return { $ref: builtinKey(definitionId) };
}

/**
 * Custom-resource validators, keyed by the schema's JSON text: a CRD re-parsed on every
 * keystroke compiles once. The cache is bounded, and evicted schemas leave Ajv too.
 */
const customValidators = new Map<string, { validate: Validator; schema: JsonSchema }>();
const CUSTOM_LIMIT = 256;

export function customValidator(schema: JsonSchema): Validator {
  const key = JSON.stringify(schema);
  const hit = customValidators.get(key);
  if (hit) {
    customValidators.delete(key);
    customValidators.set(key, hit);
    return hit.validate;
  }
  const validate = instance().compile(schema);
  customValidators.set(key, { validate, schema });
  if (customValidators.size > CUSTOM_LIMIT) {
    const [oldestKey, oldest] = customValidators.entries().next().value as [string, { schema: JsonSchema }];
    customValidators.delete(oldestKey);
    instance().removeSchema(oldest.schema);
  }
  return validate;
}

/** Whether a regular expression from a CRD can be compiled the way Ajv will compile it. */
export function isUsablePattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * Readies the validators of the most common kinds ahead of need, for a caller with idle time:
 * loads the build-time ones and compiles any that are missing, so the next manifest opened is
 * checked without a pause.
 */
export function prepareSchemas(definitionIds: readonly string[] = COMMON_KINDS): void {
  for (const id of definitionIds) builtinValidator(id);
}

const COMMON_KINDS = [
  'apps.v1.Deployment',
  'core.v1.Service',
  'core.v1.Pod',
  'core.v1.ConfigMap',
  'apps.v1.StatefulSet',
];
