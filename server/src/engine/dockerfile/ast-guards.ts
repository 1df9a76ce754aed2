import { Instruction, type Heredoc } from 'dockerfile-ast';
import { Parser } from 'dockerfile-ast/lib/parser';
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

interface ParserInternals {
  buffer: string;
  escapeChar: string;
  createInstruction(dockerfile: Dockerfile, instruction: string, start: number, end: number, at: number): unknown;
  processHeredocs(created: unknown, at: number): number;
  processComment(dockerfile: Dockerfile, at: number): number;
}

/**
 * dockerfile-ast 0.7 continues an instruction on the next line whenever a line ends with the
 * escape character, also when that character is itself escaped (`C:\\Windows\\`). BuildKit does
 * not (`([^\\])\\[ \t]*$`, since 2020): the instruction ends there, and the next line is one of its
 * own. Joined, `COPY … C:\\System32\\` swallowed the `ENV` below it, and a fix wrote into that ENV.
 * This is the library's argument scan with BuildKit's test for a continuation.
 */
(Parser.prototype as unknown as { processArguments: unknown }).processArguments = function (
  this: ParserInternals,
  dockerfile: Dockerfile,
  instruction: string,
  instructionEnd: number,
  start: number,
  offset: number,
): number {
  const buffer = this.buffer;
  let escaped = false;
  for (let i = offset + 1; i < buffer.length; i++) {
    const char = buffer.charAt(i);
    if (char === '\r' || char === '\n') {
      if (escaped) continue;
      return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
    }
    if (char === this.escapeChar) {
      const next = buffer.charAt(i + 1);
      // As the library does: an escaped character is read on, a blank after the escape skipped.
      if (next !== ' ' && next !== '\t' && next !== '\r' && next !== '\n') continue;
      let j = i + 1;
      while (buffer.charAt(j) === ' ' || buffer.charAt(j) === '\t') j++;
      if (j >= buffer.length) return buffer.length;
      const atLineEnd = buffer.charAt(j) === '\r' || buffer.charAt(j) === '\n';
      if (atLineEnd && buffer.charAt(i - 1) === this.escapeChar) {
        // BuildKit's exception: an escaped escape character ends the line, and the instruction.
        escaped = false;
        i = j - 1;
        continue;
      }
      if (atLineEnd) escaped = true;
      i = j;
      continue;
    }
    if (char === '#') {
      if (escaped) i = this.processComment(dockerfile, i);
      continue;
    }
    if (char !== ' ' && char !== '\t') escaped = false;
  }
  return buffer.length;
};
