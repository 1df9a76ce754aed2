/**
 * CustomResourceDefinitions as schemas: each served version's `openAPIV3Schema` becomes an Ajv
 * schema with the API server's own rules — unknown fields are pruned by the server, so they are
 * errors here unless `x-kubernetes-preserve-unknown-fields` says otherwise, and
 * `x-kubernetes-int-or-string` accepts both.
 */
import { builtinRef, isUsablePattern, KNOWN_FORMATS } from './compile';
import type { JsonSchema } from './store';

export interface CustomKind {
  group: string;
  kind: string;
  /**
   * Version name → its schema, converted when first asked for (an install manifest's CRDs mostly
   * have no custom resource beside them: the argo-cd manifest's were converted for nothing, ~28 ms
   * of its lint), or null when that version declares no schema (anything goes).
   */
  versions: ReadonlyMap<string, () => JsonSchema | null>;
  /** Where the CRD was found. */
  source: string;
}

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => !!value && typeof value === 'object' && !Array.isArray(value);

export function isCrdObject(apiVersion: string, kind: string): boolean {
  return kind === 'CustomResourceDefinition' && apiVersion.startsWith('apiextensions.k8s.io/');
}

const converted = new WeakMap<object, CustomKind | undefined>();

/** Reads a CRD (apiextensions.k8s.io/v1 or the old v1beta1 layout); undefined when it names no group and kind. */
export function customKindOf(definition: unknown, source: string): CustomKind | undefined {
  if (!isPlain(definition)) return undefined;
  if (converted.has(definition)) return converted.get(definition);
  const result = readCrd(definition, source);
  converted.set(definition, result);
  return result;
}

function readCrd(definition: Plain, source: string): CustomKind | undefined {
  const spec = definition.spec;
  if (!isPlain(spec) || typeof spec.group !== 'string' || !isPlain(spec.names)) return undefined;
  const kind = spec.names.kind;
  if (typeof kind !== 'string') return undefined;
  const versions = new Map<string, () => JsonSchema | null>();
  // v1beta1 kept one schema for all versions under spec.validation.
  const shared = isPlain(spec.validation) ? spec.validation.openAPIV3Schema : undefined;
  const listed = Array.isArray(spec.versions) ? spec.versions : [];
  for (const entry of listed) {
    if (!isPlain(entry) || typeof entry.name !== 'string') continue;
    const own = isPlain(entry.schema) ? entry.schema.openAPIV3Schema : undefined;
    const schema = own ?? shared;
    versions.set(entry.name, convertOnce(schema, spec.group, entry.name, kind));
  }
  if (listed.length === 0 && typeof spec.version === 'string') {
    versions.set(spec.version, convertOnce(shared, spec.group, spec.version, kind));
  }
  return { group: spec.group, kind, versions, source };
}

/** The version's schema, converted on the first call; the same object on every later one. */
function convertOnce(schema: unknown, group: string, version: string, kind: string): () => JsonSchema | null {
  let converted: JsonSchema | null | undefined;
  return () => {
    if (converted === undefined) converted = isPlain(schema) ? rootSchema(schema, group, version, kind) : null;
    return converted;
  };
}

/** The top level: apiVersion and kind are fixed, metadata is the built-in ObjectMeta. */
function rootSchema(schema: Plain, group: string, version: string, kind: string): JsonSchema {
  const root = convert(schema, true);
  root.type = 'object';
  root.properties = {
    ...(root.properties ?? {}),
    apiVersion: { type: 'string', enum: [`${group}/${version}`] },
    kind: { type: 'string', enum: [kind] },
    metadata: builtinRef('meta.v1.ObjectMeta'),
  };
  return root;
}

const COPIED_NUMBERS = [
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'multipleOf',
] as const;

/**
 * One level of an openAPIV3Schema. `structural` is false inside allOf/anyOf/oneOf/not, where
 * Kubernetes only allows value checks: those branches must not forbid fields of their own.
 */
function convert(source: Plain, structural: boolean): JsonSchema {
  const out: JsonSchema = {};
  if (typeof source.description === 'string') out.description = source.description;
  if (source['x-kubernetes-int-or-string'] === true) out.type = ['integer', 'string'];
  else if (typeof source.type === 'string') out.type = source.type;
  if (Array.isArray(source.enum)) out.enum = source.enum;
  if (typeof source.format === 'string' && (KNOWN_FORMATS as readonly string[]).includes(source.format)) {
    out.format = source.format;
  }
  if (typeof source.pattern === 'string' && isUsablePattern(source.pattern)) out.pattern = source.pattern;
  for (const keyword of COPIED_NUMBERS) if (typeof source[keyword] === 'number') out[keyword] = source[keyword];
  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum.
  if (source.exclusiveMinimum === true && typeof source.minimum === 'number') {
    out.exclusiveMinimum = source.minimum;
    delete out.minimum;
  }
  if (source.exclusiveMaximum === true && typeof source.maximum === 'number') {
    out.exclusiveMaximum = source.maximum;
    delete out.maximum;
  }
  if (source.uniqueItems === true) out.uniqueItems = true;
  if (Array.isArray(source.required)) out.required = source.required.filter((r): r is string => typeof r === 'string');
  if (isPlain(source.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(source.properties)
        .filter((entry): entry is [string, Plain] => isPlain(entry[1]))
        .map(([name, sub]) => [name, convert(sub, structural)]),
    );
  }
  if (isPlain(source.items)) out.items = convert(source.items, structural);
  if (isPlain(source.additionalProperties)) out.additionalProperties = convert(source.additionalProperties, structural);
  else if (typeof source.additionalProperties === 'boolean') out.additionalProperties = source.additionalProperties;
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = source[keyword];
    if (Array.isArray(list)) out[keyword] = list.filter(isPlain).map((branch) => convert(branch, false));
  }
  if (isPlain(source.not)) out.not = convert(source.not, false);
  const embedded = source['x-kubernetes-embedded-resource'] === true;
  if (embedded) {
    out.properties = {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object' },
      ...(out.properties ?? {}),
    };
  }
  const preserve = source['x-kubernetes-preserve-unknown-fields'] === true;
  const isObject = out.type === 'object' || out.properties !== undefined;
  if (structural && isObject && !preserve && out.additionalProperties === undefined) {
    // The API server prunes fields its schema does not name; writing one is a silent loss.
    out.additionalProperties = false;
  }
  return out;
}
