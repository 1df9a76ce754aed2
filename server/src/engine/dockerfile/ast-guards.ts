import { Instruction, type Heredoc } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Dockerfile } from 'dockerfile-ast/lib/dockerfile';

/**
 * dockerfile-ast 0.7 resolves a variable by asking the image that contains column 0 of its line.
 * Before an indented first instruction (` RUN echo $X` above the first FROM) that image is the
 * file itself, which asks itself again until the stack overflows, so any rule that resolves the
 * variables of such a file would throw. There the variable is simply unknown.
 */
const resolveVariable = Dockerfile.prototype.resolveVariable;
Dockerfile.prototype.resolveVariable = function (this: Dockerfile, variable: string, line: number) {
  const inFrom = this.getFROMs().some((from) => from.getRange().start.line <= line && line <= from.getRange().end.line);
  if (!inFrom && this.getContainingImage({ line, character: 0 }) === this) return undefined;
  return resolveVariable.call(this, variable, line);
};

/**
 * dockerfile-ast 0.7 reads past its list of heredocs when a continuation line starts with an
 * escaped `\#` (`RUN echo \` then `\# text`) and throws a TypeError, failing every rule that asks.
 * Such a line opens no heredoc, so the answer is "none". An instruction without
 * `<<` opens none either, and is answered without scanning it character by character.
 */
const heredocsOf = (Instruction.prototype as unknown as { getHeredocs: () => Heredoc[] }).getHeredocs;
(Instruction.prototype as unknown as { getHeredocs: () => Heredoc[] }).getHeredocs = function (this: Instruction) {
  const { document } = this as unknown as { document: TextDocument };
  if (!document.getText(this.getRange()).includes('<<')) return [];
  try {
    return heredocsOf.call(this);
  } catch (error) {
    if (error instanceof TypeError) return [];
    throw error;
  }
};
