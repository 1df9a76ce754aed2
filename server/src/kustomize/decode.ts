import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { closest } from '../schema/suggest';
import { KUSTOMIZATION_ROOT, KUSTOMIZE_STRUCTS, type KustomizeField, type KustomizeType } from './fields';
import { plainSource, scalarType, type GoScalarType } from './go-scalar';

/** A path into the file: keys, and indexes of list items. */
export type KustomizePath = (string | number)[];

/** What Go's encoding/json calls the type of a value it refuses. */
export type GoValueKind = 'string' | 'number' | 'bool' | 'array' | 'object';

/** Why `kustomize build` cannot decode the file, at a node. */
export type DecodeIssue =
  | { kind: 'unknown'; path: KustomizePath; key: Scalar; struct: string; suggestion?: string }
  /** A field kustomize stops without (or with it empty), missing from the mapping `node`. */
  | { kind: 'required'; path: KustomizePath; node: Node; key: string; struct: string }
  | {
      kind: 'type';
      path: KustomizePath;
      node: Node;
      expected: 'string' | 'bool' | 'int' | 'array' | 'object';
      actual: GoValueKind;
      /** As Go names the field in its message: the struct, then the keys (`Image.images.newTag`). */
      goField: string;
      /** The scalar as written, for a scalar. */
      written?: string;
      /** A number with a fraction where Go wants an int. */
      fraction?: boolean;
    };

/** A field of the file as written, with the table's description of it. */
export interface WrittenField {
  field: KustomizeField;
  struct: string;
  path: KustomizePath;
  key: Scalar;
  value: Node | null;
}

/**
 * Walks the fields kustomize's types know, as encoding/json matches them (the exact name first, else
 * one that differs in case only), and reports what it cannot decode. `visit` sees every known field.
 */
export function walkKustomization(
  document: Document.Parsed,
  root: Node,
  visit?: (field: WrittenField) => void,
): DecodeIssue[] {
  const issues: DecodeIssue[] = [];
  const walker = new Walker(document, issues, visit);
  walker.struct(root, KUSTOMIZATION_ROOT, [], []);
  return issues;
}

/** The field of a struct a key decodes into, as encoding/json picks it. */
export function fieldFor(struct: string, key: string): KustomizeField | undefined {
  const fields = KUSTOMIZE_STRUCTS[struct] ?? [];
  return fields.find((field) => field.key === key) ?? fields.find((field) => sameLetters(field.key, key));
}

/** The last key of a path: the field a value belongs to, past list indexes. */
export function lastKey(path: readonly (string | number)[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (typeof part === 'string') return part;
  }
  return undefined;
}

function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && a.toLowerCase() === b.toLowerCase();
}

class Walker {
  /** Mappings walked: an alias to one seen already adds nothing but the same findings again. */
  private readonly walked = new Set<Node>();

  constructor(
    private readonly document: Document.Parsed,
    private readonly issues: DecodeIssue[],
    private readonly visit: ((field: WrittenField) => void) | undefined,
  ) {}

  private resolve(node: unknown): Node | null {
    if (isAlias(node)) return (node.resolve(this.document) as Node | undefined) ?? null;
    return (node ?? null) as Node | null;
  }

  /** `keys` are the field names from the root, which Go's messages name after the innermost struct. */
  struct(node: Node, struct: string, path: KustomizePath, keys: readonly string[]): void {
    if (!isMap(node) || this.walked.has(node)) return;
    this.walked.add(node);
    const given = new Set<string>();
    let merges = false;
    for (const pair of node.items as Pair<unknown, unknown>[]) {
      const key = pair.key;
      if (!isScalar(key)) continue;
      const name = String(key.value);
      // `<<` merges another mapping's keys in: they are checked where they are written.
      if (name === '<<' || typeof key.value === 'symbol') {
        merges = true;
        continue;
      }
      const field = fieldFor(struct, name);
      const fieldPath = [...path, name];
      if (!field) {
        const known = (KUSTOMIZE_STRUCTS[struct] ?? []).map((f) => f.key);
        const suggestion = closest(name, known);
        this.issues.push({
          kind: 'unknown',
          path: fieldPath,
          key,
          struct,
          ...(suggestion ? { suggestion } : {}),
        });
        continue;
      }
      const value = this.resolve(pair.value);
      if (!(isScalar(value) && (value.value === null || value.value === '')) && value !== null) given.add(field.key);
      this.visit?.({ field, struct, path: fieldPath, key, value });
      const fieldKeys = [...keys, field.key];
      this.value(value, (pair.value ?? key) as Node, field.type, fieldPath, struct, fieldKeys);
    }
    // A merged mapping may give what is required.
    for (const field of merges ? [] : (KUSTOMIZE_STRUCTS[struct] ?? []))
      if (field.required && !given.has(field.key))
        this.issues.push({ kind: 'required', path, node, key: field.key, struct });
  }

  private value(
    value: Node | null,
    at: Node,
    type: KustomizeType,
    path: KustomizePath,
    struct: string,
    keys: readonly string[],
  ): void {
    const goField = `${struct}.${keys.join('.')}`;
    const actual = kindOf(value);
    // JSON null leaves a Go value at its zero value: never an error.
    if (actual === 'null' || value === null) return;
    const refuse = (expected: Extract<DecodeIssue, { kind: 'type' }>['expected'], fraction = false): void => {
      this.issues.push({
        kind: 'type',
        path,
        node: at,
        expected,
        actual: goKind(actual),
        goField,
        ...(isScalar(value) ? { written: plainSource(value) } : {}),
        ...(fraction ? { fraction } : {}),
      });
    };
    switch (type.kind) {
      case 'string':
      case 'enum':
        if (actual !== 'string') refuse('string');
        return;
      case 'bool':
        if (actual !== 'bool') refuse('bool');
        return;
      case 'int':
        if (actual === 'float' && isScalar(value) && !Number.isInteger(Number(plainSource(value).replace(/_/g, ''))))
          refuse('int', true);
        else if (actual !== 'int' && actual !== 'float') refuse('int');
        return;
      case 'any':
        return;
      case 'anyMap':
        if (actual !== 'map') refuse('object');
        return;
      case 'stringOrStruct':
        if (actual === 'string') return;
        if (actual !== 'map') refuse('object');
        else this.struct(value, type.name, path, keys);
        return;
      case 'struct':
        if (actual !== 'map') refuse('object');
        else this.struct(value, type.name, path, keys);
        return;
      case 'strings':
      case 'list':
        if (!isSeq(value)) {
          refuse('array');
          return;
        }
        value.items.forEach((item, index) => {
          const resolved = this.resolve(item);
          const itemType: KustomizeType =
            type.kind === 'strings' ? { kind: 'string' } : { kind: 'struct', name: type.of };
          this.value(resolved, (item ?? value) as Node, itemType, [...path, index], struct, keys);
        });
        return;
      case 'stringMap':
        if (!isMap(value)) {
          refuse('object');
          return;
        }
        for (const pair of value.items as Pair<unknown, unknown>[]) {
          const entry = this.resolve(pair.value);
          const key = isScalar(pair.key) ? String(pair.key.value) : '';
          this.value(entry, (pair.value ?? pair.key) as Node, { kind: 'string' }, [...path, key], struct, keys);
        }
        return;
    }
  }
}

type NodeKind = GoScalarType | 'map' | 'seq';

function kindOf(node: Node | null): NodeKind {
  if (node === null) return 'null';
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'seq';
  if (isScalar(node)) return scalarType(node);
  return 'string';
}

function goKind(kind: NodeKind): GoValueKind {
  if (kind === 'int' || kind === 'float') return 'number';
  if (kind === 'map') return 'object';
  if (kind === 'seq') return 'array';
  return kind === 'bool' ? 'bool' : 'string';
}
