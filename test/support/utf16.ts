import type { Position, Range } from '../../server/src/engine/types';

/**
 * Positions in UTF-16 code units (what LSP and the engine promise), computed a second way: by
 * walking the text one code point at a time and counting the units each one takes. The engine's
 * LineIndex counts string offsets instead; tests compare the two so a change in either that starts
 * counting code points, bytes or graphemes is caught.
 */

/** UTF-16 units a code point takes: two above the Basic Multilingual Plane, one otherwise (a lone surrogate too). */
export function utf16Units(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** The length of every line in UTF-16 units; lines end at LF, CRLF or a lone CR. */
export function lineLengths(text: string): number[] {
  const lengths: number[] = [];
  let length = 0;
  forEachCodePoint(text, (codePoint, next) => {
    if (codePoint === LF || (codePoint === CR && next !== LF)) {
      lengths.push(length);
      length = 0;
    } else if (codePoint !== CR) length += utf16Units(codePoint);
  });
  lengths.push(length);
  return lengths;
}

/**
 * Walks `text` code point by code point, calling `visit` with the position before each one (a
 * CRLF's LF sits at the end of its line, with its CR); the last call, with `undefined`, gives the
 * position at the end of the text.
 */
export function walkPositions(text: string, visit: (char: string | undefined, at: Position) => void): void {
  let line = 0;
  let character = 0;
  forEachCodePoint(text, (codePoint, next) => {
    visit(String.fromCodePoint(codePoint), { line, character });
    if (codePoint === LF || (codePoint === CR && next !== LF)) {
      line++;
      character = 0;
    } else if (codePoint !== CR) character += utf16Units(codePoint);
  });
  visit(undefined, { line, character });
}

const LF = 10;
const CR = 13;

/** Calls `visit` with each code point of `text` (a lone surrogate is one) and the code point after it. */
function forEachCodePoint(text: string, visit: (codePoint: number, next: number | undefined) => void): void {
  let i = 0;
  let codePoint = text.codePointAt(0);
  while (codePoint !== undefined) {
    i += utf16Units(codePoint);
    const next = text.codePointAt(i);
    visit(codePoint, next);
    codePoint = next;
  }
}

/** Why a range does not lie inside the text (lines that exist, columns within their line), or undefined. */
export function outsideText(lengths: readonly number[], range: Range): string | undefined {
  for (const [name, p] of [
    ['start', range.start],
    ['end', range.end],
  ] as const) {
    const length = lengths[p.line];
    if (length === undefined) return `${name} line ${p.line} is not in the text (${lengths.length} lines)`;
    if (p.character < 0 || p.character > length)
      return `${name} character ${p.character} is outside line ${p.line} of ${length} UTF-16 units`;
  }
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character))
    return `start ${start.line}:${start.character} is after end ${end.line}:${end.character}`;
  return undefined;
}
