/**
 * What the fast reader (fast-yaml.ts) reads within a line or a block of lines: scalars of every
 * style, where a line's content ends, and ranges. The collections that hold them are the Reader's.
 */
import { Scalar, type Schema } from 'yaml';
import { newScalar } from './fast-yaml-nodes';
import {
  blockScalarValue,
  doubleQuotedValue,
  foldedPlainValue,
  plainScalar,
  singleQuotedValue,
  type BlockHeader,
} from './fast-yaml-scalars';
import { blockScalarLines, LINE_FEED, lineEnd, plainContinuation, SPACE, spaces } from './fast-yaml-lines';
import { readsOtherwiseInYaml11 } from './yaml11-alike';
import type { FlowScalars } from './fast-yaml-flow';

export const DECLINED = Symbol('declined');

/** Gives the chunk back to the library. */
export function decline(): never {
  throw DECLINED;
}

export type Range3 = [number, number, number];

export abstract class ScalarReader implements FlowScalars {
  /** Start of the first line not yet read. */
  protected pos = 0;
  /** Nodes the library gives an end of line of their own (plain and quoted scalars, flow collections). */
  protected readonly hasEnd = new WeakSet<object>();
  /** Set on the first plain scalar kubectl reads otherwise (see yaml11-alike.ts). */
  protected yaml11Differs = false;
  /**
   * Plain mode's one range: no node outlives its reading, and of the ranges only those at `kind`
   * and `metadata.name` are kept, copied from it as soon as their node is read. A new array for
   * every node was a fifth of the reading.
   */
  private readonly sharedRange: Range3 | undefined;

  /** `shareRanges`: every node gets the one range (plain mode). */
  constructor(
    readonly text: string,
    protected readonly base: number,
    protected readonly options: object,
    readonly schema: Schema,
    shareRanges: boolean,
  ) {
    this.sharedRange = shareRanges ? [0, 0, 0] : undefined;
  }

  /** The null scalar the library puts where a value is missing. */
  protected emptyValue(at: number): Scalar {
    const empty = plainScalar(this.schema, '', this.options) ?? decline();
    this.yaml11Differs = true;
    empty.range = this.range(at, at, at);
    empty.source = '';
    empty.type = Scalar.PLAIN;
    return empty;
  }

  protected range(start: number, valueEnd: number, nodeEnd: number): Range3 {
    const shared = this.sharedRange;
    if (!shared) return [this.base + start, this.base + valueEnd, this.base + nodeEnd];
    shared[0] = this.base + start;
    shared[1] = this.base + valueEnd;
    shared[2] = this.base + nodeEnd;
    return shared;
  }

  /** The start of the next line, after what follows a node on its line: spaces and perhaps a comment. */
  protected endOfLine(at: number, commentAllowed: boolean): number {
    const text = this.text;
    if (at >= text.length) return text.length;
    if (text.charCodeAt(at) === LINE_FEED) return at + 1;
    if (!commentAllowed || text[at] !== '#' || text.charCodeAt(at - 1) !== SPACE) decline();
    return Math.min(text.length, lineEnd(this.text, at) + 1);
  }

  protected endsKey(colon: number): boolean {
    const next = this.text.charCodeAt(colon + 1);
    return colon + 1 >= this.text.length || next === SPACE || next === LINE_FEED;
  }

  quoted(at: number, close: number, nodeEnd: number): Scalar {
    const source = this.text.slice(at, close);
    const double = source[0] === '"';
    const value = double ? (doubleQuotedValue(source) ?? decline()) : singleQuotedValue(source);
    const scalar = newScalar(value);
    scalar.range = this.range(at, close, nodeEnd);
    scalar.source = value;
    scalar.type = double ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
    return scalar;
  }

  plain(source: string, start: number, valueEnd: number, nodeEnd: number): Scalar {
    const scalar = plainScalar(this.schema, source, this.options) ?? decline();
    if (readsOtherwiseInYaml11(scalar.value)) this.yaml11Differs = true;
    scalar.range = this.range(start, valueEnd, nodeEnd);
    scalar.source = source;
    scalar.type = Scalar.PLAIN;
    return scalar;
  }

  /** A plain scalar in block context, perhaps continued on more-indented lines. */
  protected plainBlockScalar(at: number, indent: number): Scalar {
    const text = this.text;
    const firstEnd = lineEnd(text, at);
    let valueEnd = firstEnd;
    let comment = -1;
    for (let i = at; i < firstEnd; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 58 /* : */ && this.endsKey(i)) decline();
      if (ch === 35 /* # */ && text.charCodeAt(i - 1) === SPACE) {
        comment = i;
        valueEnd = i;
        break;
      }
    }
    while (text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
    const lines = [text.slice(at, valueEnd)];
    let nodeEnd = Math.min(text.length, firstEnd + 1);
    if (comment < 0) {
      const more = plainContinuation(text, nodeEnd, indent) ?? decline();
      lines.push(...more.lines);
      if (more.lines.length > 0) ({ valueEnd, nodeEnd } = more);
    }
    this.pos = nodeEnd;
    const source = foldedPlainValue(lines);
    const scalar = this.plain(source, at, valueEnd, nodeEnd);
    this.hasEnd.add(scalar);
    return scalar;
  }

  protected blockScalar(at: number, indent: number): Scalar {
    const text = this.text;
    const chomp = text[at + 1] === '-' || text[at + 1] === '+' ? (text[at + 1] as '-' | '+') : '';
    const headerEnd = at + 1 + chomp.length;
    const afterSpaces = headerEnd + spaces(this.text, headerEnd);
    const line = this.endOfLine(afterSpaces, afterSpaces > headerEnd);
    const header: BlockHeader = { folded: text[at] === '>', chomp };
    const { lines, end: linesEnd, contentEnd, blankWithSpaces } = blockScalarLines(text, line, indent);
    let end = linesEnd;
    // Trailing empty lines are part of the node only when kept; ones holding spaces may be content.
    if (blankWithSpaces || contentEnd === line) decline();
    // The library splits the scalar's text at line breaks: a last break leaves an empty line after it.
    if (lines.length > 0 && text.charCodeAt(end - 1) === LINE_FEED) lines.push('');
    if (chomp !== '+') end = contentEnd;
    const value = blockScalarValue(header, lines) ?? decline();
    this.pos = end;
    const scalar = newScalar(value);
    scalar.range = this.range(at, end, end);
    scalar.source = value;
    scalar.type = header.folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
    return scalar;
  }
}
