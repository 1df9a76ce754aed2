/**
 * One Ajv instance holds the built-in definitions; a kind's validator is compiled the first time
 * an object of that kind is seen (a Deployment pulls in PodSpec and what it references, nothing
 * else), so start-up never pays for the whole API.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { builtinSchemas, type JsonSchema } from './store';

/** Kubernetes resource quantities (apimachinery's resource.Quantity grammar). */
export const QUANTITY = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?\d+)?$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

export const KNOWN_FORMATS = ['int32', 'int64', 'quantity', 'byte', 'date-time'] as const;

export type Validator = ValidateFunction;
export type ValidationError = ErrorObject;

const BUILTIN_ID = 'k8s';

let ajv: Ajv | undefined;

function instance(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({
    allErrors: true,
    // parentSchema on every error: messages need the allowed properties and enum values.
    verbose: true,
    // The language server talks over stdout; Ajv must never print.
    logger: false,
    strict: false,
    allowUnionTypes: true,
    validateFormats: true,
    // Shared definitions compile once and are called, not copied into every kind.
    inlineRefs: false,
    validateSchema: false,
  });
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => n >= -2147483648 && n <= 2147483647 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) || Math.abs(n) < 2 ** 63 });
  ajv.addFormat('quantity', QUANTITY);
  ajv.addFormat('byte', (s: string) => BASE64.test(s.replace(/\s+/g, '')));
  ajv.addFormat('date-time', RFC3339);
  return ajv;
}

/** Built-in definitions registered with Ajv so far, each under its own id. */
const registered = new Set<string>();

/**
 * Registers a definition and everything it references, each as a schema of its own: compiled
 * validators of shared definitions (PodSpec, ObjectMeta) are then reused by every kind.
 */
function register(definitionId: string): void {
  const definitions = builtinSchemas().definitions;
  const pending = [definitionId];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (registered.has(id)) continue;
    const schema = definitions[id];
    if (!schema) throw new Error(`no built-in schema ${id}`);
    registered.add(id);
    instance().addSchema(withOwnRefs(schema, pending), `${BUILTIN_ID}:${id}`);
  }
}

/** A copy whose `#/definitions/x` refs name the registered schema `k8s:x`; collects those ids. */
function withOwnRefs(schema: JsonSchema, found: string[]): JsonSchema {
  const copy: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description') continue;
    if (key === '$ref' && typeof value === 'string') {
      const id = value.slice('#/definitions/'.length);
      found.push(id);
      copy.$ref = `${BUILTIN_ID}:${id}`;
    } else if (key === 'properties' && value && typeof value === 'object') {
      copy.properties = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([name, sub]) => [name, withOwnRefs(sub, found)]),
      );
    } else if ((key === 'items' || key === 'additionalProperties') && value && typeof value === 'object') {
      copy[key] = withOwnRefs(value as JsonSchema, found);
    } else copy[key] = value;
  }
  return copy;
}

const builtinValidators = new Map<string, Validator>();

/** The validator of a built-in definition, compiled on first request. */
export function builtinValidator(definitionId: string): Validator {
  let validate = builtinValidators.get(definitionId);
  if (!validate) {
    register(definitionId);
    const found = instance().getSchema(`${BUILTIN_ID}:${definitionId}`);
    if (!found) throw new Error(`no built-in schema ${definitionId}`);
    validate = found;
    builtinValidators.set(definitionId, validate);
  }
  return validate;
}

/** `#/definitions/x` inside a custom schema points at the built-in definitions. */
export function builtinRef(definitionId: string): JsonSchema {
  register(definitionId);
  return { $ref: `${BUILTIN_ID}:${definitionId}` };
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
 * Compiles the validators of the most common kinds ahead of need. A language server calls this
 * once it is idle after start-up, so the first manifest opened is checked without the compile pause.
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
