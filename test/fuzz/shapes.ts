import fc from 'fast-check';
import { isAlias, isCollection, isScalar, parseAllDocuments, visit, type Alias, type Document, type Node } from 'yaml';

/**
 * Layouts that mean the same thing but that rules and fixes written against the usual layout may
 * not expect: explicit keys (`? name`), flow collections, anchors and aliases, tabs where YAML
 * allows them, CRLF line ends, astral and non-ASCII characters before the text a rule reports on;
 * for Dockerfiles also continuation lines, tabs and lower-case keywords. A shape that would make a
 * manifest parse worse than before is not applied, so reshaped seeds stay valid input and their
 * fixes are offered and checked.
 */

export type ShapeOp =
  | 'explicit-key'
  | 'flow'
  | 'alias'
  | 'anchor'
  | 'tab'
  | 'comment'
  | 'astral-value'
  | 'crlf'
  | 'continuation'
  | 'lower-case'
  | 'astral-argument';

export interface Shape {
  op: ShapeOp;
  /** Which candidate line or node the shape applies to, taken modulo the number of candidates. */
  pick: number;
}

export const YAML_SHAPES: readonly ShapeOp[] = [
  'explicit-key',
  'flow',
  'alias',
  'anchor',
  'tab',
  'comment',
  'astral-value',
  'crlf',
];
export const DOCKERFILE_SHAPES: readonly ShapeOp[] = [
  'tab',
  'comment',
  'crlf',
  'continuation',
  'lower-case',
  'astral-argument',
];

/** Characters outside the Basic Multilingual Plane (two UTF-16 units each) and other non-ASCII text. */
const WIDE = ['😀', '𐀀', '🚀é', '한국어', 'é𐀀', '日本🌍'];

export function shapesArb(ops: readonly ShapeOp[], maxLength: number): fc.Arbitrary<Shape[]> {
  return fc.array(fc.record({ op: fc.constantFrom(...ops), pick: fc.nat(1000) }), { maxLength });
}

const wide = (pick: number): string => WIDE[pick % WIDE.length] ?? '😀';

/** YAML shapes that change only the layout; the others change values on purpose. */
export const LAYOUT_ONLY: readonly ShapeOp[] = ['explicit-key', 'flow', 'alias', 'anchor', 'tab', 'comment', 'crlf'];

/**
 * Applies `shapes` in order; each one that does not fit the text is skipped, and so is a YAML
 * shape that would add a parse error or, for a layout-only shape, change what the text means (a
 * comment line inside a block scalar is text, not a comment).
 */
export function reshape(text: string, kind: 'dockerfile' | 'yaml', shapes: readonly Shape[]): string {
  return shapes.reduce((current, shape) => {
    if (kind === 'dockerfile') return reshapeDockerfile(current, shape);
    const next = reshapeYaml(current, shape);
    if (next === current) return current;
    const before = readYaml(current);
    const after = readYaml(next);
    if (after.errors > before.errors) return current;
    if (LAYOUT_ONLY.includes(shape.op) && before.errors === 0 && after.value !== before.value) return current;
    return next;
  }, text);
}

/** Parse errors, and the documents' values as JSON (undefined when they cannot be read). */
function readYaml(text: string): { errors: number; value: string | undefined } {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return { errors: 1, value: undefined };
  const errors = docs.reduce((sum, doc) => sum + doc.errors.length, 0);
  try {
    return { errors, value: JSON.stringify(docs.map((doc) => doc.toJS() as unknown)) };
  } catch {
    return { errors, value: undefined };
  }
}

/**
 * Rewrites the `pick`-th line matching `pattern`. Lines are matched without their CR; a line break
 * the rewrite adds takes the CR too, so a CRLF file stays CRLF.
 */
function onLine(text: string, pattern: RegExp, pick: number, rewrite: (match: RegExpExecArray) => string): string {
  const lines = text.split('\n');
  const bare = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
  const candidates = lines.flatMap((line, i) => (pattern.test(bare(line)) ? [i] : []));
  if (candidates.length === 0) return text;
  const i = candidates[pick % candidates.length] ?? 0;
  const line = lines[i] ?? '';
  const match = pattern.exec(bare(line));
  if (!match) return text;
  const cr = line.endsWith('\r') ? '\r' : '';
  lines[i] = rewrite(match).replace(/\n/g, `${cr}\n`) + cr;
  return lines.join('\n');
}

const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

/** `key: value` in block style, possibly behind a sequence dash; group 4 is what follows the colon. */
const KEY_LINE = /^( *)(- )?([A-Za-z_][\w./-]*):((?:[ \t].*)?)$/;

function reshapeYaml(text: string, { op, pick }: Shape): string {
  switch (op) {
    case 'crlf':
      return crlf(text);
    case 'explicit-key':
      return onLine(text, KEY_LINE, pick, ([, indent = '', dash = '', key, rest = '']) => {
        const inner = indent + (dash ? '  ' : '');
        return `${indent}${dash}? ${key}\n${inner}:${rest}`;
      });
    case 'anchor':
      // An anchor before a key on a dash line (`- &a name: web`) or before a value (`key: &a value`).
      return pick % 2 === 0
        ? onLine(text, /^( *- )([A-Za-z_].*)$/, pick >> 1, ([, dash, rest]) => `${dash}&a${pick}${wide(pick)} ${rest}`)
        : onLine(
            text,
            /^( *(?:- )?[A-Za-z_][\w./-]*: )([^&*!#\s].*)$/,
            pick >> 1,
            ([, key, value]) => `${key}&v${pick} ${value}`,
          );
    case 'tab':
      // A tab may separate a value from its colon, and stand before a trailing comment.
      return pick % 2 === 0
        ? onLine(text, /^( *(?:- )?[A-Za-z_][\w./-]*:) ([^\s#].*)$/, pick >> 1, ([, key, value]) => `${key}\t${value}`)
        : onLine(text, KEY_LINE, pick >> 1, ([whole = '']) =>
            whole.includes('#') ? whole : `${whole}\t# ${wide(pick)}`,
          );
    case 'comment':
      return onLine(
        text,
        /^( *)(- )?[A-Za-z_].*$/,
        pick,
        ([whole, indent = '']) => `${indent}# ${wide(pick)}\n${whole}`,
      );
    case 'astral-value':
      // Inside a quoted string, so the rule reports after the wide characters on the same line.
      return onLine(text, /^(.*: ")(.*)$/, pick, ([, head, tail]) => `${head}${wide(pick)}${tail}`);
    case 'flow':
      return withDocuments(text, (docs) => {
        const blocks = collections(docs).filter((node) => !node.flow && node.items.length > 0);
        const node = blocks[pick % Math.max(1, blocks.length)];
        if (!node) return false;
        node.flow = true;
        return true;
      });
    case 'alias':
      return withDocuments(text, (docs) => aliasRepeatedValue(docs, pick));
    default:
      return text;
  }
}

type Collection = Extract<Node, { items: unknown[] }>;

function collections(docs: readonly Document.Parsed[]): Collection[] {
  const found: Collection[] = [];
  for (const doc of docs) {
    visit(doc, {
      Map: (_, node) => void found.push(node),
      Seq: (_, node) => void found.push(node),
    });
  }
  return found;
}

/** Re-serialises the documents after `change` edits them; unchanged when any has errors or `change` declines. */
function withDocuments(text: string, change: (docs: Document.Parsed[]) => boolean): string {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs) || docs.some((doc) => doc.errors.length > 0)) return text;
  if (!change(docs)) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  try {
    return docs
      .map((doc) => doc.toString({ lineWidth: 0 }))
      .join('')
      .replace(/\r?\n/g, eol);
  } catch {
    // Some documents cannot be written back (a key the writer refuses): keep the text as it was.
    return text;
  }
}

/**
 * Gives a value that occurs twice in a document (labels repeated in a selector and a template,
 * the same image) an anchor and turns the later copy into an alias of it. Keys stay as written.
 */
function aliasRepeatedValue(docs: Document.Parsed[], pick: number): boolean {
  const pairs: { doc: Document.Parsed; first: Exclude<Node, Alias>; later: Node }[] = [];
  for (const doc of docs) {
    const seen = new Map<string, Exclude<Node, Alias>>();
    visit(doc, {
      Node: (key, node) => {
        if (key === 'key' || isAlias(node) || node.anchor) return;
        if (isScalar(node) && String(node.value).length < 3) return;
        if (isCollection(node) && node.items.length === 0) return;
        const json = JSON.stringify(node.toJSON());
        const first = seen.get(json);
        if (first) pairs.push({ doc, first, later: node });
        else seen.set(json, node);
      },
    });
  }
  // Equal values cannot hold one another, so the alias never points into itself.
  const chosen = pairs[pick % Math.max(1, pairs.length)];
  if (!chosen) return false;
  const anchor = `r${pick}`;
  chosen.first.anchor = anchor;
  const alias = chosen.doc.createAlias(chosen.first, anchor);
  let replaced = false;
  visit(chosen.doc, {
    Node: (key, node) => {
      if (key === 'key' || node !== chosen.later) return undefined;
      replaced = true;
      return alias;
    },
  });
  return replaced;
}

const INSTRUCTION = /^([ \t]*)([A-Za-z]+)( +)(.*)$/;

function reshapeDockerfile(text: string, { op, pick }: Shape): string {
  switch (op) {
    case 'crlf':
      return crlf(text);
    case 'tab':
      return onLine(text, INSTRUCTION, pick, ([, indent, keyword, , args]) =>
        pick % 2 === 0 ? `${indent}${keyword}\t${args}` : `\t${indent}${keyword} ${args}`,
      );
    case 'comment':
      return onLine(text, INSTRUCTION, pick, ([whole]) => `# ${wide(pick)}\n${whole}`);
    case 'lower-case':
      return onLine(
        text,
        INSTRUCTION,
        pick,
        ([, indent, keyword = '', space, args]) => `${indent}${keyword.toLowerCase()}${space}${args}`,
      );
    case 'continuation':
      // Breaks an instruction's arguments at a space onto an indented continuation line.
      return onLine(text, /^([ \t]*[A-Za-z]+ +\S+) +(\S.*)$/, pick, ([whole = '', head, tail]) =>
        tail === '\\' ? whole : `${head} \\\n    ${tail}`,
      );
    case 'astral-argument':
      // Wide characters before the words rules report on, on the same line.
      return onLine(
        text,
        /^([ \t]*)(RUN|run|LABEL|label)( +)(?!\[|<<)(.*)$/,
        pick,
        ([, indent, keyword, space, args]) =>
          /^run$/i.test(keyword ?? '')
            ? `${indent}${keyword}${space}echo "${wide(pick)}" && ${args}`
            : `${indent}${keyword}${space}note="${wide(pick)}" ${args}`,
      );
    default:
      return text;
  }
}
