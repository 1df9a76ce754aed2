import type * as Unbash from 'unbash' with { 'resolution-mode': 'import' };
import { recordBashOnly } from './shell-bash-only';
import { costlySubstitutionAt, TOO_DEEP_SUBSTITUTIONS } from './shell-nesting';
import { childReach, pipeDiscarded, pipelineReach, reachFromOuterShell, type Reach } from './shell-status';
import type { RelativeCommand, RelativeConstruct, RelativeParse, RelativeWord, StatementSpan } from './shell';

/**
 * The shell parser is unbash: a Bash parser written in TypeScript with no dependencies, bundled
 * with the engine. It gives UTF-16 offsets (the editor's unit) and a typed tree, loads in about a
 * millisecond and parses RUN lines at tens of megabytes per second.
 *
 * The package is an ES module; the bundles and the test runner both load it through `require`.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parse, forEachChild } = require('unbash') as typeof Unbash;

type Node = Unbash.SyntaxNode;

type Pipe = NonNullable<RelativeCommand['pipe']>;

interface Walk {
  source: string;
  commands: RelativeCommand[];
  bashOnly: RelativeConstruct[];
  errors: { message: string; offset: number }[];
}
/** Where a node sits: the pipeline stage around it, and whether its offsets index the source at all. */
interface Place {
  pipe: Pipe | undefined;
  /**
   * Inside a backquoted substitution with escapes (`` `a \`b\`` ``), unbash parses the unescaped
   * text and offsets index that text: commands there are not placed, and errors point at the
   * substitution.
   */
  decodedAt: number | undefined;
  /** How far the node's exit status reaches, so pipelines can say whether pipefail could matter. */
  reach: Reach;
  /** The reach was decided around the `( … )` or `$( … )` that runs the node (see `pipelineReach`). */
  outer: boolean;
}

/** The whole-source parse, offsets (UTF-16 units) relative to the source. */
export function parseRelative(source: string): RelativeParse {
  let script: Unbash.ParsedScript;
  const walk: Walk = { source, commands: [], bashOnly: [], errors: [] };
  const costly = costlySubstitutionAt(source);
  if (costly !== undefined) return { ok: false, error: TOO_DEEP_SUBSTITUTIONS, offset: costly, tooDeep: true };
  try {
    script = parse(source);
    visitAll(script, walk);
  } catch (error) {
    // The parser bounds its nesting; this is the last guard should a construct still recurse too deep.
    if (error instanceof RangeError)
      return { ok: false, error: 'it is nested too deeply to be read', offset: 0, tooDeep: true };
    return { ok: false, error: 'it could not be read', offset: 0 };
  }
  const first = walk.errors.reduce<Walk['errors'][number] | undefined>(
    (best, error) => (!best || error.offset < best.offset ? error : best),
    undefined,
  );
  if (first) return { ok: false, error: first.message, offset: first.offset };
  return {
    ok: true,
    commands: walk.commands,
    andChain: script.commands.length === 1 && isAndChain(script.commands[0] as Unbash.Statement),
    statements: script.commands.map((statement) => statementSpan(source, statement)),
    bashOnly: walk.bashOnly,
  };
}

/**
 * Visits the tree in source order with a stack of its own: substitutions are parsed when first
 * read, and reading them from deep inside a recursive walk could exhaust the call stack.
 */
function visitAll(script: Unbash.ParsedScript, walk: Walk): void {
  const stack: [Node, Place][] = [
    [script, { pipe: undefined, decodedAt: undefined, reach: 'statement', outer: false }],
  ];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, place] = next;
    const children: [Node, Place][] = [];
    if (place.decodedAt === undefined) recordBashOnly(node, walk.source, walk.bashOnly);
    if (node.type === 'Pipeline' && node.commands.length > 1) {
      const first = node.commands[0] as Unbash.CommandNode;
      const last = node.commands[node.commands.length - 1] as Unbash.CommandNode;
      const stages = node.commands.length;
      // Every stage's status reaches as far as the pipeline's once pipefail is set.
      const reach = pipelineReach(node, place.reach, place.outer);
      const discarded = pipeDiscarded(reach);
      node.commands.forEach((stage, index) => {
        const pipe: Pipe = { start: first.pos, end: last.end, stage: index, stages };
        if (discarded) pipe.discarded = discarded;
        children.push([stage, { ...place, pipe, reach }]);
      });
    } else {
      if (node.type === 'Script') {
        for (const error of node.errors ?? [])
          walk.errors.push({ message: error.message, offset: place.decodedAt ?? error.pos });
      } else if (node.type === 'Command' && place.decodedAt === undefined) {
        const paren = parenAfterName(node, walk.source);
        if (paren !== undefined) walk.errors.push({ message: "unexpected token '('", offset: paren });
        const command = commandOf(node, walk.source);
        if (command) walk.commands.push(place.pipe ? { ...command, pipe: place.pipe } : command);
      }
      let index = 0;
      // The words of a command all share one reach: one place serves them all.
      let other = place;
      forEachChild(node, (child) => {
        // Top-level statements keep their reach open: whether one follows is the whole source's to say.
        const reach = node === script ? 'statement' : childReach(node, child, index, place, walk.source);
        const outer = node !== script && reachFromOuterShell(node, index, place.outer);
        index++;
        // A script with a source of its own indexes that text: it is placed at the node holding it.
        const decoded = child.type === 'Script' && child.source !== undefined && place.decodedAt === undefined;
        if (decoded) children.push([child, { ...place, reach, outer, decodedAt: node.pos }]);
        else if (reach === place.reach && outer === place.outer) children.push([child, place]);
        else {
          if (other.reach !== reach || other.outer !== outer) other = { ...place, reach, outer };
          children.push([child, other]);
        }
      });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as [Node, Place]);
  }
}

/**
 * Builtins that declare variables (`export A=$(b)`): the shell reads their arguments as
 * assignments, and no rule is about them; the commands inside their values are still visited.
 */
const DECLARATIONS = new Set(['export', 'declare', 'local', 'readonly', 'typeset', 'nameref', 'let']);

/**
 * `wget(x …`: after a command's name the shell takes `(` only as the start of a function definition
 * (`f() { …; }`), and refuses it otherwise, as it refuses `echo a(b`; the parser lets this one
 * case pass and drops the `(`, so a fix inserting after the name (`wget --progress=dot:giga(x`)
 * would seem to break a command that was already broken.
 */
function parenAfterName(command: Unbash.Command, source: string): number | undefined {
  const name = command.name;
  if (!name) return undefined;
  let at = name.end;
  while (source[at] === ' ' || source[at] === '\t') at++;
  return source[at] === '(' ? at : undefined;
}

/** The command's words: its name and its arguments, without assignments before it or redirections. */
function commandOf(command: Unbash.Command, source: string): RelativeCommand | undefined {
  if (!command.name || DECLARATIONS.has(command.name.text)) return undefined;
  const wordAt = (node: { pos: number; end: number }, literal: boolean): RelativeWord => {
    const raw = source.slice(node.pos, node.end);
    // A line continuation inside a word (`ec\<newline>ho`) is no part of its value: such a word is not literal.
    return { raw, literal: literal && !/\\\r?\n/.test(raw) ? raw : undefined, start: node.pos, end: node.end };
  };
  const words = [wordAt(command.name, isPlain(command.name))];
  for (const argument of command.suffix) {
    if (argument.type === 'Word') words.push(wordAt(argument, isPlain(argument)));
    else if (argument.type === 'Assignment')
      words.push(wordAt(argument, argument.value.type === 'Word' && isPlain(argument.value)));
  }
  // Redirections belong to the statement, not the command: `echo x > f` is the command `echo x`.
  const start = command.prefix.find((item) => item.type === 'Assignment')?.pos ?? command.name.pos;
  return { words, start, end: (words[words.length - 1] as RelativeWord).end };
}

/**
 * A word with no quotes and no expansions: letters, globs (`*`, `[a-z]`) and braces (`{a,b}`) as
 * written. Rules match such words against names and paths; anything else depends on the run.
 */
function isPlain(word: { readonly parts?: readonly Unbash.WordPart[] | undefined }): boolean {
  return (word.parts ?? []).every(
    (part) =>
      part.type === 'Literal' ||
      (part.type === 'Glob' && isPlain(part)) ||
      (part.type === 'BraceExpansion' && isPlain(part)),
  );
}

function isAndChain(statement: Unbash.Statement): boolean {
  if (statement.background) return false;
  const command = statement.command;
  if (command.type !== 'AndOr') return isPlainStep(command);
  return command.operators.every((operator) => operator === '&&') && command.commands.every(isPlainStep);
}

/** A step of an `&&` chain that fails exactly when its last command does: no `!`, no coprocess. */
function isPlainStep(step: Unbash.PipelineNode): boolean {
  if (step.type === 'Coproc') return false;
  return step.type !== 'Pipeline' || step.prefixes.every((prefix) => prefix.type !== 'Negation');
}

function statementSpan(source: string, statement: Unbash.Statement): StatementSpan {
  const { pos: start, end } = statement;
  // A background statement's span ends with its `&`; a `;` follows the span, perhaps after blanks.
  if (statement.background) return { start, end, separator: end - 1 };
  const blanks = /(?:[ \t]|\\\r?\n)*/y;
  blanks.lastIndex = end;
  blanks.exec(source);
  const at = blanks.lastIndex;
  if (source[at] === ';' && source[at + 1] !== ';') return { start, end: at + 1, separator: at };
  return { start, end };
}
