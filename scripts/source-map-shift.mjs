// Rewrites of a bundle's text that keep its source map true: each replacement stays on its line
// (no line feed in or out), and the generated columns after it on that line move with it.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The values of one mapping segment, and the text each was written as. */
function decodeSegment(segment) {
  const fields = [];
  let value = 0;
  let shift = 0;
  let start = 0;
  for (let i = 0; i < segment.length; i++) {
    const digit = DIGIT.get(segment[i]);
    if (digit === undefined) throw new Error(`source map: bad character in ${segment}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push({ value: value & 1 ? -(value >>> 1) : value >>> 1, text: segment.slice(start, i + 1) });
    value = 0;
    shift = 0;
    start = i + 1;
  }
  return fields;
}

function encodeValue(value) {
  let vlq = value < 0 ? (-value << 1) | 1 : value << 1;
  let text = '';
  do {
    let digit = vlq & 31;
    vlq >>>= 5;
    if (vlq > 0) digit |= 32;
    text += BASE64[digit];
  } while (vlq > 0);
  return text;
}

/**
 * Replaces every match of `pattern` (global) in `text` with `replace(match)`, which must not add or
 * remove a line feed, and returns the new text with the column shifts it made, by line.
 */
export function replaceOnLines(text, pattern, replace) {
  const shifts = new Map();
  let line = 0;
  let lineStart = 0;
  let scanned = 0;
  const out = text.replace(pattern, (match, ...rest) => {
    const offset = rest.find((item) => typeof item === 'number');
    const replacement = replace(match, ...rest);
    if (match.split('\n').length !== replacement.split('\n').length) throw new Error('a rewrite must keep its lines');
    for (let at = text.indexOf('\n', scanned); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
      line++;
      lineStart = at + 1;
    }
    scanned = offset;
    if (replacement.length !== match.length && !match.includes('\n')) {
      const list = shifts.get(line) ?? [];
      // Columns at or after the end of the replaced text, in the text before any rewrite of the line.
      list.push({ from: offset - lineStart + match.length, by: replacement.length - match.length });
      shifts.set(line, list);
    }
    return replacement;
  });
  return { text: out, shifts };
}

/** The source map's `mappings` with each generated column moved as `shifts` (by line) say. */
export function shiftMappings(mappings, shifts) {
  if (shifts.size === 0) return mappings;
  return mappings
    .split(';')
    .map((line, index) => {
      const list = shifts.get(index);
      if (!list || line === '') return line;
      let before = 0;
      let after = 0;
      return line
        .split(',')
        .map((segment) => {
          const [column, ...rest] = decodeSegment(segment);
          before += column.value;
          const moved = before + list.filter((shift) => before >= shift.from).reduce((sum, shift) => sum + shift.by, 0);
          const text = encodeValue(moved - after) + rest.map((field) => field.text).join('');
          after = moved;
          return text;
        })
        .join(',');
    })
    .join(';');
}
