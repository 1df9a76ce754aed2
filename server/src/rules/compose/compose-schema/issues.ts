import type { ErrorObject } from 'ajv';
import { splitPointer } from '../../../schema/locate';
import { closest } from '../../../schema/suggest';
import { composeValidator, resolved } from '../../../compose-schema/validator';

export type TypeName = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

/** One problem, in terms the rule words itself: where, what kind, and the facts the message needs. */
export type ComposeIssue =
  | { code: 'unknown-key'; path: string[]; key: string; suggestion?: string }
  | { code: 'bad-name'; path: string[]; key: string }
  | { code: 'wrong-type'; path: string[]; expected: TypeName[]; actual: TypeName }
  | { code: 'bad-enum'; path: string[]; value: string; allowed: string[]; suggestion?: string }
  | { code: 'missing-key'; path: string[]; key: string }
  | { code: 'duplicate-item'; path: string[]; value: string }
  | { code: 'pattern'; path: string[]; value: string; pattern: string }
  | { code: 'other'; path: string[]; detail: string };

export function composeIssues(given: unknown): ComposeIssue[] {
  const validate = composeValidator();
  let value = given;
  if (validated(validate, value)) return [];
  if (validate.errors === undefined) {
    // Ajv's deep equality (for `uniqueItems`) calls a map's `valueOf` or `toString`, which a key of
    // that name replaces: validated again under names no schema knows, told under their own.
    value = withInheritedNamesMarked(given);
    if (validated(validate, value)) return [];
  }
  const issues: ComposeIssue[] = [];
  const seen = new Set<string>();
  for (const found of fromErrors(validate.errors ?? [], value)) {
    const issue = { ...found, path: found.path.map(unmarked) } as ComposeIssue;
    const id = `${issue.code}|${issue.path.join('/')}|${'key' in issue ? issue.key : ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    issues.push(issue);
  }
  return issues;
}

/**
 * Ajv reports a failed `oneOf` with the errors of every branch. Only the branch whose type the
 * value has speaks (a build map with a typo is a build map, not a wrong string); when no branch
 * takes the value's type, one "must be a string or a map" says it all. A branch's errors are known
 * by their schema path: under the `oneOf`'s own, or under the definition a `$ref` branch names.
 */
function fromErrors(errors: readonly ErrorObject[], value: unknown): ComposeIssue[] {
  const silenced = new Set<ErrorObject>();
  const typeProblems = new Map<ErrorObject, ComposeIssue>();
  for (const choice of errors) {
    if (choice.keyword !== 'oneOf' && choice.keyword !== 'anyOf') continue;
    const path = splitPointer(choice.instancePath);
    const data = valueAt(value, path);
    // Ajv's schema paths restart inside each definition a `$ref` compiles apart: with `verbose`, each
    // error carries the schema it was checked against instead.
    const branches = (Array.isArray(choice.schema) ? choice.schema : []) as Record<string, unknown>[];
    const prefixes = branches.map((branch, i) => {
      const ref = typeof branch.$ref === 'string' && branch.$ref.startsWith('#/definitions/') ? branch.$ref : undefined;
      return [`${choice.schemaPath}/${i}/`, ...(ref ? [`${ref}/`] : [])];
    });
    const actual = typeOf(data);
    const fitting = branches.flatMap((branch, i) => {
      const types = typesOf(resolved(branch) ?? branch);
      return types.length === 0 || accepts(types, actual) ? [i] : [];
    });
    let kept = 0;
    for (const error of errors) {
      if (error === choice || !within(error.instancePath, choice.instancePath)) continue;
      const branch = prefixes.findIndex((list) => list.some((prefix) => error.schemaPath.startsWith(prefix)));
      if (branch < 0) continue;
      if (fitting.length === 1 && branch === fitting[0]) kept++;
      else silenced.add(error);
    }
    if (kept > 0) silenced.add(choice);
    else if (fitting.length === 0 && !interpolated(data)) {
      const expected = unique(branches.flatMap((branch) => typesOf(resolved(branch) ?? branch)));
      typeProblems.set(choice, { code: 'wrong-type', path, expected, actual });
    }
  }
  const issues: ComposeIssue[] = [];
  for (const error of errors) {
    if (silenced.has(error)) continue;
    const path = splitPointer(error.instancePath);
    const issue = typeProblems.get(error) ?? fromError(error, path, valueAt(value, path));
    if (issue) issues.push(issue);
  }
  return issues;
}

function validated(validate: ReturnType<typeof composeValidator>, value: unknown): boolean {
  try {
    return validate(value);
  } catch {
    validate.errors = undefined;
    return false;
  }
}

/** Marks keys that shadow what Ajv calls on objects: they are told apart again by `unmarked`. */
const MARK = '\u0000';
const SHADOWING = new Set(['valueOf', 'toString']);

function withInheritedNamesMarked(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withInheritedNamesMarked);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      SHADOWING.has(key) ? key + MARK : key,
      withInheritedNamesMarked(inner),
    ]),
  );
}

function unmarked(key: string): string {
  return key.endsWith(MARK) ? key.slice(0, -MARK.length) : key;
}

function within(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function fromError(error: ErrorObject, path: string[], data: unknown): ComposeIssue | undefined {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = unmarked(String(params.additionalProperty));
      const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
      const known = Object.keys((parent.properties ?? {}) as object);
      if (known.length === 0) return { code: 'bad-name', path, key };
      const suggestion = closest(key, known);
      return { code: 'unknown-key', path, key, ...(suggestion ? { suggestion } : {}) };
    }
    case 'type': {
      // Compose fills in `${VAR}` before it validates: a variable may well become a number.
      if (interpolated(data)) return undefined;
      const expected = String(params.type).split(',') as TypeName[];
      return { code: 'wrong-type', path, expected, actual: typeOf(data) };
    }
    case 'enum': {
      if (interpolated(data)) return undefined;
      const allowed = ((params.allowedValues ?? []) as unknown[]).map(String);
      const suggestion = closest(String(data), allowed);
      return { code: 'bad-enum', path, value: String(data), allowed, ...(suggestion ? { suggestion } : {}) };
    }
    case 'required':
      return { code: 'missing-key', path, key: String(params.missingProperty) };
    case 'uniqueItems': {
      const list = Array.isArray(data) ? data : [];
      return { code: 'duplicate-item', path, value: display(list[Number(params.i)]) };
    }
    case 'pattern':
      if (interpolated(data)) return undefined;
      return { code: 'pattern', path, value: display(data), pattern: String(params.pattern) };
    case 'oneOf':
    case 'anyOf':
      // The value fits more than one form, or a form whose own errors were all about variables.
      if (interpolated(data)) return undefined;
      return { code: 'other', path, detail: error.message ?? error.keyword };
    default:
      return { code: 'other', path, detail: error.message ?? error.keyword };
  }
}

function interpolated(data: unknown): boolean {
  return typeof data === 'string' && data.includes('$');
}

function typesOf(branch: Record<string, unknown>): TypeName[] {
  const type = branch.type;
  if (typeof type === 'string') return [type as TypeName];
  if (Array.isArray(type)) return type as TypeName[];
  if (branch.properties || branch.patternProperties) return ['object'];
  if (branch.items) return ['array'];
  return [];
}

function accepts(types: readonly TypeName[], actual: TypeName): boolean {
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

export function typeOf(data: unknown): TypeName {
  if (data === null || data === undefined) return 'null';
  if (Array.isArray(data)) return 'array';
  if (typeof data === 'number') return Number.isInteger(data) ? 'integer' : 'number';
  if (typeof data === 'boolean' || typeof data === 'string' || typeof data === 'object') return typeof data as TypeName;
  return 'string';
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (current && typeof current === 'object' && Object.hasOwn(current, segment))
      current = (current as Record<string, unknown>)[segment];
    else return undefined;
  }
  return current;
}

function display(value: unknown): string {
  const written = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const text = written.replaceAll('\\u0000', '');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
