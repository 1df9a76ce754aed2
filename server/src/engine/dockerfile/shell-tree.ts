import type * as Sh from 'mvdan-sh';

/**
 * The simple commands (CallExpr nodes) of a parsed shell file, in the order `syntax.Walk` visits
 * them, with byte offsets.
 *
 * mvdan-sh hands out its tree through wrappers that convert every field on every read, so
 * `syntax.Walk` over a 30-line RUN costs several milliseconds: most of an edit's latency. The
 * wrapper keeps the parser's own objects under `__internal_object__`; those are plain objects
 * (slices as `{$array, $offset, $length}`, positions as `{offs}`), and reading them directly is
 * two orders of magnitude cheaper. When that shape is not there (another build of the library),
 * the library's own walk is used, so the answer never depends on the shortcut.
 */
export interface RawCommand {
  words: { start: number; end: number; literal: string | undefined }[];
  start: number;
  end: number;
}

interface GoSlice {
  $array: unknown[];
  $offset: number;
  $length: number;
}
interface GoNode {
  constructor: { string?: string };
  [field: string]: unknown;
}
interface GoPos {
  Offset(): number;
}
interface GoPositioned extends GoNode {
  Pos(): GoPos;
  End(): GoPos;
}
interface GoWord extends GoPositioned {
  Lit(): string;
}

const isSlice = (value: object): value is GoSlice => '$array' in value && '$length' in value;
/** Tree nodes are pointers to structs; positions, comments and tokens are values and hold no commands. */
const isNode = (value: object): value is GoNode =>
  (value as GoNode).constructor.string?.startsWith('*syntax.') === true;

/** The parser's own object behind the wrapper, when this build of the library has one. */
function internalOf(file: Sh.ShNode): GoNode | undefined {
  const internal = (file as unknown as { __internal_object__?: unknown }).__internal_object__;
  return internal && typeof internal === 'object' && isNode(internal) ? internal : undefined;
}

export function commandsOf(sh: typeof Sh, file: Sh.ShNode): RawCommand[] {
  const internal = internalOf(file);
  if (internal) {
    const commands: RawCommand[] = [];
    visit(internal, commands);
    return commands;
  }
  return commandsByWalk(sh, file);
}

/**
 * Byte spans of the file's top-level statements (a closing `;` or `&` included, and then `separator`
 * is where it stands), when the tree can be read directly.
 */
export function statementSpansOf(file: Sh.ShNode): { start: number; end: number; separator?: number }[] | undefined {
  const statements = internalOf(file)?.['Stmts'];
  if (!statements || typeof statements !== 'object' || !isSlice(statements)) return undefined;
  const spans: { start: number; end: number; separator?: number }[] = [];
  const { $array: items, $offset: from, $length: length } = statements;
  for (let i = from; i < from + length; i++) {
    const statement = items[i] as GoPositioned & { Semicolon: GoPos & { IsValid(): boolean } };
    const span = { start: statement.Pos().Offset(), end: statement.End().Offset() };
    const separator = statement.Semicolon;
    spans.push(separator.IsValid() ? { ...span, separator: separator.Offset() } : span);
  }
  return spans;
}

function visit(node: GoNode, commands: RawCommand[]): void {
  // A nil pointer is one shared object per type whose fields throw when read.
  if (node === (node.constructor as { nil?: unknown }).nil) return;
  if (node.constructor.string === '*syntax.CallExpr') {
    const args = node['Args'] as GoSlice | null;
    if (args && args.$length > 0) {
      const words = elements(args).map((word) => {
        const w = word as GoWord;
        return { start: w.Pos().Offset(), end: w.End().Offset(), literal: fromGoString(w.Lit()) };
      });
      const call = node as GoPositioned;
      commands.push({ words, start: call.Pos().Offset(), end: call.End().Offset() });
    }
  }
  for (const field of fieldsOf(node)) {
    const value = node[field];
    if (value === null || typeof value !== 'object') continue;
    if (isSlice(value)) {
      const { $array: items, $offset: from, $length: length } = value;
      for (let i = from; i < from + length; i++) {
        const item = items[i];
        if (item && typeof item === 'object' && isNode(item)) visit(item, commands);
      }
    } else if (isNode(value)) {
      visit(value, commands);
    }
  }
}

/** Every node of one Go type has the same fields: listed once per type rather than enumerated per node. */
const fieldsByType = new Map<object, string[]>();
function fieldsOf(node: GoNode): string[] {
  let fields = fieldsByType.get(node.constructor);
  if (!fields) {
    fields = Object.keys(node).filter((field) => field !== '$val');
    fieldsByType.set(node.constructor, fields);
  }
  return fields;
}

/** Go strings inside the runtime hold UTF-8 bytes, one per character; the wrappers decode them on the way out. */
function fromGoString(bytes: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(bytes) ? bytes : Buffer.from(bytes, 'latin1').toString('utf8');
}

function elements(slice: GoSlice): unknown[] {
  return slice.$array.slice(slice.$offset, slice.$offset + slice.$length);
}

/** The library's own walk: the reference the fast path is tested against, and its fallback. */
export function commandsByWalk(sh: typeof Sh, file: Sh.ShNode): RawCommand[] {
  const commands: RawCommand[] = [];
  sh.syntax.Walk(file, (node) => {
    // Only a CallExpr has both Args and Assigns; reading two fields is cheaper than asking for its type name.
    if (node && node.Args !== undefined && node.Assigns !== undefined) {
      const words = ((node as Sh.CallExpr).Args ?? []).map((word) => ({
        start: word.Pos().Offset(),
        end: word.End().Offset(),
        literal: word.Lit(),
      }));
      if (words.length > 0) commands.push({ words, start: node.Pos().Offset(), end: node.End().Offset() });
    }
    return true;
  });
  return commands;
}
