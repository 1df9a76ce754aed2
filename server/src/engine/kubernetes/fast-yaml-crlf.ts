/**
 * Texts with CRLF line ends (files saved on Windows) for the fast YAML reader (fast-yaml.ts). The
 * library takes a `\r\n` for a line break just as it takes a `\n`: no value keeps the `\r`, a value
 * on its line ends before it, and what runs to the next line runs past it. Such a text is read in
 * its LF form, then each range is moved back to offsets in the text as written.
 */
import type { Document } from 'yaml';
import { moveOffsets } from './document-offsets';

/** A carriage return that does not end a line, which the library reads as content or reports. */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/**
 * The document `read` makes of the LF form of `text` (offsets from 0), with ranges counted in `text`
 * from `start`; undefined when `read` declines or a carriage return stands alone.
 */
export function readCrlfText(
  text: string,
  start: number,
  read: (lineFeedText: string) => Document.Parsed | undefined,
): Document.Parsed | undefined {
  if (LONE_CARRIAGE_RETURN.test(text)) return undefined;
  const document = read(text.replace(/\r\n/g, '\n'));
  if (!document) return undefined;
  // Where each `\r` taken out stood in the LF form: at the `\n` it preceded.
  const removed: number[] = [];
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 2)) removed.push(at - removed.length);
  moveOffsets(document, (at) => start + original(removed, at));
  return document;
}

/**
 * The offset in the text as written of `at` in its LF form. An offset at a line's `\n` is the end of
 * what stands on the line, and stays before the `\r`.
 */
function original(removed: readonly number[], at: number): number {
  let low = 0;
  let high = removed.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((removed[middle] ?? at) < at) low = middle + 1;
    else high = middle;
  }
  return at + low;
}
