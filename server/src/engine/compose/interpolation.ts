/**
 * Compose interpolates `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
 * `${VAR:+alternative}` and `$VAR` in values, and reads `$$` as a literal `$`. The rules read
 * short-syntax entries (`host:container`) around them: a colon inside `${…}` belongs to the
 * variable, not to the entry.
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
 * The value as Compose reads it with `variables` (the project's `.env`) and nothing else set: a
 * variable `variables` holds is replaced by its value, one it does not by its default
 * (`${PORT:-8080}` → `8080`) and, without a default, left as `$NAME`. Undefined when the whole value
 * is such a variable: nothing is known.
 */
export function withDefaults(text: string, variables?: ReadonlyMap<string, string>): string | undefined {
  const resolved = resolve(text, variables);
  return /^\$\w+$/.test(resolved) && !text.startsWith('$$') ? undefined : resolved;
}

/** The names of the variables a value reads that `variables` sets. */
export function variablesRead(text: string, variables: ReadonlyMap<string, string>): string[] {
  const names = new Set<string>();
  for (const match of text.replace(/\$\$/g, '').matchAll(/\$\{?([A-Za-z_]\w*)/g)) {
    const name = match[1];
    if (name !== undefined && variables.has(name)) names.add(name);
  }
  return [...names];
}

/**
 * Defaults nested deeper than this are not read (the value is unknown): no real file nests so,
 * and the stack stays shallow on a hostile one.
 */
const MAX_NESTING = 32;

function resolve(text: string, variables: ReadonlyMap<string, string> | undefined, depth = 0): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('$$', i)) {
      out += '$';
      i++;
      continue;
    }
    const bare = text[i] === '$' ? /^[A-Za-z_]\w*/.exec(text.slice(i + 1))?.[0] : undefined;
    if (bare !== undefined) {
      out += variables?.get(bare) ?? `$${bare}`;
      i += bare.length;
      continue;
    }
    if (!text.startsWith('${', i)) {
      out += text[i];
      continue;
    }
    const end = closingBrace(text, i + 2);
    if (end < 0) return out + text.slice(i);
    out += substitution(text.slice(i + 2, end), variables, depth + 1);
    i = end;
  }
  return out;
}

/** What `${inner}` stands for: see `withDefaults`. */
function substitution(inner: string, variables: ReadonlyMap<string, string> | undefined, depth: number): string {
  const match = /^(\w+)(:?[-?+])?([\s\S]*)$/.exec(inner);
  const name = match?.[1] ?? inner;
  const operator = match?.[2] ?? '';
  const value = variables?.get(name);
  const set = operator.startsWith(':') ? value !== undefined && value !== '' : value !== undefined;
  if (depth > MAX_NESTING && (operator.endsWith('-') || operator.endsWith('+'))) return `$${name}`;
  if (operator.endsWith('-')) return set ? (value ?? '') : resolve(match?.[3] ?? '', variables, depth);
  // `+` gives its alternative when the variable is set: the shell may set one the files do not.
  if (operator.endsWith('+')) return set ? resolve(match?.[3] ?? '', variables, depth) : `$${name}`;
  return set ? (value ?? '') : `$${name}`;
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
