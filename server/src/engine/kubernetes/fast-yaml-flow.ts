/**
 * The flow styles for the fast YAML reader (fast-yaml.ts): where quoted scalars end, the empty `[]`
 * and `{}` that manifests write for an empty list or map, and one-line flow sequences of scalars
 * (`args: [a, "b"]`). What they cannot read returns undefined, and the document goes to the library.
 */
import type { Scalar, Schema, YAMLMap, YAMLSeq } from 'yaml';
import { newMap, newSeq } from './fast-yaml-nodes';
import { LINE_FEED, SPACE, spaces } from './fast-yaml-lines';

/** Characters that start something other than a plain scalar, wherever a node starts. */
export const NODE_INDICATORS = new Set([...',[]{}#&*!|>\'"%@`?:']);

/**
 * Where the quoted scalar at `at` ends (after its closing quote): one line only unless `indent` is
 * given. Undefined too when a continuation line is indented no deeper than `indent`, the
 * collection's, which the library reports.
 */
export function quoteEnd(text: string, at: number, indent?: number): number | undefined {
  const quote = text[at];
  for (let i = at + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && quote === '"') i++;
    else if (ch === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    } else if (ch === '\n') {
      if (indent === undefined) return undefined;
      // Continuation lines must be indented past the collection (blank ones aside).
      const next = spaces(text, i + 1);
      if (next <= indent && text.charCodeAt(i + 1 + next) !== LINE_FEED) return undefined;
    }
  }
  return undefined;
}

/** What a flow collection's items are read with: the reader's own scalars, which decline as it does. */
export interface FlowScalars {
  readonly text: string;
  readonly schema: Schema;
  quoted(at: number, close: number, nodeEnd: number): Scalar;
  plain(source: string, start: number, valueEnd: number, nodeEnd: number): Scalar;
}

/**
 * The flow collection at `at`, with its items' ranges, and where it closes (after the bracket); the
 * collection's own range is the caller's to set.
 */
export function flowCollection(
  reader: FlowScalars,
  at: number,
): { collection: YAMLMap | YAMLSeq; close: number } | undefined {
  const text = reader.text;
  const open = text[at];
  const collection = open === '{' ? newMap(reader.schema) : newSeq(reader.schema);
  collection.flow = true;
  let i = at + 1 + spaces(text, at + 1);
  const close = open === '{' ? '}' : ']';
  while (text[i] !== close) {
    if (open === '{') return undefined;
    const item = flowScalar(reader, i);
    if (!item) return undefined;
    (collection as YAMLSeq).items.push(item.node);
    i = item.nodeEnd;
    if (text[i] === ',') {
      i += 1 + spaces(text, i + 1);
      if (text[i] === close) return undefined;
    } else if (text[i] !== close) return undefined;
  }
  return { collection, close: i + 1 };
}

/** An item of a flow sequence, whose range runs on over the spaces after it. */
function flowScalar(reader: FlowScalars, at: number): { node: Scalar; nodeEnd: number } | undefined {
  const text = reader.text;
  const first = text.charAt(at);
  if (first === '"' || first === "'") {
    const close = quoteEnd(text, at);
    if (close === undefined) return undefined;
    const nodeEnd = close + spaces(text, close);
    return { node: reader.quoted(at, close, nodeEnd), nodeEnd };
  }
  if (NODE_INDICATORS.has(first) || (first === '-' && text[at + 1] === ' ')) return undefined;
  let end = at;
  for (; end < text.length; end++) {
    const ch = text[end];
    if (ch === ',' || ch === ']' || ch === '\n') break;
    if (ch === '[' || ch === '{' || ch === '}' || (ch === '#' && text[end - 1] === ' ') || ch === ':') return undefined;
  }
  while (text.charCodeAt(end - 1) === SPACE) end--;
  const nodeEnd = end + spaces(text, end);
  return { node: reader.plain(text.slice(at, end), at, end, nodeEnd), nodeEnd };
}
