import { Composer, isNode, Lexer, Parser, visit, type CST, type Document } from 'yaml';
import { drain, type Steps } from '../steps';
import { moveOffsets } from './document-offsets';
import { fastParseDocument } from './fast-yaml';

/** Documents parsed between two yields; a typical one takes well under a millisecond… */
const DOCUMENTS_PER_STEP = 20;
/** …but a CRD can run to hundreds of kilobytes: a step also ends after this much new text. */
const CHARS_PER_STEP = 16_000;

/** `logLevel: 'error'` keeps the parser from printing warnings on the process's stderr (the CLI's terminal). */
export const YAML_PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' } as const;

interface Entry {
  documents: Document.Parsed[];
  /** Where the chunk started when its nodes' ranges were last set. */
  offset: number;
  generation: number;
}

/**
 * Remembers the parsed YAML documents of one file between edits. A keystroke changes one document,
 * so only that document is parsed again; the others are reused with their ranges moved to where
 * they now start. This keeps edits on long multi-document manifests cheap.
 */
export class YamlDocumentCache {
  /** Parsed chunks by text; identical chunks (copies of one document) each keep their own tree. */
  private readonly entries = new Map<string, Entry[]>();
  private generation = 0;

  /** How many readings the cache has begun: a reading may move the ranges of documents it reuses. */
  get reads(): number {
    return this.generation;
  }

  parseAll(text: string): Document.Parsed[] {
    return drain(this.parseAllSteps(text));
  }

  /** The same, yielding every few documents so long files can be parsed in time slices. */
  *parseAllSteps(text: string): Steps<Document.Parsed[]> {
    const generation = ++this.generation;
    const result: Document.Parsed[] = [];
    let sinceYield = 0;
    let parsedSinceYield = 0;
    // Copies of a chunk this run has taken: the next copy is found by index, not by a scan that
    // would make a file of thousands of identical documents (or empty `---` lines) quadratic.
    const taken = new Map<string, number>();
    for (const { start, chunk } of splitDocuments(text)) {
      const copies = this.entries.get(chunk) ?? [];
      const copy = taken.get(chunk) ?? 0;
      taken.set(chunk, copy + 1);
      let entry = copies[copy];
      if (++sinceYield >= DOCUMENTS_PER_STEP || (!entry && parsedSinceYield >= CHARS_PER_STEP)) {
        sinceYield = 0;
        parsedSinceYield = 0;
        yield;
      }
      if (!entry) {
        parsedSinceYield += chunk.length;
        entry = { documents: yield* parseAtSteps(chunk, start), offset: start, generation };
        copies.push(entry);
        this.entries.set(chunk, copies);
      }
      if (entry.offset !== start) {
        const delta = start - entry.offset;
        entry.documents.forEach((document) => shiftDocument(document, delta));
        entry.offset = start;
      }
      entry.generation = generation;
      result.push(...entry.documents);
    }
    for (const [chunk, copies] of this.entries) {
      const live = copies.filter((entry) => entry.generation === generation);
      if (live.length === 0) this.entries.delete(chunk);
      else if (live.length !== copies.length) this.entries.set(chunk, live);
    }
    return result;
  }
}

/** Splits at the document markers (`---`) that start a line, as kubectl does before it parses. */
export function splitDocuments(text: string): { start: number; chunk: string }[] {
  const starts = [0];
  const marker = /(?:^|\n)(?=---(?:[ \t\r\n]|$))/g;
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    const at = match.index + (text[match.index] === '\n' ? 1 : 0);
    if (at > 0) starts.push(at);
    if (marker.lastIndex === match.index) marker.lastIndex++;
  }
  return starts.map((start, i) => ({ start, chunk: text.slice(start, starts[i + 1] ?? text.length) }));
}

function shiftDocument(document: Document.Parsed, delta: number): void {
  if (delta !== 0) moveOffsets(document, (offset) => offset + delta);
}

/**
 * Parses a chunk as if it stood at `start` of the whole text: the parser counts offsets from where
 * it is told to begin, so the nodes get their final ranges at once instead of being moved later.
 * The lexing and parsing of a long chunk (a CRD of a megabyte) yields every few kilobytes; only
 * composing a document into nodes is one step.
 */
function* parseAtSteps(chunk: string, start: number): Steps<Document.Parsed[]> {
  const fast = fastParseDocument(chunk, start, YAML_PARSE_OPTIONS);
  if (fast) return [fast];
  const parsed = significantLength(chunk);
  const documents = yield* parseTextAtSteps(chunk, parsed, start);
  const last = documents[documents.length - 1];
  if (parsed === chunk.length || !last) return documents;
  // A scalar or collection left open would have taken the left-out lines in: parse them after all.
  if (last.errors.length > 0) return yield* parseTextAtSteps(chunk, chunk.length, start);
  // The parse saw a few of the empty lines: a range that ran to the end of those runs on to the
  // end of all of them, as it would have with every line parsed.
  const seenEnd = start + parsed;
  const extend = (range: [number, number, number] | null | undefined): void => {
    if (!range) return;
    if (range[1] === seenEnd) range[1] = start + chunk.length;
    if (range[2] === seenEnd) range[2] = start + chunk.length;
  };
  extend(last.range);
  visit(last, (_key, node) => {
    if (isNode(node)) extend(node.range);
  });
  return documents;
}

function* parseTextAtSteps(chunk: string, parsed: number, start: number): Steps<Document.Parsed[]> {
  const lexer = new Lexer();
  const parser = new Parser();
  parser.offset = start;
  const tokens: CST.Token[] = [];
  let sinceYield = 0;
  for (const lexeme of lexer.lex(parsed === chunk.length ? chunk : chunk.slice(0, parsed))) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    sinceYield += lexeme.length;
    if (sinceYield >= CHARS_PER_STEP) {
      sinceYield = 0;
      yield;
    }
  }
  for (const token of parser.end()) tokens.push(token);
  const composer = new Composer(YAML_PARSE_OPTIONS);
  return Array.from(composer.compose(tokens, false, start + chunk.length)) as Document.Parsed[];
}

/**
 * Parses a whole text document by document, as the cache does and as kubectl splits a file at its
 * `---` lines: the fast reader can take each document, and a quoted scalar left open ends at the
 * next marker instead of taking the rest of the file in (the library, given the whole text, reads
 * on to the closing quote wherever it is). A text with a directive (`%YAML`), which applies to the
 * document after its `---`, is parsed whole.
 */
export function parseDocuments(text: string): Document.Parsed[] {
  if (DIRECTIVE_LINE.test(text)) return drain(parseAtSteps(text, 0));
  const documents: Document.Parsed[] = [];
  for (const { chunk, start } of splitDocuments(text)) documents.push(...drain(parseAtSteps(chunk, start)));
  return documents;
}

/** Parses one chunk of a text as the cache would, its offsets counted from `start`. */
export function parseChunk(chunk: string, start: number): Document.Parsed[] {
  return drain(parseAtSteps(chunk, start));
}

export const DIRECTIVE_LINE = /^%/m;

/** Trailing line breaks shorter than this are parsed as they are. */
const BLANK_TAIL_WORTH_CUTTING = 1024;
/** How many of a long tail's empty lines the parser sees, so that ranges ending in it show. */
const BLANK_LINES_SEEN = 3;
/** A block scalar header that keeps trailing line breaks (`|+`, `>2+`, `|+2`). */
const KEEP_CHOMPING = /[|>](?:[1-9]?\+|\+[1-9])/;

/**
 * How much of a chunk the parser needs to see. Empty lines at the end of a document are no part of
 * its value — except in a block scalar that keeps them — yet the parser makes a token of each: a
 * megabyte of them took seconds. Past the first few they are left out.
 */
export function significantLength(chunk: string): number {
  let end = chunk.length;
  while (end > 0 && (chunk.charCodeAt(end - 1) === 10 || chunk.charCodeAt(end - 1) === 13)) end--;
  if (chunk.length - end < BLANK_TAIL_WORTH_CUTTING || KEEP_CHOMPING.test(chunk)) return chunk.length;
  let seen = end;
  for (let line = 0; line < BLANK_LINES_SEEN; line++) {
    const lineBreak = chunk.indexOf('\n', seen);
    if (lineBreak < 0) return chunk.length;
    seen = lineBreak + 1;
  }
  return seen;
}
