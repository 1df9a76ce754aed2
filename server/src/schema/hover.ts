/** Hover on a manifest key (or its value): what the field means and what it holds, from the schema. */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseYaml, type ParsedYaml } from '../engine/kubernetes/parse';
import type { Position, Range } from '../engine/types';
import type { WorkspaceIndex } from '../engine/workspace';
import { objectSchema } from './analyze';
import { describeType, propertyNames, requiredNames, resolve, schemaAt, shortName, type SchemaNode } from './navigate';

export interface SchemaHover {
  /** Markdown. */
  contents: string;
  range: Range;
  /** The object's kind and the key's path from its root, for callers that add to the hover. */
  kind?: string;
  path?: (string | number)[];
  /** The string value under the cursor, when the cursor is on a value rather than a key. */
  value?: string;
}

export interface SchemaFeatureOptions {
  workspace?: WorkspaceIndex;
}

let last: ParsedYaml | undefined;

/** The editor asks for hovers on the text it just linted; parsing it once serves a run of hovers. */
export function parsedText(text: string): ParsedYaml {
  if (last?.text !== text) last = parseYaml(text);
  return last;
}

interface Spot {
  path: (string | number)[];
  /** The key or scalar under the cursor. */
  node: Node;
  /** True when it is a key. */
  key?: true;
}

/** The deepest key or scalar value containing `offset`, with its path from the document root. */
export function spotAt(root: Node, offset: number, path: (string | number)[] = []): Spot | undefined {
  const inside = (node: unknown): node is Node => {
    const range = node && typeof node === 'object' && 'range' in node ? (node as Node).range : undefined;
    return !!range && offset >= range[0] && offset <= range[1];
  };
  if (isMap(root)) {
    for (const pair of root.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (inside(pair.key)) return { path: [...path, key], node: pair.key, key: true };
      if (inside(pair.value)) {
        const value = pair.value as Node;
        if (isScalar(value)) return { path: [...path, key], node: value };
        return spotAt(value, offset, [...path, key]);
      }
    }
  } else if (isSeq(root)) {
    for (let i = 0; i < root.items.length; i++) {
      const item = root.items[i] as Node | undefined;
      if (inside(item)) return isScalar(item) ? { path: [...path, i], node: item } : spotAt(item, offset, [...path, i]);
    }
  }
  return undefined;
}

export function schemaHoverAt(
  text: string,
  uri: string,
  position: Position,
  options: SchemaFeatureOptions = {},
): SchemaHover | undefined {
  const file = parsedText(text);
  const offset = file.index.offsetAt(position);
  const object = file.objects.find((o) => o.root.range && o.root.range[0] <= offset && offset <= o.root.range[2]);
  if (!object) return undefined;
  const spot = spotAt(object.root, offset);
  if (!spot?.node.range) return undefined;
  const root = objectSchema(file, uri, options.workspace, object.apiVersion, object.kind);
  if (!root) return undefined;
  const range = file.index.rangeOf(spot.node.range[0], spot.node.range[1]);
  const name = spot.path[spot.path.length - 1];
  const where = { kind: object.kind, path: spot.path };
  if (spot.path.length === 1 && (name === 'kind' || name === 'apiVersion')) {
    return { contents: kindHover(root, object.apiVersion, object.kind), range, ...where };
  }
  const field = schemaAt(root, spot.path);
  const parent = schemaAt(root, spot.path.slice(0, -1));
  if (!field || !parent || typeof name !== 'string') return undefined;
  if (!propertyNames(parent).includes(name)) {
    // An entry of a map the author names (labels, data, resource limits): only its value type can
    // help, and only when it is more than a plain string (a quantity, say).
    const type = describeType(field);
    return type === 'string' ? undefined : { contents: `**${name}** · \`${type}\``, range, ...where };
  }
  const required = requiredNames(parent).includes(name);
  const lines = [`**${name}** · \`${describeType(field)}\`${required ? ' · required' : ''}`];
  const description = descriptionOf(field);
  if (description) lines.push('', description);
  const value = !spot.key && isScalar(spot.node) && typeof spot.node.value === 'string' ? spot.node.value : undefined;
  return { contents: lines.join('\n'), range, ...where, ...(value !== undefined ? { value } : {}) };
}

function descriptionOf(node: SchemaNode): string | undefined {
  return node.schema.description ?? resolve(node).schema.description;
}

function kindHover(root: SchemaNode, apiVersion: string, kind: string): string {
  const resolved = resolve(root);
  const title = `**${kind}** · \`${apiVersion}\``;
  const description = resolved.schema.description;
  const name = resolved.definition ? shortName(resolved.definition) : kind;
  return description ? `${title}\n\n${description}` : `${title}\n\n${name}`;
}
