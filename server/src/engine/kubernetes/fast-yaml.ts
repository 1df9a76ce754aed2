/**
 * A reader for the block YAML that nearly every manifest is written in: maps and sequences by
 * indentation, plain, quoted and block scalars, one-line flow sequences and empty flow maps,
 * comments. It builds the very nodes the `yaml` library builds — same classes, ranges, values and
 * scalar styles — about five times faster, since it needs no token stream and no concrete syntax
 * tree. Anything else (anchors, aliases, tags, explicit keys, tabs, a carriage return not before
 * a line feed, directives, a form whose exact reading it is unsure of, or any error) makes it
 * decline, and the document is parsed by the library as before: it never reports a problem of its
 * own. CRLF line ends are read as LF ones (fast-yaml-crlf.ts).
 */
import { Document, Scalar, YAMLParseError, type Node, type Schema, type YAMLMap, type YAMLSeq } from 'yaml';
import { newScalar, newPair, newMap, newSeq } from './fast-yaml-nodes';
import {
  blockScalarValue,
  doubleQuotedValue,
  foldedPlainValue,
  plainScalar,
  singleQuotedValue,
  type BlockHeader,
} from './fast-yaml-scalars';
import {
  blockScalarLines,
  LINE_FEED,
  NextContent,
  lineEnd,
  lineStart,
  plainContinuation,
  runAfter,
  SPACE,
  spaces,
  type Run,
} from './fast-yaml-lines';
import { readCrlfText } from './fast-yaml-crlf';
import { markFastRead } from './fast-yaml-value';
import { markReadsAlikeInYaml11, readsOtherwiseInYaml11 } from './yaml11-alike';
import { flowCollection, NODE_INDICATORS, quoteEnd, type FlowScalars } from './fast-yaml-flow';

const DECLINED = Symbol('declined');
/** Longer implicit keys are an error in YAML. */
const MAX_KEY_LENGTH = 1024;
/**
 * Tabs, carriage returns (those of CRLF line ends aside), byte order marks, control characters and
 * Unicode line breaks, which the library treats in ways of its own; directives, document ends, and
 * a second document.
 */
const LEFT_TO_THE_LIBRARY =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]|(?:^|\n)%|\n(?:\.\.\.|---(?:[ \n]|$))/;

type Range3 = [number, number, number];
type Context = 'map' | 'seq';
const NO_RUN: Run = { end: 0, deepestComment: -1 };

function decline(): never {
  throw DECLINED;
}

/** Every node this reader makes has a range. */
function rangeOf(node: Node): Range3 {
  return (node.range as Range3 | undefined) ?? decline();
}

/**
 * One document's chunk (as split at `---` lines) read as the library's composer would read it,
 * with offsets counted from `start`; undefined when the chunk holds anything this reader leaves to
 * the library.
 */
export function fastParseDocument(chunk: string, start: number, options: object): Document.Parsed | undefined {
  const left = LEFT_TO_THE_LIBRARY.exec(chunk);
  // Whatever else it finds stays in the LF form: only a text whose first find is a `\r` is read in that form.
  if (left?.[0] === '\r') return readCrlfText(chunk, start, (text) => fastParseDocument(text, 0, options));
  if (left) return undefined;
  try {
    return new Reader(chunk, start, options).document();
  } catch (error) {
    // Nesting deep enough to exhaust the stack is the library's to report.
    if (error === DECLINED || error instanceof RangeError) return undefined;
    throw error;
  }
}

class Reader implements FlowScalars {
  private readonly document_: Document;
  readonly schema: Schema;
  /** Start of the first line not yet read. */
  private pos = 0;
  /** The lines after the last item read, once a collection ending there has looked at them. */
  private pendingRun: Run | undefined;
  private readonly nextContent: NextContent;
  /** Nodes the library gives an end of line of their own (plain and quoted scalars, flow collections). */
  private readonly hasEnd = new WeakSet<Node>();
  /** Set on the first plain scalar kubectl reads otherwise (see yaml11-alike.ts). */
  private yaml11Differs = false;

  constructor(
    readonly text: string,
    private readonly base: number,
    private readonly options: object,
  ) {
    this.document_ = new Document(undefined, options);
    this.schema = this.document_.schema;
    this.nextContent = new NextContent(text);
  }

  document(): Document.Parsed {
    const text = this.text;
    let first = 0;
    const marked = text.startsWith('---');
    if (marked) first = this.endOfLine(3 + spaces(this.text, 3), true);
    const content = this.nextContent.after(first);
    const document = this.document_;
    if (marked && document.directives) document.directives.docStart = true;
    if (content >= text.length) {
      // A `---` with only blank lines or comments after it is a document holding an empty value
      // (generated manifests have many), which takes the comments into its range. A comment on the
      // marker's line, or no `---` at all (no document), is the library's.
      const at = 3 + spaces(text, 3);
      if (!marked || text[at] === '#') decline();
      const end = runAfter(text, first).deepestComment >= 0 ? text.length : at;
      const empty = this.emptyValue(at);
      rangeOf(empty)[2] = this.base + end;
      document.contents = empty;
      markFastRead(empty);
      document.range = [this.base, this.base + end, this.base + end];
      return document as Document.Parsed;
    }
    const contentIndent = this.nextContent.indent;
    const root = this.blockNode(content, contentIndent, -1);
    if (this.nextContent.after(this.pos) < text.length) decline();
    document.contents = root;
    markFastRead(root);
    if (!this.yaml11Differs) markReadsAlikeInYaml11(root);
    const contentEnd = rangeOf(root)[2];
    document.range = [marked ? this.base : this.base + content + contentIndent, contentEnd, this.base + text.length];
    return document as Document.Parsed;
  }

  /**
   * The library marks a duplicate key where it starts when the value before it ends where the key's
   * line begins. A value that ends in an empty one (`key:`) stops short of its line break, which
   * with the next line's indentation then counts as its own, and the mark goes where it ends.
   */
  private duplicateKey(key: Scalar, map: YAMLMap): void {
    const at = rangeOf(key)[0];
    const previous = rangeOf((map.items[map.items.length - 1]?.value as Node | undefined) ?? decline());
    if (previous[2] !== this.base + lineStart(this.text, at - this.base)) decline();
    this.document_.errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
  }

  /** The null scalar the library puts where a value is missing. */
  private emptyValue(at: number): Scalar {
    const empty = plainScalar(this.schema, '', this.options) ?? decline();
    this.yaml11Differs = true;
    empty.range = this.range(at, at, at);
    empty.source = '';
    empty.type = Scalar.PLAIN;
    return empty;
  }

  private range(start: number, valueEnd: number, nodeEnd: number): Range3 {
    return [this.base + start, this.base + valueEnd, this.base + nodeEnd];
  }

  /** The start of the next line, after what follows a node on its line: spaces and perhaps a comment. */
  private endOfLine(at: number, commentAllowed: boolean): number {
    const text = this.text;
    if (at >= text.length) return text.length;
    if (text.charCodeAt(at) === LINE_FEED) return at + 1;
    if (!commentAllowed || text[at] !== '#' || text.charCodeAt(at - 1) !== SPACE) decline();
    return Math.min(text.length, lineEnd(this.text, at) + 1);
  }

  private isSeqIndicator(at: number): boolean {
    const next = this.text.charCodeAt(at + 1);
    return this.text[at] === '-' && (at + 1 >= this.text.length || next === SPACE || next === LINE_FEED);
  }

  /** A node that starts its own line, indented by `indent` (deeper than its parent's `parentIndent`). */
  private blockNode(line: number, indent: number, parentIndent: number): Node {
    if (indent <= parentIndent) decline();
    const at = line + indent;
    if (this.isSeqIndicator(at)) return this.blockSeq(at, indent);
    const key = this.keyAt(at);
    if (!key) decline();
    return this.blockMap(at, indent, key);
  }

  private blockMap(at: number, indent: number, firstKey: { node: Scalar; colon: number }): YAMLMap {
    const map = newMap(this.schema);
    const seen = new Set<unknown>();
    let key: { node: Scalar; colon: number } | undefined = firstKey;
    for (;;) {
      const keyValue = key.node.value;
      if (typeof keyValue === 'number' && Number.isNaN(keyValue)) decline();
      // The library's one error that leaves the document as it would be without it.
      if (seen.has(keyValue)) this.duplicateKey(key.node, map);
      seen.add(keyValue);
      const value = this.valueAfter(key.colon + 1, indent, 'map');
      map.items.push(newPair(key.node, value));
      const next = this.afterItem(value, indent);
      if (next === undefined) break;
      if (this.isSeqIndicator(next)) decline();
      key = this.keyAt(next) ?? decline();
    }
    map.range = this.closedRange(at, map.items[map.items.length - 1]?.value as Node, indent);
    return map;
  }

  private blockSeq(at: number, indent: number): YAMLSeq {
    const seq = newSeq(this.schema);
    for (let dash: number | undefined = at; dash !== undefined && this.isSeqIndicator(dash);) {
      const item = this.valueAfter(dash + 1, indent, 'seq');
      seq.items.push(item);
      dash = this.afterItem(item, indent);
    }
    seq.range = this.closedRange(at, seq.items[seq.items.length - 1] as Node, indent);
    return seq;
  }

  /**
   * After an item of the collection at `indent`: where the next item of that collection starts, or
   * undefined when the collection ends there. Comments indented deeper than the collection, right
   * after a scalar (blank lines between allowed), belong to that scalar's range, as the library
   * reads them.
   */
  private afterItem(value: Node, indent: number): number | undefined {
    if (this.pendingRun === undefined && this.hasEnd.has(value)) {
      for (let line = this.pos; line < this.text.length;) {
        const at = line + spaces(this.text, line);
        if (at < this.text.length && this.text.charCodeAt(at) === LINE_FEED) line = at + 1;
        else if (this.text[at] === '#' && at - line > indent) {
          line = this.pos = Math.min(this.text.length, lineEnd(this.text, at) + 1);
          rangeOf(value)[2] = this.base + this.pos;
        } else break;
      }
    }
    const next = this.nextContent.after(this.pos);
    if (next >= this.text.length) return undefined;
    const nextIndent = this.nextContent.indent;
    if (nextIndent > indent) decline();
    return nextIndent === indent ? next + nextIndent : undefined;
  }

  /**
   * The range of a collection that ends after `last`. The comment lines between it and what comes
   * next go to the innermost collection ending there that is indented (past column 0) no deeper
   * than one of them; when none is, they belong to what follows and no range takes them in.
   */
  private closedRange(start: number, last: Node, indent: number): Range3 {
    const end = rangeOf(last)[2] - this.base;
    if (this.pendingRun === undefined) this.pendingRun = runAfter(this.text, this.pos);
    const run = this.pendingRun;
    if (run.deepestComment < 0 || indent === 0 || run.deepestComment < indent) return this.range(start, end, end);
    this.pendingRun = NO_RUN;
    return this.range(start, end, run.end);
  }

  /** A map key at `at` with its `:`, or undefined when the line holds no key there. */
  private keyAt(at: number): { node: Scalar; colon: number } | undefined {
    const text = this.text;
    const first = text.charAt(at);
    if (first === '"' || first === "'") {
      const close = quoteEnd(text, at);
      if (close === undefined || text[close] !== ':' || !this.endsKey(close)) return undefined;
      return { node: this.quoted(at, close, close), colon: close };
    }
    if (NODE_INDICATORS.has(first) || (first === '-' && this.isSeqIndicator(at))) return undefined;
    const end = lineEnd(this.text, at);
    for (let i = at; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 58 /* : */ && this.endsKey(i)) {
        if (text.charCodeAt(i - 1) === SPACE || i - at > MAX_KEY_LENGTH) decline();
        return { node: this.plain(text.slice(at, i), at, i, i), colon: i };
      }
      if (ch === 35 /* # */ && text.charCodeAt(i - 1) === SPACE) return undefined;
    }
    return undefined;
  }

  private endsKey(colon: number): boolean {
    const next = this.text.charCodeAt(colon + 1);
    return colon + 1 >= this.text.length || next === SPACE || next === LINE_FEED;
  }

  /**
   * The node after a key's `:` or a sequence's `-`, on the same line or (when the line ends there)
   * on the lines below; `indent` is the indentation of the collection it belongs to.
   */
  private valueAfter(from: number, indent: number, context: Context): Node {
    const text = this.text;
    this.pendingRun = undefined;
    const at = from + spaces(this.text, from);
    if (at >= text.length || text.charCodeAt(at) === LINE_FEED || text[at] === '#') {
      const lineAfter = this.endOfLine(at, true);
      const next = this.nextContent.after(lineAfter);
      if (next < text.length) {
        const nextIndent = this.nextContent.indent;
        if (nextIndent > indent) return this.blockNode(next, nextIndent, indent);
        if (nextIndent === indent && context === 'map' && this.isSeqIndicator(next + nextIndent)) {
          return this.blockSeq(next + nextIndent, indent);
        }
      }
      // The library gives an empty value the comments after it by rules of its own: left to it.
      const run = runAfter(this.text, lineAfter);
      if (text[at] === '#' || run.deepestComment >= 0 || run.end >= text.length) decline();
      this.pos = lineAfter;
      return this.emptyValue(at);
    }
    if (this.isSeqIndicator(at)) decline();
    if (context === 'seq') {
      const key = this.keyAt(at);
      if (key) return this.blockMap(at, at - lineStart(text, at), key);
    }
    return this.inlineNode(at, indent);
  }

  private inlineNode(at: number, indent: number): Node {
    const first = this.text.charAt(at);
    if (first === '"' || first === "'") {
      const close = quoteEnd(this.text, at, indent) ?? decline();
      const afterSpaces = close + spaces(this.text, close);
      this.pos = this.endOfLine(afterSpaces, afterSpaces > close);
      const scalar = this.quoted(at, close, this.pos);
      this.hasEnd.add(scalar);
      return scalar;
    }
    if (first === '|' || first === '>') return this.blockScalar(at, indent);
    if (first === '[' || first === '{') {
      const { collection, close } = flowCollection(this, at) ?? decline();
      const afterSpaces = close + spaces(this.text, close);
      this.pos = this.endOfLine(afterSpaces, afterSpaces > close);
      collection.range = this.range(at, close, this.pos);
      this.hasEnd.add(collection);
      return collection;
    }
    if (NODE_INDICATORS.has(first)) decline();
    return this.plainBlockScalar(at, indent);
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
  private plainBlockScalar(at: number, indent: number): Scalar {
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

  private blockScalar(at: number, indent: number): Scalar {
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
