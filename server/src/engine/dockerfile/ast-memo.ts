import { DockerfileParser, Instruction, type Dockerfile } from 'dockerfile-ast';
import { ModifiableInstruction } from 'dockerfile-ast/lib/modifiableInstruction';

/**
 * dockerfile-ast recomputes an instruction's arguments (and heredocs) from the document text on
 * every call, and rules ask for them again and again. A parsed instruction never changes, so each answer is kept on the instruction,
 * under a symbol of its own: cheaper to read back than a WeakMap lookup on every call.
 */
function memoise(prototype: object, name: 'getArguments' | 'getRawArguments' | 'getHeredocs'): void {
  const target = prototype as Record<string, unknown>;
  const original = target[name];
  if (typeof original !== 'function' || (original as { memoised?: boolean }).memoised) return;
  const slot = Symbol(name);
  const wrapped = function (this: Record<symbol, unknown>): unknown {
    if (slot in this) return this[slot];
    const value: unknown = (original as (this: object) => unknown).call(this);
    this[slot] = value;
    return value;
  };
  (wrapped as { memoised?: boolean }).memoised = true;
  target[name] = wrapped;
}

memoise(Instruction.prototype, 'getRawArguments');
memoise(Instruction.prototype, 'getArguments');
memoise(Instruction.prototype, 'getHeredocs');
memoise(ModifiableInstruction.prototype, 'getArguments');

/**
 * The same text is often linted twice in a row (a code action re-lints the text it was asked
 * about, a fix-all pass may change nothing), so the last parse is handed back rather than repeated.
 */
const originalParse = DockerfileParser.parse.bind(DockerfileParser);
let lastText: string | undefined;
let lastParsed: Dockerfile | undefined;
DockerfileParser.parse = (content: string): Dockerfile => {
  if (content !== lastText || !lastParsed) {
    lastParsed = originalParse(content);
    lastText = content;
  }
  return lastParsed;
};
