/**
 * Generates schemas/kubernetes/*.json from the `kubernetes-models` npm package.
 *
 * Source of truth, in two parts:
 * - the package's typings (`*.d.ts`): every definition, its fields, which are required, enum
 *   values and the field descriptions shown in hovers;
 * - the package's precompiled validators (`_schemas/*.js`): what the typings cannot say, such as
 *   whether a number is an integer and which string formats (base64, int32 ranges) apply. They
 *   are asked by probing: a field is fed a fractional number or a malformed string and the
 *   error the validator returns names the constraint.
 *
 * Run: `npm run generate:schemas`. The output depends only on the installed package version, so
 * running it again gives byte-identical files.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { API_VERSION_CHANGES } from '../server/src/schema/api-versions';
import { KUBERNETES_RELEASE } from '../server/src/schema/release';

const ROOT = path.join(__dirname, '..');
const MODELS = path.join(ROOT, 'node_modules/kubernetes-models');
const APIMACHINERY = path.join(ROOT, 'node_modules/@kubernetes-models/apimachinery');
const OUT_DIR = path.join(ROOT, 'schemas/kubernetes');

/** The package version this script was written against, and the Kubernetes release it carries. */
const SOURCE = { package: 'kubernetes-models', version: '5.1.0', kubernetes: KUBERNETES_RELEASE };

type JsonSchema = { [key: string]: unknown };

interface Definition {
  id: string;
  /** Module name of the precompiled validator, e.g. IoK8sApiAppsV1Deployment. */
  validator: string;
  file: string;
  schema: JsonSchema;
  /** Fields whose exact number/string constraints the validator is asked about. */
  probes: Probe[];
}

interface Probe {
  /** Where in the schema the answer goes. */
  target: JsonSchema;
  /** Path from the definition's root value to the probed spot. */
  path: (string | number)[];
  kind: 'number' | 'string';
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (name === '_schemas' || name === 'node_modules') continue;
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith('.d.ts') && name !== 'index.d.ts') out.push(full);
  }
  return out;
}

/** A readable, stable id from the file's place in the package: apps/v1/Deployment.d.ts → apps.v1.Deployment. */
function idOf(file: string): string {
  if (file.startsWith(APIMACHINERY)) {
    const rel = path.relative(APIMACHINERY, file).replace(/\.d\.ts$/, '');
    return rel
      .replace(/^apis\/meta\//, 'meta/')
      .replace(/^api\/resource\//, 'resource/')
      .split('/')
      .join('.');
  }
  const rel = path.relative(MODELS, file).replace(/\.d\.ts$/, '');
  const parts = rel.split('/');
  // The core group lives at the package root (v1/Pod); name it like the others.
  if (parts.length === 2) parts.unshift('core');
  return parts.join('.');
}

function resolveImport(fromFile: string, spec: string): string | undefined {
  let target: string;
  if (spec.startsWith('@kubernetes-models/apimachinery/')) {
    target = path.join(APIMACHINERY, spec.slice('@kubernetes-models/apimachinery/'.length));
  } else if (spec.startsWith('.')) {
    target = path.resolve(path.dirname(fromFile), spec);
  } else return undefined;
  return target.replace(/\.js$/, '') + '.d.ts';
}

function jsDoc(node: ts.Node): string | undefined {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const comment = docs?.[docs.length - 1]?.comment;
  if (typeof comment !== 'string') return undefined;
  const text = comment.trim();
  return text || undefined;
}

const FORMAT_OF_ALIAS: Record<string, JsonSchema> = {
  'resource.Quantity': { type: ['string', 'number'], format: 'quantity' },
  'util.intstr.IntOrString': { type: ['integer', 'string'] },
  'meta.v1.Time': { type: 'string', format: 'date-time' },
  'meta.v1.MicroTime': { type: 'string', format: 'date-time' },
};

function parseFile(file: string, deprecatedDescriptions: boolean): Definition | undefined {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const id = idOf(file);
  const imports = new Map<string, string>();
  let iface: ts.InterfaceDeclaration | undefined;
  let validator: string | undefined;
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const target = resolveImport(file, statement.moduleSpecifier.text);
      const bindings = statement.importClause?.namedBindings;
      if (target && bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) imports.set(element.name.text, idOf(target));
      }
    } else if (ts.isInterfaceDeclaration(statement)) {
      iface = statement;
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) {
        if (!element.name.text.startsWith('II')) validator = element.name.text;
      }
    }
  }
  if (!validator) return undefined;
  if (iface) imports.set(iface.name.text, id); // recursive types (JSONSchemaProps) name themselves
  const alias = FORMAT_OF_ALIAS[id];
  if (!iface) {
    if (!alias) throw new Error(`${file}: a type alias this script does not know`);
    return { id, validator, file, schema: { ...alias }, probes: [] };
  }
  const probes: Probe[] = [];
  const schema: JsonSchema = {};
  const description = deprecatedDescriptions ? undefined : jsDoc(iface);
  if (description) schema.description = description;
  const members = iface.members.filter(ts.isPropertySignature);
  if (members.length === 0) return { id, validator, file, schema, probes }; // free-form (RawExtension, JSON…)
  Object.assign(schema, objectSchema(members, imports, file, probes, [], deprecatedDescriptions));
  return { id, validator, file, schema, probes };
}

function objectSchema(
  members: readonly ts.PropertySignature[],
  imports: Map<string, string>,
  file: string,
  probes: Probe[],
  at: (string | number)[],
  withoutDescriptions: boolean,
): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const member of members) {
    const name = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : undefined;
    if (!name || !member.type) throw new Error(`${file}: unreadable member`);
    const property = typeSchema(member.type, imports, file, probes, [...at, name], withoutDescriptions);
    const doc = withoutDescriptions ? undefined : jsDoc(member);
    // Added in place: probes hold this very object and fill its type in later.
    if (doc) property.description = doc;
    properties[name] = property;
    // apiVersion and kind are required at the top level, which the engine checks itself;
    // where a kind is embedded (volumeClaimTemplates) they may be left out.
    if (!member.questionToken && name !== 'apiVersion' && name !== 'kind') required.push(name);
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
}

function typeSchema(
  node: ts.TypeNode,
  imports: Map<string, string>,
  file: string,
  probes: Probe[],
  at: (string | number)[],
  withoutDescriptions: boolean,
): JsonSchema {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword: {
      const schema: JsonSchema = { type: 'string' };
      probes.push({ target: schema, path: at, kind: 'string' });
      return schema;
    }
    case ts.SyntaxKind.NumberKeyword: {
      const schema: JsonSchema = { type: 'number' };
      probes.push({ target: schema, path: at, kind: 'number' });
      return schema;
    }
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' };
  }
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal))
    return { type: 'string', enum: [node.literal.text] };
  if (ts.isUnionTypeNode(node)) {
    const values = node.types.map((t) =>
      ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : undefined,
    );
    if (values.some((v) => v === undefined)) throw new Error(`${file}: a union other than string literals`);
    return { type: 'string', enum: values };
  }
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const name = node.typeName.text;
    if (name === 'Array' && node.typeArguments?.[0]) {
      return {
        type: 'array',
        items: typeSchema(node.typeArguments[0], imports, file, probes, [...at, 0], withoutDescriptions),
      };
    }
    const target = imports.get(name);
    if (!target) throw new Error(`${file}: unresolved type ${name}`);
    return { $ref: `#/definitions/${target}` };
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index && node.members.length === 1) {
      const values = typeSchema(index.type, imports, file, probes, [...at, 'key'], withoutDescriptions);
      return { type: 'object', additionalProperties: values };
    }
    const members = node.members.filter(ts.isPropertySignature);
    if (members.length === node.members.length) {
      return objectSchema(members, imports, file, probes, at, withoutDescriptions);
    }
  }
  throw new Error(`${file}: unsupported type ${ts.SyntaxKind[node.kind]}`);
}

/** Fills integer/format facts in by asking the package's own validators. */
async function probe(definitions: Definition[]): Promise<void> {
  for (const definition of definitions) {
    if (definition.probes.length === 0) continue;
    const modulePath = definition.file.startsWith(APIMACHINERY)
      ? `@kubernetes-models/apimachinery/_schemas/${definition.validator}`
      : `kubernetes-models/_schemas/${definition.validator}`;
    const { validate } = (await import(modulePath)) as {
      validate: ((data: unknown) => boolean) & {
        errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null;
      };
    };
    for (const p of definition.probes) {
      const errorsFor = (value: unknown): { keyword: string; params: Record<string, unknown> }[] => {
        const data = build(p.path, value);
        validate(data);
        const pointer = '/' + p.path.join('/');
        return (validate.errors ?? []).filter((e) => e.instancePath === pointer);
      };
      if (p.kind === 'number') {
        if (errorsFor(1.5).some((e) => e.keyword === 'type' && e.params.type === 'integer')) p.target.type = 'integer';
        const format = errorsFor(2 ** 53).find((e) => e.keyword === 'format')?.params.format;
        if (format === 'int32') p.target.format = 'int32';
      } else {
        const format = errorsFor('%%% not valid %%%').find((e) => e.keyword === 'format')?.params.format;
        if (typeof format === 'string') {
          if (format !== 'byte') throw new Error(`${definition.id}: unknown string format ${format}`);
          p.target.format = 'byte';
        }
      }
    }
  }
}

function build(at: (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at;
  const inner = build(rest, value);
  return typeof head === 'number' ? [inner] : { [head as string]: inner };
}

/**
 * Deterministic JSON: definitions one per line, so a regeneration diff is readable and the engine
 * can parse one definition alone (builtinDefinition in server/src/schema/store.ts). All ASCII, with
 * the few other characters of the descriptions escaped: Node reads an ASCII file as UTF-8 about
 * four times faster (1 MB: 1.5 ms instead of 5.7).
 */
function render(meta: JsonSchema, definitions: Map<string, JsonSchema>): string {
  const lines = [...definitions.keys()]
    .sort()
    .map((id) => `${JSON.stringify(id)}:${JSON.stringify(definitions.get(id))}`);
  const text = `{"$schema":"http://json-schema.org/draft-07/schema#",${JSON.stringify(meta).slice(1, -1)},\n"definitions":{\n${lines.join(',\n')}\n}}\n`;
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

async function main(): Promise<void> {
  const installed = (JSON.parse(readFileSync(path.join(MODELS, 'package.json'), 'utf8')) as { version: string })
    .version;
  if (installed !== SOURCE.version) {
    throw new Error(
      `kubernetes-models ${installed} is installed; this script expects ${SOURCE.version}. Update SOURCE after checking its Kubernetes release.`,
    );
  }
  const files = [...walk(MODELS), ...walk(APIMACHINERY)];
  // Versions removed from the API keep their structure for validation, not their prose:
  // the advice for them is to move to the replacement, whose descriptions ship.
  const removed = new Set(
    API_VERSION_CHANGES.filter((c) => c.removedIn && c.apiVersion !== 'v1').map((c) => c.apiVersion),
  );
  const definitions: Definition[] = [];
  for (const file of files) {
    const folder = path.relative(MODELS, path.dirname(file));
    const definition = parseFile(file, removed.has(folder));
    if (definition) definitions.push(definition);
  }
  await probe(definitions);
  const byId = new Map<string, JsonSchema>();
  const kinds: Record<string, Record<string, string>> = {};
  for (const d of definitions) {
    if (byId.has(d.id)) throw new Error(`duplicate id ${d.id}`);
    byId.set(d.id, d.schema);
    const props = d.schema.properties as Record<string, JsonSchema> | undefined;
    const apiVersion = (props?.apiVersion?.enum as string[] | undefined)?.[0];
    const kind = (props?.kind?.enum as string[] | undefined)?.[0];
    if (apiVersion && kind && (props?.apiVersion?.enum as string[]).length === 1) {
      (kinds[apiVersion] ??= {})[kind] = d.id;
    }
  }
  const sortedKinds = Object.fromEntries(
    Object.keys(kinds)
      .sort()
      .map((v) => [v, Object.fromEntries(Object.entries(kinds[v] ?? {}).sort(([a], [b]) => a.localeCompare(b)))]),
  );
  mkdirSync(OUT_DIR, { recursive: true });
  const meta = {
    'x-source': `${SOURCE.package}@${SOURCE.version}`,
    'x-kubernetes-release': SOURCE.kubernetes,
    'x-kinds': sortedKinds,
  };
  writeFileSync(path.join(OUT_DIR, 'definitions.json'), render(meta, byId));
  // Which definition each apiVersion/kind is, apart: most runs need only this of the megabyte.
  const kindsFile = { 'x-kubernetes-release': SOURCE.kubernetes, 'x-kinds': sortedKinds };
  writeFileSync(path.join(OUT_DIR, 'kinds.json'), `${JSON.stringify(kindsFile)}\n`);
  const kindCount = Object.values(sortedKinds).reduce((n, k) => n + Object.keys(k).length, 0);
  console.log(`wrote ${byId.size} definitions, ${kindCount} kinds, to ${path.relative(ROOT, OUT_DIR)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
