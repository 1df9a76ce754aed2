/**
 * `.dockerignore` matching as the Docker CLI and BuildKit do it (moby/patternmatcher and its
 * ignorefile reader): patterns are relative to the context root, `*` and `?` stop at `/`, `**`
 * spans any number of directories, a pattern that matches a directory excludes what is inside it,
 * and the last matching line wins, so `!pattern` brings paths back.
 */

export interface IgnorePattern {
  /** The cleaned pattern, without its `!`. */
  pattern: string;
  /** A `!pattern` line: paths it matches are sent after all. */
  exception: boolean;
  /** Zero-based line in the `.dockerignore`, for messages. */
  line: number;
  matches: (path: string) => boolean;
}

/** Reads a `.dockerignore`: comments and blank lines are skipped, paths cleaned, a leading `/` dropped. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [line, raw] of lines.entries()) {
    if (raw.startsWith('#')) continue;
    let pattern = raw.trim();
    if (!pattern) continue;
    const exception = pattern.startsWith('!');
    if (exception) pattern = pattern.slice(1).trim();
    if (!pattern) continue;
    pattern = cleanPath(pattern);
    if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    const matches = compile(pattern);
    if (matches) patterns.push({ pattern, exception, line, matches });
  }
  return patterns;
}

/**
 * The pattern that leaves `path` (relative to the context root) out of the build context, or
 * undefined when the path is sent. Like the builder, it never excludes the context root itself.
 */
export function excludingPattern(path: string, patterns: readonly IgnorePattern[]): IgnorePattern | undefined {
  const file = cleanPath(path).replace(/^\/+/, '');
  if (file === '.' || file === '') return undefined;
  const parents = file.split('/').slice(0, -1);
  let excludedBy: IgnorePattern | undefined;
  for (const pattern of patterns) {
    // An inclusion cannot change a path already excluded, nor an exception one that is not.
    if (pattern.exception !== (excludedBy !== undefined)) continue;
    let match = pattern.matches(file);
    for (let i = 1; !match && i <= parents.length; i++) match = pattern.matches(parents.slice(0, i).join('/'));
    if (match) excludedBy = pattern.exception ? undefined : pattern;
  }
  return excludedBy;
}

/** Whether an exception line could bring back something inside `path`, so the folder is not wholly left out. */
export function hasExceptionInside(path: string, patterns: readonly IgnorePattern[]): boolean {
  const folder = cleanPath(path).replace(/^\/+/, '');
  return patterns.some((p) => p.exception && (p.pattern.startsWith(`${folder}/`) || /[*?[]/.test(p.pattern)));
}

/** Go's filepath.Clean for slash-separated paths. */
export function cleanPath(path: string): string {
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

const REGEX_SPECIAL = /[.+()|{}$^]/;

/** A pattern as a test, or undefined when it is malformed (the builder rejects the file then). */
function compile(pattern: string): ((path: string) => boolean) | undefined {
  // A leading `**` with no other wildcard is a plain suffix test in the builder (`**foo` matches `afoo`).
  if (pattern.startsWith('**') && !/[*?[\]\\]/.test(pattern.slice(2))) {
    const suffix = pattern.slice(2);
    if (suffix === '') return () => true;
    return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
  }
  let source = '^';
  let plain = true;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '*') {
      plain = false;
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        source += i + 1 >= pattern.length ? '.*' : '(.*/)?';
      } else source += '[^/]*';
    } else if (char === '?') {
      plain = false;
      source += '[^/]';
    } else if (char === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) source += '\\\\';
      else {
        plain = false;
        source += `\\${next}`;
        i++;
      }
    } else if (char === '[' || char === ']') {
      plain = false;
      source += char;
    } else source += REGEX_SPECIAL.test(char) ? `\\${char}` : char;
  }
  if (plain) return (path) => path === pattern;
  try {
    const regex = new RegExp(`${source}$`);
    return (path) => regex.test(path);
  } catch {
    return undefined;
  }
}
