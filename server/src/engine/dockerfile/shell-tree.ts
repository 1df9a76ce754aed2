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
  /** The innermost pipeline the command runs in, and which of its stages (0 = the first) holds it. */
  pipe?: RawPipe;
}
export interface RawPipe {
  start: number;
  end: number;
  stage: number;
  stages: number;
}

/** One `X | Y` (or `X |& Y`) node: its span and the spans of its two sides. */
interface PipeNode {
  start: number;
  end: number;
  x: { start: number; end: number };
  y: { start: number; end: number };
}

/** mvdan-sh's BinCmdOperator values for `&&`, `|` and `|&`. */
const AND = 10;
const PIPE = 12;
const PIPE_ALL = 13;

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
    const pipes: PipeNode[] = [];
    visit(internal, commands, pipes);
    return withPipelines(commands, pipes);
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

/**
 * True when the file is one statement of steps joined by `&&` only (a step may be a pipeline):
 * then `x && <file>` fails exactly when x or the file would. Unknown (false) without the fast path.
 */
export function isAndChain(file: Sh.ShNode): boolean {
  const statements = internalOf(file)?.['Stmts'];
  if (!statements || typeof statements !== 'object' || !isSlice(statements) || statements.$length !== 1) return false;
  return andOnly(statements.$array[statements.$offset] as GoNode);
}

function andOnly(statement: GoNode): boolean {
  if (statement['Background'] === true || statement['Negated'] === true || statement['Coprocess'] === true)
    return false;
  const command = statement['Cmd'] as GoNode | null;
  if (!command || command === (command.constructor as { nil?: unknown }).nil) return true;
  if (command.constructor.string !== '*syntax.BinaryCmd') return true;
  const op = command['Op'];
  if (op === PIPE || op === PIPE_ALL) return true;
  return op === AND && andOnly(command['X'] as GoNode) && andOnly(command['Y'] as GoNode);
}

function visit(node: GoNode, commands: RawCommand[], pipes: PipeNode[]): void {
  // A nil pointer is one shared object per type whose fields throw when read.
  if (node === (node.constructor as { nil?: unknown }).nil) return;
  if (node.constructor.string === '*syntax.BinaryCmd' && (node['Op'] === PIPE || node['Op'] === PIPE_ALL)) {
    const span = (side: unknown): { start: number; end: number } => {
      const stmt = side as GoPositioned;
      return { start: stmt.Pos().Offset(), end: stmt.End().Offset() };
    };
    const x = span(node['X']);
    const y = span(node['Y']);
    pipes.push({ start: x.start, end: y.end, x, y });
  }
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
        if (item && typeof item === 'object' && isNode(item)) visit(item, commands, pipes);
      }
    } else if (isNode(value)) {
      visit(value, commands, pipes);
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
  const pipes: PipeNode[] = [];
  sh.syntax.Walk(file, (node) => {
    // A BinaryCmd joins two statements (which have a Cmd); arithmetic binaries join expressions.
    const binary = node as Partial<Sh.BinaryCmd> | null;
    if (binary?.X?.Cmd !== undefined && binary.Y && (binary.Op === PIPE || binary.Op === PIPE_ALL)) {
      const x = { start: binary.X.Pos().Offset(), end: binary.X.End().Offset() };
      const y = { start: binary.Y.Pos().Offset(), end: binary.Y.End().Offset() };
      pipes.push({ start: x.start, end: y.end, x, y });
    }
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
  return withPipelines(commands, pipes);
}

/**
 * `a | b | c` is `(a | b) | c` in the tree: a pipe node whose left side is exactly another pipe
 * node continues that pipeline. Each command is placed in the innermost pipeline stage that
 * contains it (a pipeline inside `$(…)` within a stage of another pipeline is its own).
 */
function withPipelines(commands: RawCommand[], pipes: PipeNode[]): RawCommand[] {
  if (pipes.length === 0) return commands;
  const continued = new Set<string>();
  for (const pipe of pipes) continued.add(`${pipe.x.start}:${pipe.x.end}`);
  const byLeft = new Map<string, PipeNode>();
  for (const pipe of pipes) byLeft.set(`${pipe.start}:${pipe.end}`, pipe);
  const pipelines: { start: number; end: number; stages: { start: number; end: number }[] }[] = [];
  for (const pipe of pipes) {
    // Only the outermost node of a chain starts a pipeline; the nodes on its left are its stages.
    if (continued.has(`${pipe.start}:${pipe.end}`)) continue;
    const stages = [pipe.y];
    let left: { start: number; end: number } = pipe.x;
    for (let inner = byLeft.get(`${left.start}:${left.end}`); inner; inner = byLeft.get(`${left.start}:${left.end}`)) {
      stages.unshift(inner.y);
      left = inner.x;
    }
    stages.unshift(left);
    pipelines.push({ start: pipe.start, end: pipe.end, stages });
  }
  return commands.map((command) => {
    let best: RawPipe | undefined;
    for (const pipeline of pipelines) {
      if (command.start < pipeline.start || command.end > pipeline.end) continue;
      if (best && pipeline.end - pipeline.start >= best.end - best.start) continue;
      const stage = pipeline.stages.findIndex((s) => s.start <= command.start && command.end <= s.end);
      if (stage >= 0) best = { start: pipeline.start, end: pipeline.end, stage, stages: pipeline.stages.length };
    }
    return best ? { ...command, pipe: best } : command;
  });
}
