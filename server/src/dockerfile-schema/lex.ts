/**
 * What BuildKit's shell lexer (frontend/dockerfile/shell/lex.go) rejects in a word it expands:
 * an unterminated quote, `${` without its `}`, and a substitution modifier it does not know
 * (`${VAR:=x}`). Every form it accepts passes: `$VAR`, `${VAR}`, `${VAR:-x}`, `${VAR-x}`,
 * `${VAR:+x}`, `${VAR+x}`, `${VAR:?x}`, `${VAR?x}`, `${VAR#p}`, `${VAR%p}`, `${VAR/p/r}`, nested.
 */

export type LexProblemCode = 'unterminated-quote' | 'missing-brace' | 'bad-substitution' | 'unsupported-modifier';

export interface LexProblem {
  code: LexProblemCode;
  /** Offsets in the word. */
  start: number;
  end: number;
  /** The modifier, for unsupported-modifier. */
  detail?: string;
}

class Problem extends Error {
  constructor(readonly problem: LexProblem) {
    super(problem.code);
  }
}

export function lexWord(text: string, escape: string): LexProblem | undefined {
  if (!/["'$]/.test(text)) return undefined;
  try {
    new Lexer(text, escape).until(undefined, 0);
    return undefined;
  } catch (error) {
    if (error instanceof Problem) return error.problem;
    throw error;
  }
}

class Lexer {
  constructor(
    private readonly text: string,
    private readonly escape: string,
  ) {}

  /** Reads from `i` to the `stop` character (or the end when there is none); returns the index of the stop. */
  until(stop: string | undefined, i: number): number {
    const { text } = this;
    while (i < text.length) {
      const ch = text[i];
      if (ch === stop) return i;
      if (ch === this.escape) i += 2;
      else if (ch === "'") i = this.singleQuoted(i);
      else if (ch === '"') i = this.doubleQuoted(i);
      else if (ch === '$') i = this.dollar(i);
      else i++;
    }
    return i;
  }

  private singleQuoted(open: number): number {
    const close = this.text.indexOf("'", open + 1);
    if (close < 0) throw new Problem({ code: 'unterminated-quote', start: open, end: this.text.length });
    return close + 1;
  }

  private doubleQuoted(open: number): number {
    const { text } = this;
    let i = open + 1;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') return i + 1;
      if (ch === this.escape) i += 2;
      else if (ch === '$') i = this.dollar(i);
      else i++;
    }
    throw new Problem({ code: 'unterminated-quote', start: open, end: text.length });
  }

  /** `$name`, `$` alone, or `${…}`; returns the index after it. */
  private dollar(at: number): number {
    const { text } = this;
    if (text[at + 1] !== '{') return at + 1;
    let i = at + 2;
    const first = text[i];
    if (first === undefined) throw new Problem({ code: 'missing-brace', start: at, end: text.length });
    if (first === '{' || first === '}' || first === ':')
      throw new Problem({ code: 'bad-substitution', start: at, end: Math.min(text.length, i + 1) });
    while (i < text.length && /[A-Za-z0-9_]/.test(text[i] as string)) i++;
    let modifier = text[i];
    if (modifier === undefined) throw new Problem({ code: 'missing-brace', start: at, end: text.length });
    if (modifier === '}') return i + 1;
    if (modifier === ':') {
      const next = text[i + 1];
      if (next === undefined) throw new Problem({ code: 'missing-brace', start: at, end: text.length });
      if (!'-+?'.includes(next))
        throw new Problem({ code: 'unsupported-modifier', start: at, end: i + 2, detail: `:${next}` });
      modifier = `:${next}`;
      i++;
    } else if (!'-+?#%/'.includes(modifier)) {
      throw new Problem({ code: 'unsupported-modifier', start: at, end: i + 1, detail: modifier });
    }
    const close = this.until('}', i + 1);
    if (close >= text.length) throw new Problem({ code: 'missing-brace', start: at, end: text.length });
    return close + 1;
  }
}
