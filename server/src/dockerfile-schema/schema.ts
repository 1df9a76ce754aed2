/**
 * The Dockerfile schema (schemas/dockerfile/instructions.schema.json) and what hovers, completion
 * and messages read from it: the instructions, each one's flags, the mount types and their
 * options, the parser directives, and their descriptions in English and Korean. Bundled by
 * esbuild; required on first use so a manifest-only session never parses it.
 */
import type { Locale } from '../engine/types';

export interface DockerfileSchemaNode {
  $ref?: string;
  type?: string | string[];
  description?: string;
  'x-description-ko'?: string;
  'x-usage'?: string[];
  'x-value'?: string;
  'x-examples'?: string[];
  'x-since'?: string;
  'x-concept'?: string;
  'x-reference'?: string;
  'x-alias-of'?: string;
  'x-hidden'?: boolean;
  'x-default'?: string;
  'x-expects'?: string;
  'x-flags-ignored'?: boolean;
  properties?: Record<string, DockerfileSchemaNode>;
  items?: DockerfileSchemaNode | DockerfileSchemaNode[];
  anyOf?: DockerfileSchemaNode[];
  enum?: unknown[];
  format?: string;
  [keyword: string]: unknown;
}

export interface DockerfileSchemaDocument {
  $id: string;
  'x-source': string;
  'x-reference': string;
  'x-instructions': string[];
  definitions: Record<string, DockerfileSchemaNode>;
}

let loaded: DockerfileSchemaDocument | undefined;

export function dockerfileSchema(): DockerfileSchemaDocument {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('../../../schemas/dockerfile/instructions.schema.json') as DockerfileSchemaDocument;
  return loaded;
}

/** `#/definitions/x` → the definition. */
function deref(node: DockerfileSchemaNode): DockerfileSchemaNode | undefined {
  const ref = node.$ref;
  return ref?.startsWith('#/definitions/') ? dockerfileSchema().definitions[ref.slice(14)] : undefined;
}

/** A property of a node, looking through its `$ref`. */
function property(node: DockerfileSchemaNode | undefined, name: string): DockerfileSchemaNode | undefined {
  if (!node) return undefined;
  return node.properties?.[name] ?? property(deref(node), name);
}

/** A keyword's value on the node or, failing that, on what it refers to. */
export function annotation<K extends keyof DockerfileSchemaNode>(
  node: DockerfileSchemaNode | undefined,
  key: K,
): DockerfileSchemaNode[K] | undefined {
  if (!node) return undefined;
  return node[key] ?? annotation(deref(node), key);
}

export function describe(node: DockerfileSchemaNode | undefined, locale: Locale): string | undefined {
  return (locale === 'ko' ? annotation(node, 'x-description-ko') : undefined) ?? annotation(node, 'description');
}

export function instructionNames(): readonly string[] {
  return dockerfileSchema()['x-instructions'];
}

export function instructionSchema(keyword: string): DockerfileSchemaNode | undefined {
  const upper = keyword.toUpperCase();
  return instructionNames().includes(upper) ? dockerfileSchema().definitions[upper] : undefined;
}

/** The flags an instruction takes, by name. */
export function flagsOf(keyword: string): Record<string, DockerfileSchemaNode> {
  return property(instructionSchema(keyword), 'flags')?.properties ?? {};
}

export function flagSchema(keyword: string, flag: string): DockerfileSchemaNode | undefined {
  return flagsOf(keyword)[flag];
}

/** The instructions that take a flag of this name. */
export function flagOwners(flag: string): string[] {
  return instructionNames().filter((keyword) => flag in flagsOf(keyword));
}

/** Whether a flag may be given several times (its list has no maxItems). */
export function isRepeatable(node: DockerfileSchemaNode | undefined): boolean {
  return annotation(node, 'maxItems') === undefined;
}

/** Whether a flag is a boolean (written without a value, or `=true|false`). */
export function isBooleanFlag(node: DockerfileSchemaNode | undefined): boolean {
  const items = annotation(node, 'items');
  return !Array.isArray(items) && annotation(items, 'format') === 'boolean';
}

export function mountTypes(): string[] {
  const types = dockerfileSchema().definitions['mount-type']?.anyOf?.[0]?.enum ?? [];
  return types.filter((t): t is string => typeof t === 'string');
}

export function mountTypeSchema(type: string): DockerfileSchemaNode | undefined {
  return mountTypes().includes(type) ? dockerfileSchema().definitions[`mount-${type}`] : undefined;
}

/** A mount type's options, by name; with `documented`, only those the reference documents (no aliases). */
export function mountOptions(type: string, documented = false): Record<string, DockerfileSchemaNode> {
  const all = mountTypeSchema(type)?.properties ?? {};
  if (!documented) return all;
  return Object.fromEntries(Object.entries(all).filter(([, node]) => !node['x-hidden'] && !node['x-alias-of']));
}

/** The mount types that take an option of this name. */
export function mountOptionOwners(option: string): string[] {
  return mountTypes().filter((type) => {
    const node = mountOptions(type)[option];
    return node !== undefined && !node['x-hidden'];
  });
}

/** The values an option or flag allows, when it has a fixed set. */
export function enumValues(node: DockerfileSchemaNode | undefined): string[] {
  if (!node) return [];
  const direct = node.enum ?? node.anyOf?.find((branch) => branch.enum)?.enum;
  if (direct) return direct.filter((v): v is string => typeof v === 'string');
  const items = node.items;
  if (items && !Array.isArray(items)) {
    const fromItems = enumValues(items);
    if (fromItems.length > 0) return fromItems;
  }
  const target = deref(node);
  return target ? enumValues(target) : [];
}

export function directiveSchemas(): Record<string, DockerfileSchemaNode> {
  return dockerfileSchema().definitions.directives?.properties ?? {};
}

/** The reference page of an instruction, for hovers. */
export function referenceUrl(keyword: string): string {
  const document = dockerfileSchema();
  return `${document['x-reference']}${instructionSchema(keyword)?.['x-reference'] ?? ''}`;
}
