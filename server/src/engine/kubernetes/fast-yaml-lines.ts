/** Line-level scanning for the fast YAML reader (fast-yaml.ts): indentation, blank and comment lines. */

export const SPACE = 32;
export const LINE_FEED = 10;
const HASH = 35;

/** The blank and comment lines after a collection's last item. */
export interface Run {
  /** Where the next content starts (after its indentation), or the end of the text. */
  end: number;
  /** The indentation of the deepest comment among them; -1 when there is none. */
  deepestComment: number;
}

export function spaces(text: string, at: number): number {
  let n = 0;
  while (text.charCodeAt(at + n) === SPACE) n++;
  return n;
}

/** Where the line holding `at` starts. */
export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

export function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/**
 * Where the next content line starts after a line, and its indentation, kept for the last line
 * asked about: each of the collections that end at one line asks again, and a CustomResource-
 * Definition closes ten or more at a time (the argo-cd manifest counted 5.9 million spaces, 28 ms,
 * in 65,000 places, each three times over).
 */
export class NextContent {
  private from = -1;
  /** Where the line found last starts; the text's length when there is none. */
  private start = 0;
  /** The indentation of that line. */
  indent = 0;

  constructor(private readonly text: string) {}

  /**
   * The start of the first line at or after `line` that holds more than spaces and a comment, or
   * the text's length when none does; sets `indent`.
   */
  after(line: number): number {
    if (line === this.from) return this.start;
    this.from = line;
    const text = this.text;
    for (;;) {
      const indent = line < text.length ? spaces(text, line) : 0;
      const at = line + indent;
      const ch = at < text.length ? text.charCodeAt(at) : LINE_FEED;
      if (at >= text.length || (ch !== LINE_FEED && ch !== HASH)) {
        this.start = at >= text.length ? text.length : line;
        this.indent = at >= text.length ? 0 : indent;
        return this.start;
      }
      line = Math.min(text.length, lineEnd(text, at) + 1);
    }
  }
}

/** The blank and comment lines from `line` to the next content. */
export function runAfter(text: string, line: number): Run {
  let deepestComment = -1;
  while (line < text.length) {
    const indent = spaces(text, line);
    const at = line + indent;
    if (at >= text.length) return { end: text.length, deepestComment };
    if (text.charCodeAt(at) === HASH) deepestComment = Math.max(deepestComment, indent);
    else if (text.charCodeAt(at) !== LINE_FEED) return { end: at, deepestComment };
    line = Math.min(text.length, lineEnd(text, at) + 1);
  }
  return { end: text.length, deepestComment };
}

/**
 * The lines of a block scalar's content from `line` on: every line indented past the collection
 * (`indent`) or blank. `end` follows the last of them, `contentEnd` the last that is not blank;
 * `blankWithSpaces` says whether a blank line after the content holds spaces.
 */
export function blockScalarLines(
  text: string,
  line: number,
  indent: number,
): { lines: string[]; end: number; contentEnd: number; blankWithSpaces: boolean } {
  const lines: string[] = [];
  let end = line;
  let contentEnd = line;
  let blankWithSpaces = false;
  while (line < text.length) {
    const leading = spaces(text, line);
    const eol = lineEnd(text, line);
    const blank = line + leading === eol;
    if (!blank && leading <= indent) break;
    lines.push(text.slice(line, eol));
    line = Math.min(text.length, eol + 1);
    end = line;
    if (!blank) contentEnd = line;
    blankWithSpaces = blank ? blankWithSpaces || leading > 0 : false;
  }
  return { lines, end, contentEnd, blankWithSpaces };
}

/**
 * The more-indented lines that continue a plain scalar in block context, from `line` (the line after
 * its first): their text (blank lines between as ''), where the last one's text ends and where the
 * node ends; no lines when none continue it; undefined for a line the library reads otherwise.
 */
export function plainContinuation(
  text: string,
  line: number,
  indent: number,
): { lines: string[]; valueEnd: number; nodeEnd: number } | undefined {
  const lines: string[] = [];
  let blank = 0;
  let valueEnd = line;
  let nodeEnd = line;
  while (line < text.length) {
    const leading = spaces(text, line);
    const end = lineEnd(text, line);
    if (line + leading === end) {
      blank++;
      line = Math.min(text.length, end + 1);
      continue;
    }
    if (leading <= indent || text[line + leading] === '#') break;
    const content = text.slice(line + leading, end).trimEnd();
    if (/: | #|:$/.test(content)) return undefined;
    for (; blank > 0; blank--) lines.push('');
    lines.push(content);
    valueEnd = line + leading + content.length;
    line = nodeEnd = Math.min(text.length, end + 1);
  }
  return { lines, valueEnd, nodeEnd };
}
