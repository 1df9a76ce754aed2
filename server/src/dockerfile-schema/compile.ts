/**
 * The validators of the Dockerfile schema, one per instruction and one for the parser
 * directives. They are generated as code at build time (scripts/generate-dockerfile-validators.ts)
 * and bundled, so validating needs no schema compilation; from sources, or when the generated
 * module was made from another version of the schema, they are compiled on first use instead.
 */
import type { CodeOptions, default as Ajv, ErrorObject } from 'ajv';
import { ajvClass } from '../schema/ajv-class';
import { FORMATS } from './formats';
import { dockerfileSchema, instructionNames } from './schema';

export interface DockerfileValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The generated module's key for the hash of the schema its validators were made from. */
export const SCHEMA_HASH_KEY = 'x-schema-hash';

/** What gets a validator: every instruction, and the directives. */
export function validatedDefinitions(): string[] {
  return [...instructionNames(), 'directives'];
}

export function definitionKey(name: string): string {
  return `${dockerfileSchema().$id}#/definitions/${name}`;
}

/** `code` only matters to the generator, which needs the source and a way to name the formats. */
export function createDockerfileAjv(code: CodeOptions = {}): Ajv {
  const ajv = new (ajvClass())({
    allErrors: true,
    // Errors carry their schema node: messages read the hints (`x-expects`) written beside a keyword.
    verbose: true,
    // Messages are written from the keyword and the schema node, never from Ajv's English text.
    messages: false,
    logger: false,
    strict: false,
    allowUnionTypes: true,
    validateSchema: false,
    code,
  });
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  ajv.addSchema(withoutProse(dockerfileSchema()) as object);
  return ajv;
}

/** Keywords for people (hovers, completion), not for validation. */
const PROSE = new Set([
  'title',
  'description',
  'x-description-ko',
  'x-usage',
  'x-value',
  'x-examples',
  'x-since',
  'x-concept',
  'x-reference',
  'x-source',
  'x-alias-of',
  'x-hidden',
  'x-default',
]);

/**
 * A copy without the prose: verbose errors carry their schema node, so the generated code holds
 * every node it may report, and the descriptions would be most of it.
 */
function withoutProse(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProse);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !PROSE.has(key))
      .map(([key, inner]) => [key, key === 'properties' ? propertiesWithoutProse(inner) : withoutProse(inner)]),
  );
}

/** Property names are data, whatever they are called (a `description` flag would be one). */
function propertiesWithoutProse(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, withoutProse(v)]));
}

/** FNV-1a over the schema's JSON: generated validators are used only for the schema they came from. */
export function schemaHash(): string {
  const text = JSON.stringify(dockerfileSchema());
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

let validators: Map<string, DockerfileValidator> | undefined;

/**
 * Defined as true by the build, which generates the validators from the very schema it bundles
 * beside them: a bundle skips hashing the schema on every start (2 ms). From sources the
 * generated file may be older than the schema, so it is checked.
 */
declare const CNTUTOR_VALIDATORS_BUNDLED: boolean | undefined;
const validatorsBundled = typeof CNTUTOR_VALIDATORS_BUNDLED === 'boolean' && CNTUTOR_VALIDATORS_BUNDLED;

function load(): Map<string, DockerfileValidator> {
  let exported: Record<string, unknown> = {};
  try {
    // The bundler inlines this module; from sources it is read where the build wrote it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    exported = require('../../../out/generated/dockerfile-validators.js') as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
  }
  const found = new Map<string, DockerfileValidator>();
  if (SCHEMA_HASH_KEY in exported && (validatorsBundled || exported[SCHEMA_HASH_KEY] === schemaHash())) {
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === 'function') found.set(name, value as DockerfileValidator);
    }
  }
  if (found.size === 0) {
    const ajv = createDockerfileAjv();
    for (const name of validatedDefinitions()) {
      const validate = ajv.getSchema(definitionKey(name));
      if (validate) found.set(name, validate);
    }
  }
  return found;
}

/** The validator of an instruction (upper case) or of `directives`; undefined for an unknown instruction. */
export function dockerfileValidator(name: string): DockerfileValidator | undefined {
  validators ??= load();
  return validators.get(name);
}
