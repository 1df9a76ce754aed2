import type * as Unbash from 'unbash' with { 'resolution-mode': 'import' };
import type { BashOnlyKind, RelativeConstruct } from './shell';

/** Builtins bash has and a POSIX shell does not; `local`, `export` and `readonly` are in both. */
const BASH_DECLARATIONS = new Set(['declare', 'typeset', 'let']);

/** Parameter expansions a POSIX shell refuses with "Bad substitution". */
const BASH_OPERATIONS = new Set(['Slice', 'Replace', 'CaseModification', 'Transform', 'Names']);

/**
 * Records the node when it is bash's and not POSIX sh's. The shell parser reads bash, so these
 * parse as bash runs them; whether that matters depends on which shell runs the RUN, which the
 * rules know and the parse does not.
 */
export function recordBashOnly(node: Unbash.SyntaxNode, source: string, found: RelativeConstruct[]): void {
  const add = (kind: BashOnlyKind, start: number, end: number): void => {
    found.push({ kind, text: source.slice(start, end), start, end });
  };
  switch (node.type) {
    case 'TestCommand':
      add('double-bracket', node.pos, node.end);
      return;
    case 'ArithmeticCommand':
      add('arithmetic', node.pos, node.end);
      return;
    case 'ArithmeticFor': {
      const open = source.indexOf('((', node.pos);
      add('arithmetic-for', node.pos, open < 0 ? node.pos + 3 : open + 2);
      return;
    }
    case 'Function':
      if (/^function\s/.test(source.slice(node.pos, node.pos + 9))) add('function-keyword', node.pos, node.pos + 8);
      return;
    case 'Redirect':
      if (bothOutputs(node)) add('both-outputs', node.pos, node.end);
      return;
    case 'HereString':
      add('here-string', node.pos, node.end);
      return;
    case 'ProcessSubstitution':
    case 'AnsiCQuoted':
    case 'LocaleString':
      add(node.type === 'ProcessSubstitution' ? 'process-substitution' : 'dollar-quote', node.pos, node.end);
      return;
    case 'ParameterExpansion':
      if (node.prefix === '!' || node.index || (node.operation && BASH_OPERATIONS.has(node.operation.type)))
        add('bash-expansion', node.pos, node.end);
      return;
    case 'Assignment':
      if (node.value.type === 'ArrayValue' || node.index) add('array', node.pos, node.end);
      else if (node.append) add('append', node.pos, node.end);
      return;
    case 'Command': {
      const name = node.name;
      if (name && BASH_DECLARATIONS.has(name.text)) add('declaration', name.pos, name.end);
      return;
    }
    case 'Pipeline':
      node.operators.forEach((operator, i) => {
        const after = node.commands[i]?.end;
        const at = operator === '|&' && after !== undefined ? source.indexOf('|&', after) : -1;
        if (at >= 0) add('pipe-both', at, at + 2);
      });
      return;
    default:
      return;
  }
}

/**
 * `&>`, `&>>`, and `>&` to a file: bash's "standard output and error" in one. `>&2` and `>&-` are
 * POSIX (a descriptor, or closing), and a target that is an expansion may be either.
 */
function bothOutputs(redirect: Unbash.Redirect): boolean {
  if (redirect.operator === '&>' || redirect.operator === '&>>') return true;
  if (redirect.operator !== '>&' || redirect.descriptor) return false;
  const target = redirect.target;
  const plain = target?.parts === undefined || target.parts.every((part) => part.type === 'Literal');
  return target !== undefined && plain && !/^(\d+|-)$/.test(target.text);
}
