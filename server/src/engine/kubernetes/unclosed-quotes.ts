import { visit, type Document } from 'yaml';

/** A double quote at the end of a line (or of the text) with a backslash before it. */
const ESCAPED_QUOTE_AT_LINE_END = /\\"(?=\r?\n|$)/g;

/**
 * Offsets of quotes at a line's end that a backslash escapes (an odd run of backslashes before them).
 *
 * The YAML parser ends a double-quoted scalar that runs into a less indented line at that line's
 * end, and takes a final `\"` there for the closing quote: `- "a.\"` becomes the string `a."` with
 * no error when another `"` follows anywhere later in the text, and "Missing closing quote" when
 * none does. The same line then reads differently in a whole file and in one of its documents, so
 * such scalars are reported here whatever follows them.
 */
export function escapedQuotesAtLineEnd(text: string): Set<number> {
  const found = new Set<number>();
  ESCAPED_QUOTE_AT_LINE_END.lastIndex = 0;
  for (let match = ESCAPED_QUOTE_AT_LINE_END.exec(text); match; match = ESCAPED_QUOTE_AT_LINE_END.exec(text)) {
    let backslashes = 0;
    while (text[match.index - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 1) found.add(match.index + 1);
  }
  return found;
}

/** Double-quoted scalars of a document whose last character is one of `quotes`: they were never closed. */
export function unclosedDoubleQuotedScalars(document: Document.Parsed, quotes: ReadonlySet<number>): number[] {
  const unclosed: number[] = [];
  visit(document, {
    Scalar(_key, node) {
      const end = node.range?.[1];
      if (node.type === 'QUOTE_DOUBLE' && end !== undefined && quotes.has(end - 1)) unclosed.push(end - 1);
    },
  });
  return unclosed;
}

/**
 * Where the quoted scalar opens whose missing closing quote the parser reports at `end`. The parser
 * runs such a scalar to the end of its document and reports it there — on the next `---` line, or
 * past the last line of the file — far from the quote the user has to close.
 */
export function openingQuoteOf(document: Document.Parsed, end: number): number | undefined {
  let opening: number | undefined;
  visit(document, {
    Scalar(_key, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && node.range?.[1] === end) {
        opening = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return opening;
}
