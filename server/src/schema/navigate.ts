/**
 * Walking a schema along a path of keys and indexes, the way a document nests: what field
 * `spec.template.spec.containers[0].ports` is, what keys fit there, how to name its type.
 * Used for "did you mean" suggestions, hovers and completions; validation itself is Ajv's.
 */
import { builtinDefinition, definitionIdOfRef, type JsonSchema } from './store';

export type SchemaPath = readonly (string | number)[];

/** A schema reached by walking, with the name of the definition it came from, if any. */
export interface SchemaNode {
  schema: JsonSchema;
  /** Definition id when the node is a named type (core.v1.Container). */
  definition?: string;
}

/** Refs may be `#/definitions/x` (the shipped file) or `k8s:x` (custom schemas pointing at built-ins). */
function refTarget(ref: string): string | undefined {
  return definitionIdOfRef(ref) ?? (ref.startsWith('k8s:') ? ref.slice(4) : undefined);
}

export function resolve(node: SchemaNode): SchemaNode {
  let current = node;
  for (let hops = 0; current.schema.$ref && hops < 32; hops++) {
    const id = refTarget(current.schema.$ref);
    const target = id ? builtinDefinition(id) : undefined;
    if (!id || !target) break;
    current = { schema: target, definition: id };
  }
  return current;
}

/** Branches of allOf/anyOf/oneOf, which CRD schemas use to add constraints or alternatives. */
function branches(schema: JsonSchema): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[keyword];
    if (Array.isArray(list)) out.push(...(list as JsonSchema[]));
  }
  return out;
}

/**
 * The schema of one step down, or undefined when the schema says nothing about it. The result is
 * left unresolved: a property's own description sits beside its `$ref`.
 */
export function child(node: SchemaNode, segment: string | number): SchemaNode | undefined {
  const { schema } = resolve(node);
  if (typeof segment === 'number') {
    if (schema.items && typeof schema.items === 'object') return { schema: schema.items };
  } else {
    const property = schema.properties?.[segment];
    if (property) return { schema: property };
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      return { schema: schema.additionalProperties };
    }
  }
  for (const branch of branches(schema)) {
    const found = child({ schema: branch }, segment);
    if (found) return found;
  }
  return undefined;
}

export function schemaAt(root: SchemaNode, path: SchemaPath): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    node = child(node, segment);
  }
  return node;
}

/** Field names an object schema declares, in its own order. */
export function propertyNames(node: SchemaNode): string[] {
  const { schema } = resolve(node);
  const names = new Set(Object.keys(schema.properties ?? {}));
  for (const branch of branches(schema)) for (const name of propertyNames({ schema: branch })) names.add(name);
  return [...names];
}

export function requiredNames(node: SchemaNode): string[] {
  const { schema } = resolve(node);
  return Array.isArray(schema.required) ? schema.required : [];
}

/** The short type name of a definition id: core.v1.Container → Container. */
export function shortName(definition: string): string {
  return definition.slice(definition.lastIndexOf('.') + 1);
}

const SPECIAL: Record<string, string> = {
  'resource.Quantity': 'quantity (such as 500m, 128Mi, 2)',
  'util.intstr.IntOrString': 'integer or string (a number or a named port)',
  'meta.v1.Time': 'time (RFC 3339, such as 2024-01-31T12:00:00Z)',
  'meta.v1.MicroTime': 'time (RFC 3339 with microseconds)',
};

/** A type as a reader would say it: `[]Container`, `map[string]string`, `integer`, `"Always" | "Never"`. */
export function describeType(node: SchemaNode, depth = 0): string {
  const named = node.schema.$ref ? refTarget(node.schema.$ref) : node.definition;
  if (named && SPECIAL[named]) return SPECIAL[named];
  const { schema, definition } = resolve(node);
  const name = definition ?? named;
  if (name && SPECIAL[name]) return SPECIAL[name];
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  }
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type;
  if (type === 'array' && schema.items && depth < 3) return `[]${describeType({ schema: schema.items }, depth + 1)}`;
  if (type === 'object' || schema.properties || schema.additionalProperties) {
    if (name && schema.properties) return depth > 0 ? shortName(name) : `object (${shortName(name)})`;
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object' && depth < 3) {
      return `map[string]${describeType({ schema: schema.additionalProperties }, depth + 1)}`;
    }
    return 'object';
  }
  if (!type) return name ? shortName(name) : 'any value';
  return schema.format === 'int32' ? 'integer (32-bit)' : schema.format === 'byte' ? 'string (base64)' : type;
}
