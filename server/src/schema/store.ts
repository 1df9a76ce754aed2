/**
 * The built-in Kubernetes schemas (schemas/kubernetes/definitions.json), read on first use. The
 * file ships beside the bundles (scripts/build.mjs) and is read lazily, so a Dockerfile-only
 * session never pays for it.
 */
import { kubernetesDefinitionsText } from '../generated-modules';
import { KUBERNETES_RELEASE } from './release';
import { closest } from './suggest';
import { compareCodeUnits } from '../engine/order';
import { ownValue } from '../engine/own-keys';

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  [keyword: string]: unknown;
};

export interface SchemaDocument {
  $schema: string;
  'x-source': string;
  'x-kubernetes-release': string;
  /** apiVersion → kind → definition id. */
  'x-kinds': Record<string, Record<string, string>>;
  definitions: Record<string, JsonSchema>;
}

let loaded: SchemaDocument | undefined;
let kindsLoaded: Record<string, Record<string, string>> | undefined;

/**
 * apiVersion → kind → definition id, from a file of its own (schemas/kubernetes/kinds.json, 15 KB):
 * naming an object's definition and running its build-time validator need nothing else, and
 * parsing the megabyte of definitions took every `cntutor lint` of a manifest ~16 ms. Those are
 * read when a finding is described or a kind has no build-time validator.
 */
export function builtinKindIndex(): Record<string, Record<string, string>> {
  if (!kindsLoaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const file = require('../../../schemas/kubernetes/kinds.json') as Pick<
      SchemaDocument,
      'x-kinds' | 'x-kubernetes-release'
    >;
    expectRelease(file['x-kubernetes-release'], 'kinds');
    kindsLoaded = file['x-kinds'];
  }
  return kindsLoaded;
}

let definitionsText: string | undefined;
const definitionsRead = new Map<string, JsonSchema | undefined>();

/**
 * The whole definitions file, parsed: the generators and tests read it all, the engine one
 * definition at a time (builtinDefinition), from the same text.
 */
export function builtinSchemas(): SchemaDocument {
  loaded ??= JSON.parse((definitionsText ??= readDefinitionsText())) as SchemaDocument;
  return loaded;
}

/**
 * One built-in definition by its id. Describing a finding or compiling a rarer kind reads a few
 * definitions of the 950, and parsing the whole megabyte for them took ~10 ms of a `cntutor lint`
 * run: the file is read as text, and only the definitions asked for are parsed. The generator
 * writes each definition on a line of its own, `"<id>":{…},` (scripts/generate-k8s-schemas.ts).
 */
export function builtinDefinition(id: string): JsonSchema | undefined {
  if (loaded) return loaded.definitions[id];
  if (definitionsRead.has(id)) return definitionsRead.get(id);
  definitionsText ??= readDefinitionsText();
  const key = `\n${JSON.stringify(id)}:`;
  const at = definitionsText.indexOf(key);
  let definition: JsonSchema | undefined;
  if (at >= 0) {
    const start = at + key.length;
    let end = definitionsText.indexOf('\n', start);
    if (end < 0) end = definitionsText.length;
    if (definitionsText[end - 1] === ',') end--;
    definition = JSON.parse(definitionsText.slice(start, end)) as JsonSchema;
  }
  definitionsRead.set(id, definition);
  return definition;
}

function readDefinitionsText(): string {
  const text = kubernetesDefinitionsText();
  const release = /"x-kubernetes-release":"([^"]*)"/.exec(text.slice(0, text.indexOf('\n')))?.[1];
  expectRelease(release ?? 'none', 'schemas');
  return text;
}

/** A shipped file made from another release's schemas than the engine's is a broken build. */
function expectRelease(release: string, what: string): void {
  if (release !== KUBERNETES_RELEASE)
    throw new Error(`${what} are for Kubernetes ${release}, the engine expects ${KUBERNETES_RELEASE}`);
}

/** How many definitions this process has read (for tests): every one, once the whole file is parsed. */
export function builtinDefinitionsRead(): number {
  return loaded ? Object.keys(loaded.definitions).length : definitionsRead.size;
}

export const DEFINITION_PREFIX = '#/definitions/';

export function definitionIdOfRef(ref: string): string | undefined {
  return ref.startsWith(DEFINITION_PREFIX) ? ref.slice(DEFINITION_PREFIX.length) : undefined;
}

/** The definition id of a built-in kind, e.g. apps/v1 Deployment → apps.v1.Deployment. */
export function builtinKindDefinition(apiVersion: string, kind: string): string | undefined {
  const kinds = ownValue(builtinKindIndex(), apiVersion);
  return kinds && ownValue(kinds, kind);
}

/** The API group of an apiVersion: "" for the core group ("v1"). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function versionOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
}

let groups: Set<string> | undefined;

export function isBuiltinGroup(group: string): boolean {
  groups ??= new Set(Object.keys(builtinKindIndex()).map(groupOf));
  return groups.has(group);
}

/** Every apiVersion that serves `kind` in the built-in schemas, newest-looking first (v2 before v1beta1). */
export function apiVersionsServing(kind: string): string[] {
  const found: string[] = [];
  for (const [apiVersion, kinds] of Object.entries(builtinKindIndex())) {
    if (Object.hasOwn(kinds, kind)) found.push(apiVersion);
  }
  return found.sort((a, b) => versionRank(versionOf(b)) - versionRank(versionOf(a)) || compareCodeUnits(a, b));
}

/** Orders Kubernetes versions: v2 > v1 > v1beta2 > v1beta1 > v1alpha1. */
export function versionRank(version: string): number {
  const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(version);
  if (!match) return -1;
  const major = Number(match[1]);
  const stage = match[2] === 'alpha' ? 0 : match[2] === 'beta' ? 1 : 2;
  return major * 1000 + stage * 100 + Number(match[3] ?? 0);
}

let allKinds: string[] | undefined;

/** Kind names without the *List companions, which are never written by hand. */
export function builtinKinds(): string[] {
  if (!allKinds) {
    const set = new Set<string>();
    for (const kinds of Object.values(builtinKindIndex())) {
      for (const kind of Object.keys(kinds)) if (!kind.endsWith('List')) set.add(kind);
    }
    allKinds = [...set].sort();
  }
  return allKinds;
}

export function suggestKind(kind: string): string | undefined {
  return closest(kind, builtinKinds());
}

export function builtinApiVersions(): string[] {
  return Object.keys(builtinKindIndex());
}

/** Follows `$ref`s until a schema with content. */
export function resolveRef(
  schema: JsonSchema | undefined,
  definitions: Record<string, JsonSchema>,
): JsonSchema | undefined {
  let current = schema;
  for (let hops = 0; current?.$ref && hops < 20; hops++) {
    const id = definitionIdOfRef(current.$ref);
    current = id ? definitions[id] : undefined;
  }
  return current;
}
