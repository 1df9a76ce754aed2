/**
 * The Compose Specification's validator. It is generated as code at build time
 * (scripts/generate-compose-validator.ts) and shipped beside the bundles as a module of its own,
 * loaded with the first Compose file: compiling the schema at run time took 600 ms, loading the
 * module some 20. Run from sources before a build, or against a module made from another copy of
 * the schema, the schema is compiled here instead, with the same result.
 */
import type * as Crypto from 'node:crypto';
import type { Options, ValidateFunction } from 'ajv';
import { composeValidatorModule } from '../generated-modules';
import { ajvClass } from '../schema/ajv-class';

/** The generated module's key for the hash of the schema it was made from. */
export const COMPOSE_SCHEMA_HASH_KEY = 'x-compose-schema-hash';

/**
 * `verbose` puts on each error the schema it failed (a `oneOf`'s forms, the properties an unknown
 * key was checked against): Ajv's schema paths restart inside every `$ref`, so they cannot say.
 */
export const COMPOSE_AJV_OPTIONS: Options = { allErrors: true, strict: false, allowUnionTypes: true, verbose: true };

let schema: Record<string, unknown> | undefined;

/**
 * The schema's JSON, read when first asked for: the build ships it beside the bundles
 * (scripts/build.mjs), so a run without Compose files never parses it.
 */
export function composeSchema(): Record<string, unknown> {
  // A require, not an import, so that the bundles read the file only when called.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  schema ??= require('../../../schemas/compose/compose-spec.schema.json') as Record<string, unknown>;
  return schema;
}

/** The schema as compiled: it names draft-07's meta-schema by an https address Ajv does not know. */
export function composeSchemaBody(): Record<string, unknown> {
  const body: Record<string, unknown> = { ...composeSchema() };
  delete body.$schema;
  return body;
}

export function composeSchemaHash(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:crypto') as typeof Crypto)
    .createHash('sha256')
    .update(JSON.stringify(composeSchema()))
    .digest('hex')
    .slice(0, 16);
}

/**
 * A bundle's build generates the validator from the schema it ships (scripts/build.mjs), so only a
 * run from sources, where the generated file may be older than the schema, checks the hash.
 */
declare const CNTUTOR_VALIDATORS_BUNDLED: boolean | undefined;
const validatorsBundled = typeof CNTUTOR_VALIDATORS_BUNDLED === 'boolean' && CNTUTOR_VALIDATORS_BUNDLED;

let validator: ValidateFunction | undefined;

export function composeValidator(): ValidateFunction {
  validator ??= generated() ?? new (ajvClass())(COMPOSE_AJV_OPTIONS).compile(composeSchemaBody());
  return validator;
}

function generated(): ValidateFunction | undefined {
  let exported: Record<string, unknown>;
  try {
    exported = composeValidatorModule() as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw error;
  }
  const validate = exported.default ?? exported.validate;
  if (typeof validate !== 'function') return undefined;
  if (!validatorsBundled && exported[COMPOSE_SCHEMA_HASH_KEY] !== composeSchemaHash()) return undefined;
  return validate as ValidateFunction;
}

/** A schema with its `$ref` followed, keeping the referring schema's own description. */
export function resolved(schema: unknown): Record<string, unknown> | undefined {
  let current = schema;
  for (let hops = 0; hops < 16; hops++) {
    if (!current || typeof current !== 'object') return undefined;
    const ref = (current as Record<string, unknown>).$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/definitions/')) return current as Record<string, unknown>;
    const definitions = composeSchema().definitions as Record<string, unknown>;
    const name = ref.slice('#/definitions/'.length);
    // The reference's own description wins over the definition's, as in `build` and `healthcheck`.
    const target = Object.hasOwn(definitions, name) ? (definitions[name] as Record<string, unknown>) : undefined;
    if (!target) return undefined;
    const own = (current as Record<string, unknown>).description;
    current = typeof own === 'string' ? { ...target, description: own } : target;
  }
  return undefined;
}
