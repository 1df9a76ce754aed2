/**
 * The parser's place in a file's tokens: reading on, looking ahead, and errors placed on the
 * action they are in, as Go's parser reports them.
 */
import { RenderFailure, type SourceSpan } from './failure';
import type { Token, TokenType } from './lexer';

export class TokenCursor {
  protected index = 0;
  /** Start of the last action read, until text follows it. */
  protected openAction: number | undefined;

  constructor(
    protected readonly file: string,
    protected readonly tokens: Token[],
  ) {}

  protected peek(): Token {
    return (
      this.tokens[this.index] ?? this.tokens[this.tokens.length - 1] ?? { type: 'eof', value: '', start: 0, end: 0 }
    );
  }

  protected next(): Token {
    const token = this.peek();
    if (token.type === 'error') throw this.failAt(token, token.value);
    if (token.type === 'leftDelim') this.openAction = token.start;
    else if (token.type === 'text') this.openAction = undefined;
    this.index++;
    return token;
  }

  protected nextNonSpace(): Token {
    let token = this.next();
    while (token.type === 'space') token = this.next();
    return token;
  }

  protected peekNonSpace(): Token {
    const saved = this.index;
    const token = this.nextNonSpace();
    this.index = saved;
    return token;
  }

  protected peekAfterDelim(): Token {
    const saved = this.index;
    this.next();
    const token = this.nextNonSpace();
    this.index = saved;
    return token;
  }

  /** A parse error is shown on the action it is in, from its `{{` to the offending token. */
  protected failAt(span: SourceSpan, message: string): RenderFailure {
    const start = this.openAction !== undefined && this.openAction < span.start ? this.openAction : span.start;
    return RenderFailure.error(`Helm cannot parse ${this.file}: ${message}.`, { start, end: span.end });
  }

  protected unexpected(token: Token, context: string): RenderFailure {
    if (token.type === 'error') return this.failAt(token, token.value);
    const shown = token.type === 'eof' ? 'EOF' : JSON.stringify(token.value);
    return this.failAt(token, `unexpected ${shown} in ${context}`);
  }

  protected expect(type: TokenType, context: string): Token {
    const token = this.nextNonSpace();
    if (token.type !== type) throw this.unexpected(token, context);
    return token;
  }
}
