import { DockerfileParser, Instruction, type Dockerfile } from 'dockerfile-ast';
import { ModifiableInstruction } from 'dockerfile-ast/lib/modifiableInstruction';
import { PropertyInstruction } from 'dockerfile-ast/lib/propertyInstruction';

/**
 * dockerfile-ast recomputes an instruction's arguments (and heredocs) from the document text on
 * every call, and rules ask for them again and again. A parsed instruction never changes, so each
 * answer is kept on the instruction, under a symbol of its own: cheaper to read back than a
 * WeakMap lookup on every call.
 *
 * Typing in one instruction leaves every other one as it was, at the same line and column, and
 * an instruction's arguments and properties depend on nothing but its own text, its position
 * and the escape character. So those answers are also kept across parses, keyed by exactly that:
 * the next version of the file gets them back instead of scanning each instruction character by
 * character again. Two generations are kept (this parse's and the previous one's), which bounds
 * the cache to about two files' worth and drops whatever the last edit changed.
 */
type Memoised = 'getArguments' | 'getRawArguments' | 'getHeredocs' | 'getProperties' | 'getKeyword';

interface InstructionInternals {
  document: { getText(): string; offsetAt(position: { line: number; character: number }): number };
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  escapeChar: string;
}

let current = new Map<string, unknown>();
let previous = new Map<string, unknown>();

function newGeneration(): void {
  previous = current;
  current = new Map();
}

/** What identifies an instruction's text and place; the same key means the same answers. */
function placeKey(instruction: InstructionInternals, method: Memoised): string {
  const { document, range } = instruction;
  const text = document.getText().slice(document.offsetAt(range.start), document.offsetAt(range.end));
  return `${method}\u0000${instruction.escapeChar}\u0000${range.start.line}:${range.start.character}\u0000${text}`;
}

function memoise(prototype: object, name: Memoised, acrossParses: boolean): void {
  const target = prototype as Record<string, unknown>;
  const original = target[name];
  if (typeof original !== 'function' || (original as { memoised?: boolean }).memoised) return;
  const slot = Symbol(name);
  const compute = original as (this: object) => unknown;
  const wrapped = function (this: Record<symbol, unknown>): unknown {
    // Every memoised answer is a string or an array, never undefined, so reading the slot tells.
    // `slot in this` took a slower generic lookup across the many instruction classes: this wrapper's
    // own time in a profile of 198 Dockerfiles (168,000 calls a run) went from 59 to 40 ms a run.
    const known = this[slot];
    if (known !== undefined) return known;
    let value: unknown;
    if (acrossParses) {
      // dockerfile-ast shifts the flags off the array getArguments hands back, so each instruction
      // gets an array of its own; the cache keeps one nobody else holds.
      const key = placeKey(this as unknown as InstructionInternals, name);
      const kept = (current.get(key) ?? previous.get(key)) as unknown[] | undefined;
      if (kept) value = kept.slice();
      else value = compute.call(this);
      current.set(key, kept ?? (value as unknown[]).slice());
    } else {
      value = compute.call(this);
    }
    this[slot] = value;
    return value;
  };
  (wrapped as { memoised?: boolean }).memoised = true;
  target[name] = wrapped;
}

// Arrays of immutable arguments and properties, computed from the instruction's text alone.
memoise(Instruction.prototype, 'getRawArguments', true);
memoise(PropertyInstruction.prototype, 'getProperties', true);
// getArguments is getRawArguments less the flags, removed in place: kept per instruction only.
memoise(Instruction.prototype, 'getArguments', false);
memoise(ModifiableInstruction.prototype, 'getArguments', false);
// A here-document's body lies beyond its instruction's own range: kept per parse only.
memoise(Instruction.prototype, 'getHeredocs', false);
// Rules ask every instruction for its keyword, and each answer was a new upper-cased string.
memoise(Instruction.prototype, 'getKeyword', false);

/**
 * The same text is often linted twice in a row (a code action re-lints the text it was asked
 * about, a fix-all pass may change nothing), so the last parse is handed back rather than repeated.
 */
const originalParse = DockerfileParser.parse.bind(DockerfileParser);
let lastText: string | undefined;
let lastParsed: Dockerfile | undefined;
DockerfileParser.parse = (content: string): Dockerfile => {
  if (content !== lastText || !lastParsed) {
    newGeneration();
    lastParsed = originalParse(content);
    lastText = content;
  }
  return lastParsed;
};
