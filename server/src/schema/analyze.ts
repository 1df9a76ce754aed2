/**
 * What the schema rules know about each object of a file: which schema applies (built-in, from a
 * CRD, or none), whether apiVersion and kind make sense, and the field issues. Computed once per
 * parsed file and shared by the rules that report it.
 */
import type { K8sObject, ParsedYaml } from '../engine/kubernetes/parse';
import { sharedWork } from '../engine/rule-times';
import type { WorkspaceIndex } from '../engine/workspace';
import { builtinValidator, customValidator } from './compile';
import { customKindOf, isCrdObject, type CustomKind } from './crd';
import { isKustomizationFile } from './kustomize';
import type { SchemaNode } from './navigate';
import {
  apiVersionsServing,
  builtinKindDefinition,
  builtinKindIndex,
  builtinDefinition,
  groupOf,
  isBuiltinGroup,
  suggestKind,
  versionOf,
  type JsonSchema,
} from './store';
import { closest } from './suggest';
import { validateObject, type SchemaIssue } from './validate';

/** A problem with the object's apiVersion or kind, reported by kubernetes-schema. */
export interface IdentityIssue {
  code: 'unknown-kind' | 'kind-not-in-version' | 'unknown-api-version' | 'crd-version-missing';
  /** Which value to underline (and, with `replacement`, to rewrite). */
  field: 'apiVersion' | 'kind';
  data: Record<string, string>;
  /** A confident rewrite of `field`, offered as a fix. */
  replacement?: string;
}

/** An object that cannot be checked, reported once per kind as information by unknown-custom-resource. */
export interface MissingSchema {
  code: 'no-schema' | 'no-builtin-schema' | 'crd-unusable';
  data: Record<string, string>;
}

export interface ObjectAnalysis {
  object: K8sObject;
  /** The schema the object was validated against, for hovers and completion. */
  schema?: SchemaNode;
  issues: SchemaIssue[];
  identity?: IdentityIssue;
  missing?: MissingSchema;
}

export interface FileAnalysis {
  /** Every analysed object, in the file's order. */
  readonly objects: ObjectAnalysis[];
  /**
   * One object's analysis, for rules that look at one object at a time; undefined for objects that
   * are not analysed. Each is computed on first use, so a rule run that yields between objects also
   * spreads the validation of a file of large CRDs over its steps.
   */
  of(object: K8sObject): ObjectAnalysis | undefined;
}

/**
 * API groups of configuration files that look like objects but are no API resources: kustomize,
 * kubelet, kubeadm and scheduler configs, audit policies, kubelet credential providers, the
 * configs of local-cluster and dev-loop tools (kind, k3d, ctlptl, skaffold, kuttl, kpt). No CRD
 * exists for them, so neither a schema error nor a request for one would be true.
 */
const CONFIG_GROUPS =
  /(^|\.)config\.k8s\.io$|^kubeadm\.k8s\.io$|^audit\.k8s\.io$|^apiserver\.k8s\.io$|^credentialprovider\.kubelet\.k8s\.io$|^kind\.x-k8s\.io$|^k3d\.io$|^ctlptl\.dev$|^skaffold$|^kuttl\.dev$|^kpt\.dev$/;

/** A configuration file, not an API object; a kubeconfig is `v1` `Config`, a kind the core group does not serve. */
function isConfigFile(apiVersion: string, kind: string): boolean {
  return CONFIG_GROUPS.test(groupOf(apiVersion)) || (apiVersion === 'v1' && kind === 'Config');
}

const cache = new WeakMap<ParsedYaml, { uri: string; workspace: WorkspaceIndex | undefined; result: FileAnalysis }>();

/** What `--timing` calls the analysis, which more than one rule reads (engine/rule-times.ts). */
export const SCHEMA_ANALYSIS = '(shared) schema analysis';

export function analyzeFile(file: ParsedYaml, uri: string, workspace?: WorkspaceIndex): FileAnalysis {
  const hit = cache.get(file);
  if (hit && hit.uri === uri && hit.workspace === workspace) return hit.result;
  const result = computeAnalysis(file, uri, workspace);
  cache.set(file, { uri, workspace, result });
  return result;
}

function computeAnalysis(file: ParsedYaml, uri: string, workspace: WorkspaceIndex | undefined): FileAnalysis {
  // kustomization.yaml is kustomize's own file, never an API object.
  if (isKustomizationFile(uri)) return { objects: [], of: () => undefined };
  const partial = workspace?.isKustomizePatch?.(uri) ?? false;
  let customKinds: Map<string, CustomKind> | undefined;
  const done = new Map<K8sObject, ObjectAnalysis>();
  const analysed = (object: K8sObject): boolean =>
    // A document the YAML parser could not read fully would only yield echoes of its syntax error.
    object.document.errors.length === 0 && !!object.value && !isConfigFile(object.apiVersion, object.kind);
  const of = (object: K8sObject): ObjectAnalysis | undefined => {
    let analysis = done.get(object);
    if (!analysis && analysed(object)) {
      analysis = sharedWork(SCHEMA_ANALYSIS, () => {
        customKinds ??= collectCustomKinds(file, uri, workspace);
        return analyzeObject(object, customKinds, partial);
      });
      done.set(object, analysis);
    }
    return analysis;
  };
  let objects: ObjectAnalysis[] | undefined;
  return {
    get objects() {
      objects ??= file.objects.flatMap((object) => of(object) ?? []);
      return objects;
    },
    of,
  };
}

function collectCustomKinds(
  file: ParsedYaml,
  uri: string,
  workspace: WorkspaceIndex | undefined,
): Map<string, CustomKind> {
  const kinds = new Map<string, CustomKind>();
  const add = (custom: CustomKind | undefined): void => {
    const key = `${custom?.group}/${custom?.kind}`;
    if (custom && !kinds.has(key)) kinds.set(key, custom);
  };
  // CRDs in the file itself come first: they are what the author is editing right now.
  for (const object of file.objects) {
    if (isCrdObject(object.apiVersion, object.kind)) add(customKindOf(object.value, uri));
  }
  for (const source of workspace?.customResourceDefinitions?.() ?? []) add(customKindOf(source.definition, source.uri));
  return kinds;
}

function analyzeObject(object: K8sObject, customKinds: Map<string, CustomKind>, partial: boolean): ObjectAnalysis {
  const { apiVersion, kind } = object;
  const value = object.value as Record<string, unknown>;
  const definition = builtinKindDefinition(apiVersion, kind);
  if (definition) {
    const schema = builtinSchemaNode(definition);
    return {
      object,
      schema,
      issues: validateObject(builtinValidator(definition), value, object.root, schema, { partial }),
    };
  }
  const group = groupOf(apiVersion);
  const custom = customKinds.get(`${group}/${kind}`);
  if (custom) return analyzeCustom(object, custom, partial);
  const identity = identityIssue(apiVersion, kind);
  if (identity) return { object, issues: [], identity };
  if (isBuiltinGroup(group)) {
    return { object, issues: [], missing: { code: 'no-builtin-schema', data: { kind, apiVersion } } };
  }
  return { object, issues: [], missing: { code: 'no-schema', data: { kind, apiVersion } } };
}

function analyzeCustom(object: K8sObject, custom: CustomKind, partial: boolean): ObjectAnalysis {
  const version = versionOf(object.apiVersion);
  const value = object.value as Record<string, unknown>;
  if (!custom.versions.has(version)) {
    const versions = [...custom.versions.keys()];
    const suggestion = closest(version, versions) ?? (versions.length === 1 ? versions[0] : undefined);
    return {
      object,
      issues: [],
      identity: {
        code: 'crd-version-missing',
        field: 'apiVersion',
        data: {
          kind: object.kind,
          apiVersion: object.apiVersion,
          versions: versions.map((v) => `${custom.group}/${v}`).join(', '),
          source: displayName(custom.source),
          ...(suggestion ? { suggestion: `${custom.group}/${suggestion}` } : {}),
        },
        ...(suggestion ? { replacement: `${custom.group}/${suggestion}` } : {}),
      },
    };
  }
  const schema = custom.versions.get(version)?.();
  if (!schema) return { object, issues: [] }; // the CRD declares no schema for this version: anything goes
  let validate;
  try {
    validate = customValidator(schema);
  } catch {
    return {
      object,
      issues: [],
      missing: { code: 'crd-unusable', data: { kind: object.kind, source: displayName(custom.source) } },
    };
  }
  const node: SchemaNode = { schema };
  return { object, schema: node, issues: validateObject(validate, value, object.root, node, { partial }) };
}

/** apiVersion/kind pairs that match nothing, with the likeliest intended pair. */
function identityIssue(apiVersion: string, kind: string): IdentityIssue | undefined {
  const kinds = builtinKindIndex();
  const served = apiVersionsServing(kind);
  const inVersion = kinds[apiVersion];
  if (inVersion) {
    // The apiVersion is real; either the kind is misspelt or it lives in another group.
    if (served.length > 0) {
      const current = served[0] as string;
      return {
        code: 'kind-not-in-version',
        field: 'apiVersion',
        data: { kind, apiVersion, suggestion: current },
        replacement: current,
      };
    }
    const names = Object.keys(inVersion).filter((k) => !k.endsWith('List'));
    const suggestion = closest(kind, names);
    const elsewhere = suggestion ? undefined : suggestKind(kind);
    if (elsewhere) {
      const home = apiVersionsServing(elsewhere)[0] ?? '';
      return {
        code: 'unknown-kind',
        field: 'kind',
        data: { kind, apiVersion, suggestion: elsewhere, suggestionApiVersion: home },
      };
    }
    return {
      code: 'unknown-kind',
      field: 'kind',
      data: { kind, apiVersion, ...(suggestion ? { suggestion } : {}) },
      ...(suggestion ? { replacement: suggestion } : {}),
    };
  }
  const group = groupOf(apiVersion);
  const version = versionOf(apiVersion);
  const builtinGroup = isBuiltinGroup(group);
  // Alpha and beta versions of built-in groups may be switched on by feature gates: no schema, no error.
  if (builtinGroup && /^v\d+(alpha|beta)\d+$/.test(version)) return undefined;
  // Custom resource groups always contain a dot; one without (or a built-in group with a
  // nonexistent version, or a near-miss of a built-in group) is a typo.
  const nearBuiltin = served.length > 0 && served.some((v) => closest(group, [groupOf(v)]) !== undefined);
  if (!builtinGroup && group.includes('.') && !nearBuiltin) return undefined;
  const suggestion = closest(apiVersion, served) ?? served[0] ?? closest(apiVersion, Object.keys(kinds));
  return {
    code: 'unknown-api-version',
    field: 'apiVersion',
    data: { kind, apiVersion, ...(suggestion ? { suggestion } : {}) },
    ...(suggestion && served.includes(suggestion) ? { replacement: suggestion } : {}),
  };
}

/** Whether the object is valid as-is under another apiVersion of the same kind (for API migration fixes). */
export function validUnder(object: K8sObject, apiVersion: string, kind = object.kind): boolean {
  const definition = builtinKindDefinition(apiVersion, kind);
  if (!definition || !object.value) return false;
  const value = { ...object.value, apiVersion, kind };
  const schema = builtinSchemaNode(definition);
  return validateObject(builtinValidator(definition), value, object.root, schema).length === 0;
}

/** A file's name for messages: the last segment of its URI or path, decoded. */
function displayName(source: string): string {
  const last = source.split(/[\\/]/).pop() || source;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The schema an object of `apiVersion`/`kind` is checked against, if any (for hovers and completion). */
export function objectSchema(
  file: ParsedYaml,
  uri: string,
  workspace: WorkspaceIndex | undefined,
  apiVersion: string,
  kind: string,
): SchemaNode | undefined {
  const definition = builtinKindDefinition(apiVersion, kind);
  if (definition) return builtinSchemaNode(definition);
  const custom = collectCustomKinds(file, uri, workspace).get(`${groupOf(apiVersion)}/${kind}`);
  const schema = custom?.versions.get(versionOf(apiVersion))?.();
  return schema ? { schema } : undefined;
}

/** A built-in definition's schema node; the schema is read from the definitions when first asked for. */
function builtinSchemaNode(definition: string): SchemaNode {
  let schema: JsonSchema | undefined;
  return {
    definition,
    get schema(): JsonSchema {
      schema ??= builtinDefinition(definition) as JsonSchema;
      return schema;
    },
  };
}
