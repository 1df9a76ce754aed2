// Builds the local Kubernetes JSON schema that yaml-language-server is given in the benchmark.
//
// Shape: like the `all.json` files yaml-language-server downloads for its `kubernetes` keyword, in
// their "strict" flavour: one top-level `oneOf` with an alternative per kind, unknown fields rejected.
// Source, in order of preference:
// 1. the product's own schemas (schemas/kubernetes/definitions.json), so both servers validate
//    against the very same definitions;
// 2. otherwise the type declarations of the `kubernetes-models` package (the release those schemas
//    come from), converted here.
// Nothing is fetched: the file is made from files in the repository or installed packages, and
// cached under bench/.cache.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

export interface JsonSchema {
  [key: string]: unknown;
}

export interface K8sSchemaInfo {
  path: string;
  source: string;
  kinds: number;
  definitions: number;
  bytes: number;
}

function packageRoot(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

function declarationFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      if (entry === '_schemas' || entry === 'node_modules') continue;
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.d.ts') && entry !== 'index.d.ts') out.push(full);
    }
  };
  walk(root);
  return out.sort();
}

class SchemaBuilder {
  readonly definitions: Record<string, JsonSchema> = {};
  private readonly names = new Map<ts.Symbol, string>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly roots: string[],
  ) {}

  private definitionName(symbol: ts.Symbol): string {
    const known = this.names.get(symbol);
    if (known !== undefined) return known;
    const file = symbol.declarations?.[0]?.getSourceFile().fileName ?? 'unknown';
    const root = this.roots.find((r) => file.startsWith(r)) ?? dirname(file);
    const rel = relative(root, file)
      .replace(/\.d\.ts$/, '')
      .replace(/[\\/]/g, '.');
    const name = `${root.split(/[\\/]/).pop() ?? 'pkg'}.${rel}.${symbol.getName()}`;
    this.names.set(symbol, name);
    return name;
  }

  private describe(symbol: ts.Symbol): string | undefined {
    const text = ts.displayPartsToString(symbol.getDocumentationComment(this.checker)).trim();
    return text.length > 0 ? text : undefined;
  }

  schemaOf(type: ts.Type): JsonSchema {
    const f = type.flags;
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (f & ts.TypeFlags.StringLiteral) return { type: 'string', enum: [(type as ts.StringLiteralType).value] };
    if (f & ts.TypeFlags.NumberLiteral) return { type: 'number', enum: [(type as ts.NumberLiteralType).value] };
    if (f & ts.TypeFlags.String) return { type: 'string' };
    if (f & ts.TypeFlags.Number) return { type: 'number' };
    if (f & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return { type: 'boolean' };
    if (f & ts.TypeFlags.Null) return { type: 'null' };
    if (type.isUnion()) return this.unionOf(type.types);
    if (this.checker.isArrayType(type)) {
      const [item] = this.checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: item === undefined ? {} : this.schemaOf(item) };
    }
    if (f & ts.TypeFlags.Object) return this.objectOf(type);
    return {};
  }

  private unionOf(types: readonly ts.Type[]): JsonSchema {
    const members = types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    if (members.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return { type: 'boolean' };
    if (members.every((t) => t.flags & ts.TypeFlags.StringLiteral)) {
      return { type: 'string', enum: members.map((t) => (t as ts.StringLiteralType).value) };
    }
    const schemas = members.map((t) => this.schemaOf(t));
    const [only] = schemas;
    if (schemas.length === 1 && only !== undefined) return only;
    const simple = schemas.every((s) => Object.keys(s).length === 1 && typeof s['type'] === 'string');
    if (simple) return { type: [...new Set(schemas.map((s) => s['type'] as string))] };
    return { anyOf: schemas };
  }

  private objectOf(type: ts.Type): JsonSchema {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const named = symbol !== undefined && (symbol.flags & ts.SymbolFlags.Interface) !== 0;
    if (!named) return this.shapeOf(type, undefined);
    const name = this.definitionName(symbol);
    if (this.definitions[name] === undefined) {
      this.definitions[name] = {}; // placeholder against recursion
      this.definitions[name] = this.shapeOf(type, this.describe(symbol));
    }
    return { $ref: `#/definitions/${name}` };
  }

  private shapeOf(type: ts.Type, description: string | undefined): JsonSchema {
    const schema: JsonSchema = { type: 'object' };
    if (description !== undefined) schema['description'] = description;
    const index = type.getStringIndexType();
    const props = this.checker.getPropertiesOfType(type);
    if (props.length > 0) {
      const properties: Record<string, JsonSchema> = {};
      const required: string[] = [];
      for (const prop of props) {
        const decl = prop.valueDeclaration ?? prop.declarations?.[0];
        if (decl === undefined) continue;
        const propType = this.checker.getTypeOfSymbolAtLocation(prop, decl);
        const propSchema = this.schemaOf(propType);
        const doc = this.describe(prop);
        properties[prop.getName()] =
          doc !== undefined && propSchema['$ref'] === undefined ? { description: doc, ...propSchema } : propSchema;
        if ((prop.flags & ts.SymbolFlags.Optional) === 0) required.push(prop.getName());
      }
      schema['properties'] = properties;
      if (required.length > 0) schema['required'] = required;
    }
    schema['additionalProperties'] = index === undefined ? props.length === 0 : this.schemaOf(index);
    return schema;
  }
}

/** Finds the interfaces that describe a top-level object: a literal apiVersion and kind. */
function topLevelKinds(program: ts.Program, checker: ts.TypeChecker, files: string[]): ts.Type[] {
  const kinds: ts.Type[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (source === undefined) continue;
    for (const statement of source.statements) {
      if (!ts.isInterfaceDeclaration(statement)) continue;
      const type = checker.getTypeAtLocation(statement.name);
      const apiVersion = type.getProperty('apiVersion');
      const kind = type.getProperty('kind');
      if (apiVersion === undefined || kind === undefined) continue;
      const literal = (s: ts.Symbol): boolean =>
        (checker.getTypeOfSymbolAtLocation(s, statement).flags & ts.TypeFlags.StringLiteral) !== 0;
      if (literal(apiVersion) && literal(kind)) kinds.push(type);
    }
  }
  return kinds;
}

export function buildKubernetesSchema(): { schema: JsonSchema; source: string; kinds: number } {
  const modelsRoot = packageRoot('kubernetes-models');
  const machineryRoot = packageRoot('@kubernetes-models/apimachinery');
  const version = (JSON.parse(readFileSync(join(modelsRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const files = declarationFiles(modelsRoot);
  const program = ts.createProgram(files, { noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const builder = new SchemaBuilder(checker, [modelsRoot, machineryRoot]);
  const alternatives = topLevelKinds(program, checker, files).map((t) => builder.schemaOf(t));
  const schema: JsonSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    description: `Kubernetes objects (kubernetes-models ${version}), strict`,
    oneOf: alternatives,
    definitions: builder.definitions,
  };
  return { schema, source: `kubernetes-models@${version}`, kinds: alternatives.length };
}

interface ProductSchemas {
  $schema?: string;
  'x-source'?: string;
  'x-kubernetes-release'?: string;
  'x-kinds'?: Record<string, Record<string, string>>;
  definitions?: Record<string, JsonSchema>;
}

/** The product's definitions wrapped into one document: a oneOf over every kind it lists. */
function fromProductSchemas(file: string): { schema: JsonSchema; source: string; kinds: number } | undefined {
  const product = JSON.parse(readFileSync(file, 'utf8')) as ProductSchemas;
  const kinds = product['x-kinds'];
  if (kinds === undefined || product.definitions === undefined) return undefined;
  const ids = Object.values(kinds).flatMap((byKind) => Object.values(byKind));
  const schema: JsonSchema = {
    $schema: product.$schema ?? 'http://json-schema.org/draft-07/schema#',
    description: 'Kubernetes objects, strict',
    oneOf: ids.map((id) => ({ $ref: `#/definitions/${id}` })),
    definitions: product.definitions,
  };
  const release = product['x-kubernetes-release'];
  const origin = `${product['x-source'] ?? 'unknown source'}${release === undefined ? '' : `, Kubernetes ${release}`}`;
  return { schema, source: `schemas/kubernetes/definitions.json (${origin})`, kinds: ids.length };
}

function writeCached(
  cacheDir: string,
  name: string,
  made: { schema: JsonSchema; source: string; kinds: number },
): K8sSchemaInfo {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, name);
  const text = JSON.stringify(made.schema);
  writeFileSync(path, text);
  const definitions = Object.keys(made.schema['definitions'] as object).length;
  const info: K8sSchemaInfo = {
    path,
    source: made.source,
    kinds: made.kinds,
    definitions,
    bytes: Buffer.byteLength(text),
  };
  writeFileSync(`${path}.meta.json`, JSON.stringify(info));
  return info;
}

function cached(cacheDir: string, name: string): K8sSchemaInfo | undefined {
  const path = join(cacheDir, name);
  const meta = `${path}.meta.json`;
  return existsSync(path) && existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as K8sSchemaInfo) : undefined;
}

/** Returns the schema file for yaml-language-server, making it first when missing or stale. */
export function ensureKubernetesSchema(cacheDir: string, repoRoot: string): K8sSchemaInfo {
  const productFile = join(repoRoot, 'schemas', 'kubernetes', 'definitions.json');
  if (existsSync(productFile)) {
    const hash = createHash('sha256').update(readFileSync(productFile)).digest('hex').slice(0, 12);
    const name = `product-${hash}.schema.json`;
    const hit = cached(cacheDir, name);
    if (hit !== undefined) return hit;
    const made = fromProductSchemas(productFile);
    if (made !== undefined) return writeCached(cacheDir, name, made);
  }
  const modelsRoot = packageRoot('kubernetes-models');
  const version = (JSON.parse(readFileSync(join(modelsRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const name = `kubernetes-models-${version}.schema.json`;
  return cached(cacheDir, name) ?? writeCached(cacheDir, name, buildKubernetesSchema());
}
