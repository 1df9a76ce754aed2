/**
 * Runs a compiled validator over one object and turns Ajv's errors into short, structured
 * issues: what is wrong, at which path, and whether the key, the value or the owning object is
 * the place to underline. Wording happens in the rules, in the user's language.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Validator, ValidationError } from './compile';
import { splitPointer } from './locate';
import { propertyNames, resolve, schemaAt, shortName, type SchemaNode } from './navigate';
import { closest } from './suggest';
import { readsAlikeInYaml11, YAML11_BOOLEAN } from '../engine/kubernetes/yaml11-alike';

/** The kinds of schema problem, one message each. */
export type IssueCode =
  | 'unknown-field'
  | 'wrong-type'
  | 'missing-field'
  | 'bad-enum'
  | 'bad-quantity'
  | 'int32-range'
  | 'not-base64'
  | 'bad-time'
  | 'too-small'
  | 'too-large'
  | 'too-short'
  | 'too-long'
  | 'pattern'
  | 'too-few-items'
  | 'too-many-items'
  | 'duplicate-items'
  | 'not-multiple'
  | 'too-few-fields'
  | 'too-many-fields'
  | 'no-matching-form';

/** Type words, translated by the rule: `integer` → "an integer" / "정수". */
export type TypeWord =
  'integer' | 'number' | 'string' | 'boolean' | 'list' | 'map' | 'empty' | 'integer-or-string' | 'quantity';

export interface SchemaIssue {
  code: IssueCode;
  /** JSON path of the field the issue is about. */
  path: string[];
  /** What to underline: the field's key, its value, or (for a missing field) the object that lacks it. */
  anchor: 'key' | 'value' | 'owner';
  data: Record<string, string | number>;
  /** Set when a plain scalar was given where a string is needed: quoting it is the fix. */
  quotable?: boolean;
}

export interface ValidateOptions {
  /** Kustomize patches are partial objects: no required fields, and `$patch`-style directives are allowed. */
  partial?: boolean;
}

/**
 * The value as the API server receives it from kubectl: `key:` with no value is unset, and an
 * unquoted `yes`/`no`/`on`/`off` is a boolean (the "Norway problem"), where this YAML 1.2 parser
 * kept a string. The YAML node, walked alongside, tells which scalars were unquoted. Parts that
 * read the same are the value's own (validation never writes to its data): most objects have no
 * such key or scalar, and copying each whole object again before validating it was a tenth of
 * the schema check's time.
 */
export function asKubectlReadsIt(value: unknown, node: unknown): unknown {
  if (Array.isArray(value)) {
    const items = isSeq(node) ? node.items : [];
    let out: unknown[] | undefined;
    value.forEach((item: unknown, i) => {
      const read = asKubectlReadsIt(item, items[i]);
      if (read !== item) (out ??= [...value])[i] = read;
    });
    return out ?? value;
  }
  if (value && typeof value === 'object') {
    // Keys looked up once per map: a linear search per key would be quadratic in wide maps.
    const nodes = new Map<string, unknown>();
    if (isMap(node))
      for (const pair of node.items) if (isScalar(pair.key)) nodes.set(String(pair.key.value), pair.value);
    let out: Record<string, unknown> | undefined;
    for (const [key, inner] of Object.entries(value)) {
      if (inner === null) {
        out ??= { ...value };
        Reflect.deleteProperty(out, key);
        continue;
      }
      const read = asKubectlReadsIt(inner, nodes.get(key));
      if (read !== inner) (out ??= { ...value })[key] = read;
    }
    return out ?? value;
  }
  if (typeof value === 'string' && isScalar(node) && node.type === 'PLAIN' && YAML11_BOOLEAN.test(value)) {
    return /^[yo]/i.test(value) && value.toLowerCase() !== 'off';
  }
  return value;
}

const cache = new WeakMap<object, Map<Validator, { whole?: SchemaIssue[]; partial?: SchemaIssue[] }>>();

/** Validates, reusing the result while the object and its validator are the same (unchanged documents of an edited file). */
export function validateObject(
  validate: Validator,
  value: Record<string, unknown>,
  yamlRoot: unknown,
  root: SchemaNode,
  options: ValidateOptions = {},
): SchemaIssue[] {
  let byValidator = cache.get(value);
  if (!byValidator) {
    byValidator = new Map();
    cache.set(value, byValidator);
  }
  let results = byValidator.get(validate);
  if (!results) {
    results = {};
    byValidator.set(validate, results);
  }
  const mode = options.partial ? 'partial' : 'whole';
  const hit = results[mode];
  if (hit) return hit;
  const sent = readsAlikeInYaml11(yamlRoot) ? value : (asKubectlReadsIt(value, yamlRoot) as Record<string, unknown>);
  validate(sent);
  const issues = toIssues(validate.errors ?? [], sent, root, options);
  results[mode] = issues;
  return issues;
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (current && typeof current === 'object') current = (current as Record<string, unknown>)[segment];
    else return undefined;
  }
  return current;
}

function typeWord(value: unknown): TypeWord {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'map';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function expectedWord(types: string[], format: string | undefined): TypeWord {
  const set = new Set(types);
  if (set.has('integer') && set.has('string')) return 'integer-or-string';
  if (set.has('number') && set.has('string')) return format === 'quantity' ? 'quantity' : 'string';
  const first = types[0] ?? 'string';
  if (first === 'array') return 'list';
  if (first === 'object') return 'map';
  return first as TypeWord;
}

/** The name of the object a field lives in: its type (Container) or, in a custom schema, its key. */
function ownerName(root: SchemaNode, path: readonly string[], kind: string): string {
  const node = schemaAt(
    root,
    path.map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
  );
  const named = node ? resolve(node).definition : undefined;
  if (named) return shortName(named);
  const key = [...path].reverse().find((s) => !/^\d+$/.test(s));
  return key ?? kind;
}

/** A value as a message shows it: a string as it is, anything else as JSON. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The same, cut short past 60 characters. */
function display(value: unknown): string {
  const text = asText(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function toIssues(
  errors: readonly ValidationError[],
  value: Record<string, unknown>,
  root: SchemaNode,
  options: ValidateOptions,
): SchemaIssue[] {
  const kind = typeof value.kind === 'string' ? value.kind : 'object';
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  const typeErrorAt = new Set<string>();
  const add = (issue: SchemaIssue): void => {
    const id = `${issue.code}|${issue.path.join('/')}`;
    if (seen.has(id)) return;
    seen.add(id);
    issues.push(issue);
  };
  // Inside anyOf/oneOf/not only the summary error speaks: a branch's own complaints would contradict each other.
  const relevant = errors.filter((e) => !/\/(anyOf|oneOf)\/\d+\/|\/not\//.test(e.schemaPath));
  for (const error of relevant) {
    const path = splitPointer(error.instancePath);
    const field = [...path].reverse().find((s) => !/^\d+$/.test(s)) ?? kind;
    const actual = valueAt(value, path);
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'additionalProperties': {
        const extra = String(params.additionalProperty);
        if (options.partial && extra.startsWith('$')) break;
        const parent = schemaAt(
          root,
          path.map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
        );
        const suggestion = parent ? closest(extra, propertyNames(parent)) : undefined;
        add({
          code: 'unknown-field',
          path: [...path, extra],
          anchor: 'key',
          data: { field: extra, owner: ownerName(root, path, kind), ...(suggestion ? { suggestion } : {}) },
        });
        break;
      }
      case 'required': {
        if (options.partial) break;
        const missing = String(params.missingProperty);
        add({
          code: 'missing-field',
          path: [...path, missing],
          anchor: 'owner',
          data: { field: missing, owner: ownerName(root, path, kind) },
        });
        break;
      }
      case 'type': {
        const types = String(params.type).split(',');
        const node = schemaAt(
          root,
          path.map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
        );
        const expected = expectedWord(types, node ? resolve(node).schema.format : undefined);
        typeErrorAt.add(path.join('/'));
        const got = typeWord(actual);
        add({
          code: 'wrong-type',
          path,
          anchor: 'value',
          data: { field, expected, actual: got },
          ...(expected === 'string' && (got === 'integer' || got === 'number' || got === 'boolean' || got === 'map')
            ? { quotable: true }
            : {}),
        });
        break;
      }
      case 'enum':
      case 'const': {
        const allowed = (error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]).map(
          asText,
        );
        const suggestion = closest(String(actual), allowed);
        const shown = allowed.length > 8 ? `${allowed.slice(0, 8).join(', ')}, …` : allowed.join(', ');
        add({
          code: 'bad-enum',
          path,
          anchor: 'value',
          data: { field, value: display(actual), allowed: shown, ...(suggestion ? { suggestion } : {}) },
        });
        break;
      }
      case 'format': {
        const format = String(params.format);
        const code =
          format === 'quantity'
            ? 'bad-quantity'
            : format === 'byte'
              ? 'not-base64'
              : format === 'date-time'
                ? 'bad-time'
                : 'int32-range';
        add({ code, path, anchor: 'value', data: { field, value: display(actual) } });
        break;
      }
      default:
        addConstraint(error, path, field, add);
    }
  }
  // A value of the wrong type says all there is to say about it; nothing beneath it is reported.
  return issues.filter(
    (issue) => issue.code === 'wrong-type' || ![...typeErrorAt].some((at) => issue.path.join('/').startsWith(`${at}/`)),
  );
}

const LIMITS: Record<string, [IssueCode, string]> = {
  minimum: ['too-small', 'limit'],
  exclusiveMinimum: ['too-small', 'limit'],
  maximum: ['too-large', 'limit'],
  exclusiveMaximum: ['too-large', 'limit'],
  minLength: ['too-short', 'limit'],
  maxLength: ['too-long', 'limit'],
  minItems: ['too-few-items', 'limit'],
  maxItems: ['too-many-items', 'limit'],
  minProperties: ['too-few-fields', 'limit'],
  maxProperties: ['too-many-fields', 'limit'],
  multipleOf: ['not-multiple', 'multipleOf'],
};

/** Keywords only custom-resource schemas use. */
function addConstraint(error: ValidationError, path: string[], field: string, add: (issue: SchemaIssue) => void): void {
  const params = error.params as Record<string, unknown>;
  const limit = LIMITS[error.keyword];
  if (limit) {
    const [code, param] = limit;
    add({ code, path, anchor: 'value', data: { field, limit: Number(params[param]) } });
  } else if (error.keyword === 'pattern') {
    add({ code: 'pattern', path, anchor: 'value', data: { field, pattern: String(params.pattern) } });
  } else if (error.keyword === 'uniqueItems') {
    add({ code: 'duplicate-items', path, anchor: 'value', data: { field } });
  } else {
    // anyOf, oneOf, not, and anything else a CRD may use: the value fits none of the allowed forms.
    add({ code: 'no-matching-form', path, anchor: 'value', data: { field } });
  }
}
