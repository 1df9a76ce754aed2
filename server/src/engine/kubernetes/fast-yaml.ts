/**
 * A reader for the block YAML that nearly every manifest is written in: maps and sequences by
 * indentation, plain, quoted and block scalars, one-line flow sequences and empty flow maps,
 * comments. It builds the very nodes the `yaml` library builds — same classes, ranges, values and
 * scalar styles — about five times faster, since it needs no token stream and no concrete syntax
 * tree. Anything else (anchors, aliases, tags, explicit keys, tabs, a carriage return not before
 * a line feed, directives, a form whose exact reading it is unsure of, or any error) makes it
 * decline, and the document is parsed by the library as before: it never reports a problem of its
 * own. CRLF line ends are read as LF ones (fast-yaml-crlf.ts). In plain mode (fastPlainDocument)
 * it builds only the plain value the nodes would give, for the workspace index (index-reading.ts).
 */
import { Document, YAMLParseError, type Node, type Scalar, type Schema } from 'yaml';
import { newPair, newMap, newSeq } from './fast-yaml-nodes';
import { LINE_FEED, NextContent, lineEnd, lineStart, runAfter, SPACE, spaces, type Run } from './fast-yaml-lines';
import { readCrlfText } from './fast-yaml-crlf';
import { addPlainEntry, markFastRead, plainOf } from './fast-yaml-value';
import { markReadsAlikeInYaml11 } from './yaml11-alike';
import { flowCollection, NODE_INDICATORS, quoteEnd } from './fast-yaml-flow';
import { DECLINED, decline, ScalarReader, type Range3 } from './fast-yaml-scalar-reader';

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

type Context = 'map' | 'seq';

/**
 * A collection read for its plain value alone (`fastPlainDocument`): the value, and the range its
 * node would have had, which the reader needs where a collection ends.
 */
class PlainCollection {
  constructor(
    readonly value: unknown,
    readonly range: Range3,
  ) {}
}

/** What the reader makes of a node: the library's node, or a plain collection in plain mode. */
type Read = Node | PlainCollection;

/**
 * One document's plain value, as the library's `toJS` would build it from the fast reader's
 * nodes, with the scalar or collection read at `kind` and at `metadata.name` (for pointing at the
 * object). `metadataIsBlock` tells whether `metadata` was a block map, the only form whose `name`
 * is recorded.
 */
export interface PlainReading {
  value: unknown;
  /** The ranges of the nodes read there. */
  kind?: Range3;
  name?: Range3;
  metadataIsBlock: boolean;
}

/** Where a block map stands, for recording what `PlainReading` names. */
type Role = 'other' | 'root' | 'metadata';

/**
 * A key the plain reader leaves to the node reader: not a string, or an array index, which a plain
 * object orders before the other keys (walks over the value would then meet them in another order).
 */
const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
const NO_RUN: Run = { end: 0, deepestComment: -1 };

/** Every node this reader makes has a range. */
function rangeOf(node: Read): Range3 {
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
  return unlessDeclined(() => new Reader(chunk, start, options).document());
}

/** What `read` returns, or undefined where the reader declined. */
function unlessDeclined<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    // Nesting deep enough to exhaust the stack is the library's to report.
    if (error === DECLINED || error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * The plain value of a chunk the fast reader would read, without building its nodes: what the
 * workspace index keeps of a file it will not lint (the facts of its objects, engine/kubernetes/
 * facts.ts). Undefined wherever `fastParseDocument` declines, and also for CRLF line ends, duplicate
 * keys, and keys that are not strings or are array indexes: the caller then parses the chunk.
 */
export function fastPlainDocument(chunk: string, start: number, options: object): PlainReading | undefined {
  if (LEFT_TO_THE_LIBRARY.test(chunk)) return undefined;
  const reading: PlainReading = { value: undefined, metadataIsBlock: false };
  return unlessDeclined(() => new Reader(chunk, start, options, reading).plainDocument());
}

/** One schema per set of options for plain mode, which makes no document to hold one. */
const schemas = new WeakMap<object, Schema>();

function schemaFor(options: object): Schema {
  let schema = schemas.get(options);
  if (!schema) schemas.set(options, (schema = new Document(undefined, options).schema));
  return schema;
}

/** A node's plain value: a scalar's value, or what a plain collection holds. */
function plainValueOf(read: Read): unknown {
  return read instanceof PlainCollection ? read.value : (read as Scalar).value;
}

class Reader extends ScalarReader {
  /** The document the nodes go to; none in plain mode, which builds none. */
  private readonly document_: Document | undefined;
  /** The lines after the last item read, once a collection ending there has looked at them. */
  private pendingRun: Run | undefined;
  private readonly nextContent: NextContent;
  /** Where the next block map read stands (plain mode). */
  private role: Role = 'other';

  /** `reading`: read for the plain value alone (plain mode), recording there what it names. */
  constructor(
    text: string,
    base: number,
    options: object,
    private readonly reading?: PlainReading,
  ) {
    const document = reading ? undefined : new Document(undefined, options);
    super(text, base, options, document?.schema ?? schemaFor(options), reading !== undefined);
    this.document_ = document;
    this.nextContent = new NextContent(text);
  }

  document(): Document.Parsed {
    const document = this.document_ ?? decline();
    const { root, marked, range } = this.root();
    if (marked && document.directives) document.directives.docStart = true;
    const node = root as Node;
    document.contents = node;
    markFastRead(node);
    if (!this.yaml11Differs) markReadsAlikeInYaml11(node);
    document.range = range;
    return document as Document.Parsed;
  }

  plainDocument(): PlainReading {
    const reading = this.reading ?? decline();
    const { root } = this.root();
    reading.value = plainValueOf(root);
    return reading;
  }

  /** The chunk's one node, whether a `---` starts it, and the document's range. */
  private root(): { root: Read; marked: boolean; range: Range3 } {
    const text = this.text;
    let first = 0;
    const marked = text.startsWith('---');
    if (marked) first = this.endOfLine(3 + spaces(this.text, 3), true);
    const content = this.nextContent.after(first);
    if (content >= text.length) {
      // A `---` with only blank lines or comments after it is a document holding an empty value
      // (generated manifests have many), which takes the comments into its range. A comment on the
      // marker's line, or no `---` at all (no document), is the library's.
      const at = 3 + spaces(text, 3);
      if (!marked || text[at] === '#') decline();
      const end = runAfter(text, first).deepestComment >= 0 ? text.length : at;
      const empty = this.emptyValue(at);
      rangeOf(empty)[2] = this.base + end;
      return { root: empty, marked, range: [this.base, this.base + end, this.base + end] };
    }
    const contentIndent = this.nextContent.indent;
    this.role = 'root';
    const root = this.blockNode(content, contentIndent, -1);
    if (this.nextContent.after(this.pos) < text.length) decline();
    const contentEnd = rangeOf(root)[2];
    const start = marked ? this.base : this.base + content + contentIndent;
    return { root, marked, range: [start, contentEnd, this.base + text.length] };
  }

  /**
   * The library marks a duplicate key where it starts when the value before it ends where the key's
   * line begins. A value that ends in an empty one (`key:`) stops short of its line break, which
   * with the next line's indentation then counts as its own, and the mark goes where it ends.
   */
  private duplicateKey(key: Scalar, last: Read | undefined): void {
    const document = this.document_ ?? decline();
    const at = rangeOf(key)[0];
    const previous = rangeOf(last ?? decline());
    if (previous[2] !== this.base + lineStart(this.text, at - this.base)) decline();
    document.errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
  }

  private isSeqIndicator(at: number): boolean {
    const next = this.text.charCodeAt(at + 1);
    return this.text[at] === '-' && (at + 1 >= this.text.length || next === SPACE || next === LINE_FEED);
  }

  /** A node that starts its own line, indented by `indent` (deeper than its parent's `parentIndent`). */
  private blockNode(line: number, indent: number, parentIndent: number): Read {
    if (indent <= parentIndent) decline();
    const at = line + indent;
    if (this.isSeqIndicator(at)) return this.blockSeq(at, indent);
    const key = this.keyAt(at);
    if (!key) decline();
    return this.blockMap(at, indent, key);
  }

  private blockMap(at: number, indent: number, firstKey: { node: Scalar; colon: number }): Read {
    const reading = this.reading;
    const role = this.role;
    this.role = 'other';
    if (role === 'metadata' && reading) reading.metadataIsBlock = true;
    const map = reading ? undefined : newMap(this.schema);
    const out: Record<string, unknown> | undefined = map ? undefined : {};
    const seen = new Set<unknown>();
    let key: { node: Scalar; colon: number } | undefined = firstKey;
    let last: Read | undefined;
    for (;;) {
      const keyValue = key.node.value;
      if (typeof keyValue === 'number' && Number.isNaN(keyValue)) decline();
      // The library's one error that leaves the document as it would be without it.
      if (seen.has(keyValue)) this.duplicateKey(key.node, last);
      seen.add(keyValue);
      if (reading && (typeof keyValue !== 'string' || ARRAY_INDEX.test(keyValue))) decline();
      if (role === 'root' && keyValue === 'metadata') this.role = 'metadata';
      const value = this.valueAfter(key.colon + 1, indent, 'map');
      this.role = 'other';
      if (map) map.items.push(newPair(key.node, value));
      else if (out) addPlainEntry(out, keyValue as string, plainValueOf(value));
      // Copied: in plain mode every node's range is the one array (ScalarReader.range).
      if (reading && role === 'root' && keyValue === 'kind') reading.kind = [...rangeOf(value)];
      if (reading && role === 'metadata' && keyValue === 'name') reading.name = [...rangeOf(value)];
      last = value;
      const next = this.afterItem(value, indent);
      if (next === undefined) break;
      if (this.isSeqIndicator(next)) decline();
      key = this.keyAt(next) ?? decline();
    }
    const range = this.closedRange(at, last, indent);
    if (!map) return new PlainCollection(out, range);
    map.range = range;
    return map;
  }

  private blockSeq(at: number, indent: number): Read {
    this.role = 'other';
    const seq = this.reading ? undefined : newSeq(this.schema);
    const out: unknown[] | undefined = seq ? undefined : [];
    let last: Read | undefined;
    for (let dash: number | undefined = at; dash !== undefined && this.isSeqIndicator(dash);) {
      const item = this.valueAfter(dash + 1, indent, 'seq');
      if (seq) seq.items.push(item);
      else out?.push(plainValueOf(item));
      last = item;
      dash = this.afterItem(item, indent);
    }
    const range = this.closedRange(at, last, indent);
    if (!seq) return new PlainCollection(out, range);
    seq.range = range;
    return seq;
  }

  /**
   * After an item of the collection at `indent`: where the next item of that collection starts, or
   * undefined when the collection ends there. Comments indented deeper than the collection, right
   * after a scalar (blank lines between allowed), belong to that scalar's range, as the library
   * reads them.
   */
  private afterItem(value: Read, indent: number): number | undefined {
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
  private closedRange(start: number, last: Read | undefined, indent: number): Range3 {
    const end = rangeOf(last ?? decline())[2] - this.base;
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

  /**
   * The node after a key's `:` or a sequence's `-`, on the same line or (when the line ends there)
   * on the lines below; `indent` is the indentation of the collection it belongs to.
   */
  private valueAfter(from: number, indent: number, context: Context): Read {
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

  private inlineNode(at: number, indent: number): Read {
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
      const range = this.range(at, close, this.pos);
      // Flow maps are read only when empty, and flow sequences hold scalars: no key to vet.
      const read = this.reading ? new PlainCollection(plainOf(collection), range) : collection;
      if (!this.reading) collection.range = range;
      this.hasEnd.add(read);
      return read;
    }
    if (NODE_INDICATORS.has(first)) decline();
    return this.plainBlockScalar(at, indent);
  }
}
