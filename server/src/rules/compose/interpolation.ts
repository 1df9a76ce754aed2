/**
 * Compose interpolates `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}` and `$VAR`
 * in values, and reads `$$` as a literal `$`. The rules read short-syntax entries (`host:container`)
 * around them: a colon inside `${…}` belongs to the variable, not to the entry.
 */

/** Splits at `separator` wherever it is not inside `${…}`. */
export function splitOutsideInterpolation(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('$$', i)) i++;
    else if (text.startsWith('${', i)) {
      depth++;
      i++;
    } else if (text[i] === '}' && depth > 0) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * The value with each variable replaced by its default (`${PORT:-8080}` → `8080`) and each variable
 * without one left as `$NAME`. Undefined when the whole value is such a variable: nothing is known.
 */
export function withDefaults(text: string): string | undefined {
  const resolved = resolve(text);
  return /^\$\w+$/.test(resolved) && !text.startsWith('$$') ? undefined : resolved;
}

function resolve(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('$$', i)) {
      out += '$';
      i++;
      continue;
    }
    if (!text.startsWith('${', i)) {
      out += text[i];
      continue;
    }
    const end = closingBrace(text, i + 2);
    if (end < 0) return out + text.slice(i);
    const inner = text.slice(i + 2, end);
    const match = /^(\w+)(:?[-?])?([\s\S]*)$/.exec(inner);
    const name = match?.[1] ?? inner;
    out += match?.[2]?.endsWith('-') ? resolve(match[3] ?? '') : `$${name}`;
    i = end;
  }
  return out;
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text.startsWith('${', i)) {
      depth++;
      i++;
    } else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Whether a value holds a variable Compose fills in (`${VAR}`, `$VAR`), `$$` escapes aside. */
export function isInterpolated(text: string): boolean {
  return /\$(\{|[A-Za-z_])/.test(text.replace(/\$\$/g, ''));
}
