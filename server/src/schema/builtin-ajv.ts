/**
 * How the built-in Kubernetes definitions are turned into Ajv schemas. Shared by the run-time
 * compiler (compile.ts) and the build-time generator (scripts/generate-validators.ts): both must
 * see the same options and the same schema copies, or the two kinds of validator would report
 * different errors for the same object.
 */
import type { CodeOptions, default as Ajv } from 'ajv';
import { ajvClass } from './ajv-class';
import { FORMATS } from './formats';
import { builtinDefinition, type JsonSchema } from './store';

/** Built-in definition `x` is registered with Ajv as `k8s:x`. */
export const BUILTIN_ID = 'k8s';

export function builtinKey(definitionId: string): string {
  return `${BUILTIN_ID}:${definitionId}`;
}

/** `code` only matters to the generator, which needs the source and a way to name the formats. */
export function createAjv(code: CodeOptions = {}): Ajv {
  const ajv = new (ajvClass())({
    allErrors: true,
    // Not `verbose`: issues are built from an error's keyword, path and params alone (validate.ts),
    // and leaving the schema and the data out of every error site keeps generated code 20% smaller.
    // The language server talks over stdout; Ajv must never print.
    logger: false,
    strict: false,
    allowUnionTypes: true,
    validateFormats: true,
    // Shared definitions compile once and are called, not copied into every kind.
    inlineRefs: false,
    validateSchema: false,
    code,
  });
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  return ajv;
}

/** Built-in definitions registered so far, per Ajv instance. */
const registeredBy = new WeakMap<Ajv, Set<string>>();

/**
 * Registers a definition and everything it references, each as a schema of its own: compiled
 * validators of shared definitions (PodSpec, ObjectMeta) are then reused by every kind.
 */
export function registerBuiltin(ajv: Ajv, definitionId: string): void {
  let registered = registeredBy.get(ajv);
  if (!registered) {
    registered = new Set();
    registeredBy.set(ajv, registered);
  }
  const pending = [definitionId];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (registered.has(id)) continue;
    const schema = builtinDefinition(id);
    if (!schema) throw new Error(`no built-in schema ${id}`);
    registered.add(id);
    ajv.addSchema(withOwnRefs(schema, pending), builtinKey(id));
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
      copy.$ref = builtinKey(id);
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
