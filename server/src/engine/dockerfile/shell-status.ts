import type * as Unbash from 'unbash' with { 'resolution-mode': 'import' };
import type { RelativeCommand, ShellPipeStage, StatementSpan } from './shell';

type Node = Unbash.SyntaxNode;

/**
 * How far the exit status of a node can reach, which tells whether making a pipeline fail (with
 * pipefail) could ever make the RUN fail:
 * - `used`: it decides something (a following `$?`) or becomes the status of something that does;
 * - `condition`: it decides something where errexit is off (an `if` or `while` condition, all but
 *   the last of `&&` and `||`, after `!`), so inside it a statement followed by another is dropped
 *   whatever `set -e` says;
 * - `statement`: it becomes the status of the top-level statement that holds it, which matters
 *   unless another statement follows; only the whole source can tell, so the parse leaves it open;
 * - `last-only`: the same, but errexit ignores it (a top-level `! a | b`), so it is dropped
 *   whenever another statement follows, `set -e` or not;
 * - `errexit`: it is dropped unless errexit (`set -e`) is on, which stops the shell at a failure;
 * - `discarded`: nothing ever reads it (`|| true`, `&`, an argument's `$(…)`).
 * Each is at least as discarded as the one before, but for `last-only` and `errexit`, which drop
 * a status on different grounds; when unsure, the walk picks the less discarded.
 */
export type Reach = 'used' | 'condition' | 'statement' | 'last-only' | 'errexit' | 'discarded';

/** What a pipeline records: nothing when its status is used, otherwise how it may be dropped. */
export type PipeDiscarded = NonNullable<NonNullable<RelativeCommand['pipe']>['discarded']>;

/**
 * Reading the last status: by name (`a | b; if [ $? -ne 0 ]`, `${PIPESTATUS[0]}`), or by a bare
 * `exit` or `return`, which end with it.
 */
const READS_STATUS = /\$\{?(\?|PIPESTATUS)|^\s*(exit|return)\s*;?\s*$/;

/**
 * Settles `if-followed` against the whole source's top-level statements: a pipeline at `at`
 * is dropped without errexit when a statement follows its own and does not read `$?`.
 */
export function settleDiscarded(
  discarded: PipeDiscarded | undefined,
  at: number,
  statements: readonly StatementSpan[],
  source: string,
): ShellPipeStage['pipeline']['discarded'] {
  if (discarded !== 'if-followed' && discarded !== 'always-if-followed') return discarded;
  const index = statements.findIndex((statement) => at < statement.end);
  const next = statements[index + 1];
  if (index < 0 || !next || READS_STATUS.test(source.slice(next.start, next.end))) return undefined;
  return discarded === 'if-followed' ? 'without-errexit' : 'always';
}

const DISCARDED: Record<Exclude<Reach, 'used' | 'condition'>, PipeDiscarded> = {
  statement: 'if-followed',
  'last-only': 'always-if-followed',
  errexit: 'without-errexit',
  discarded: 'always',
};

export function pipeDiscarded(reach: Reach): PipeDiscarded | undefined {
  return reach === 'used' || reach === 'condition' ? undefined : DISCARDED[reach];
}

/**
 * The reach of a pipeline's own status, given the reach of the place it stands in. Errexit ignores
 * a `!` pipeline (`set -e; ! true; echo reached` goes on in bash and dash), so one whose status
 * mattered only through errexit is dropped, and errexit is off inside it. That holds in the shell
 * that runs it: where the reach came from around a `( … )` or `$( … )` (`outer`), the enclosing
 * shell reads the status as any other (`set -e; x=$(! true); echo reached` stops), and the `!`
 * is taken as a decision.
 */
export function pipelineReach(pipeline: Unbash.Pipeline, reach: Reach, outer: boolean): Reach {
  if (!pipeline.prefixes.some((prefix) => prefix.type === 'Negation')) return reach;
  if (reach === 'discarded' || reach === 'last-only') return reach;
  if (reach === 'used' || reach === 'condition' || outer) return 'condition';
  return reach === 'statement' ? 'last-only' : 'discarded';
}

/**
 * Whether a child's reach was decided around the shell that runs it: inside `( … )` and `$( … )`
 * it was, until a statement followed by another, whose reach the inner shell decides itself.
 */
export function reachFromOuterShell(parent: Node, index: number, outer: boolean): boolean {
  if (parent.type === 'Subshell' || parent.type === 'CommandExpansion' || parent.type === 'ArithmeticCommandExpansion')
    return true;
  if ((parent.type === 'Script' || parent.type === 'CompoundList') && index < parent.commands.length - 1) return false;
  return outer;
}

/**
 * The reach of the `index`th child (in `forEachChild` order) of `parent`, which has reach `reach`.
 * Anything not named here passes its reach on: its status is its child's.
 */
export function childReach(
  parent: Node,
  child: Node,
  index: number,
  place: { reach: Reach; outer: boolean },
  source: string,
): Reach {
  const { reach, outer } = place;
  switch (parent.type) {
    case 'Script':
    case 'CompoundList':
      return listReach(parent.commands, index, reach, source);
    case 'Statement':
      // `a | b &`: the shell goes on at once, and `$?` is 0.
      return parent.background ? 'discarded' : reach;
    case 'AndOr':
      return andOrReach(parent, index, reach);
    case 'Pipeline':
      return pipelineReach(parent, reach, outer);
    case 'If':
    case 'Elif':
    case 'While':
      return child === parent.clause ? 'condition' : reach;
    case 'For':
      // The words are expanded once, and the loop's status is its body's (0 with no words).
      return child === parent.body ? reach : 'discarded';
    case 'Case':
      // `case $(a | b) in`: the status is the chosen branch's, or 0.
      return child === parent.word ? 'discarded' : reach;
    case 'CaseItem':
    case 'ArithmeticFor':
    case 'Select':
      return child === parent.body ? reach : 'used';
    case 'Function':
    case 'Coproc':
      // Run later or alongside, in a context this walk does not follow.
      return 'used';
    case 'Command':
      return ownsStatus(parent) ? 'discarded' : reach;
    case 'ProcessSubstitution':
      return 'discarded';
    default:
      return reach;
  }
}

/**
 * A statement's status is dropped when another follows it, unless errexit stops the shell there
 * (never inside a condition: `if a | b; c; then`) or the next statement reads it. The last one's
 * status is the list's.
 */
function listReach(statements: readonly Unbash.Statement[], index: number, reach: Reach, source: string): Reach {
  const next = statements[index + 1];
  if (!next) return reach;
  if (READS_STATUS.test(source.slice(next.pos, next.end))) return 'used';
  return reach === 'discarded' || reach === 'condition' || reach === 'last-only' ? 'discarded' : 'errexit';
}

/**
 * In `a && b`, a's status decides whether b runs; in `a || true` (or `|| :`) it is replaced by 0.
 * Any other `a || c` runs c on failure, a decision too. The last step's status is the list's.
 */
function andOrReach(list: Unbash.AndOr, index: number, reach: Reach): Reach {
  if (index === list.commands.length - 1) return reach;
  if (list.operators[index] === '&&') return 'condition';
  return isTrue(list.commands[index + 1]) ? 'discarded' : 'condition';
}

/** `true` or `:`, which give 0 whatever their arguments; a redirection of theirs could fail. */
function isTrue(node: Unbash.PipelineNode | undefined): boolean {
  if (node?.type !== 'Command' || !node.name || !isLiteral(node.name)) return false;
  if (node.name.text !== 'true' && node.name.text !== ':') return false;
  return [...node.prefix, ...node.suffix].every((item) => item.type === 'Word' || item.type === 'Assignment');
}

/**
 * A command with a written name has the status of what it runs: the `$(…)` in its words and
 * redirections only feed it, even under errexit. That holds for `export a=$(false)` and `local`
 * too, which give 0 in bash and dash alike, while `a=$(false)` gives 1. A name that is itself expanded may vanish (`$EMPTY $(false)` has the
 * substitution's status), and a command of assignments alone (`a=$(b)`) has the status of its last
 * substitution, so neither owns its status.
 */
function ownsStatus(command: Unbash.Command): boolean {
  return command.name !== undefined && isLiteral(command.name);
}

function isLiteral(word: Unbash.Word): boolean {
  return (word.parts ?? []).every((part) => part.type === 'Literal');
}
