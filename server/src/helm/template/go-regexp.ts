/**
 * Go's regexp (RE2 syntax, leftmost-first matching) run on JavaScript's engine. Only patterns
 * whose meaning is the same in both are translated; anything else is unsupported, as are
 * patterns whose backtracking could run away on hostile input.
 */
import { RenderFailure } from './failure';
import { isAscii } from './go-strings';

const unsupported = (pattern: string, why: string): RenderFailure =>
  RenderFailure.unsupported(`The regular expression ${JSON.stringify(pattern)} ${why}`);

const MAX_SUBJECT = 20_000;
const MAX_PATTERN = 1_000;

export interface GoRegexp {
  regex: RegExp;
  groupNames: (string | undefined)[];
  /** How many repeating quantifiers the pattern has: backtracking can cost the subject length to this power. */
  repeats: number;
}

/** Backtracking steps a match may be expected to need at worst before it is refused. */
const MAX_BACKTRACKING = 10_000_000;

const CLASS_ESCAPES: Record<string, string> = { s: '\\t\\n\\f\\r ', d: '0-9', w: '0-9A-Za-z_' };

export function compileGoRegexp(pattern: string): GoRegexp {
  if (pattern.length > MAX_PATTERN) throw unsupported(pattern, 'is too long for this renderer.');
  if (/[\ud800-\udfff]/.test(pattern))
    throw unsupported(pattern, 'holds characters outside the Basic Multilingual Plane.');
  if (/^\(\?[a-z]*i/.test(pattern) && !isAscii(pattern)) {
    throw unsupported(pattern, 'matches letters outside ASCII without case, which Go and JavaScript fold differently.');
  }
  let flags = '';
  let i = 0;
  const leading = /^\(\?([ims]+)\)/.exec(pattern);
  if (leading) {
    flags = [...new Set(leading[1])].join('');
    i = leading[0].length;
  }
  let out = '';
  const groupNames: (string | undefined)[] = [undefined];
  /** Per open group: whether it holds a quantifier or an alternation, which makes quantifying it risky. */
  const groups: { risky: boolean }[] = [{ risky: false }];
  let lastAtomRisky = false;
  let lastAtomQuantifiable = false;
  let repeats = 0;
  const current = (): { risky: boolean } => groups[groups.length - 1] ?? { risky: false };
  while (i < pattern.length) {
    const char = pattern[i] ?? '';
    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      i += 2;
      lastAtomRisky = false;
      lastAtomQuantifiable = true;
      if (next === 's') out += '[\\t\\n\\f\\r ]';
      else if (next === 'S') out += '[^\\t\\n\\f\\r ]';
      else if ('dDwWnrtfv'.includes(next) && next !== '') out += '\\' + next;
      else if ('bB'.includes(next) && next !== '') {
        out += '\\' + next;
        lastAtomQuantifiable = false;
      } else if (next === 'A' && !flags.includes('m')) {
        out += '^';
        lastAtomQuantifiable = false;
      } else if (next === 'z') {
        out += '(?![\\s\\S])';
        lastAtomQuantifiable = false;
      } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(pattern.slice(i, i + 2))) {
        out += '\\x' + pattern.slice(i, i + 2);
        i += 2;
      } else if (/[!-/:-@[-`{-~]/.test(next)) out += '\\' + next;
      else throw unsupported(pattern, `uses \\${next}, which this renderer does not translate.`);
      continue;
    }
    if (char === '[') {
      const close = readClass(pattern, i);
      out += close.source;
      i = close.end;
      lastAtomRisky = false;
      lastAtomQuantifiable = true;
      continue;
    }
    if (char === '(') {
      const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(pattern.slice(i));
      if (named) {
        out += `(?<${named[1]}>`;
        groupNames.push(named[1]);
        i += named[0].length;
      } else if (pattern.startsWith('(?:', i)) {
        out += '(?:';
        i += 3;
      } else if (pattern[i + 1] === '?') {
        throw unsupported(pattern, 'uses a group syntax this renderer does not translate.');
      } else {
        out += '(';
        groupNames.push(undefined);
        i++;
      }
      groups.push({ risky: false });
      continue;
    }
    if (char === ')') {
      const group = groups.pop();
      if (!group || groups.length === 0) throw unsupported(pattern, 'has unbalanced parentheses.');
      out += ')';
      i++;
      lastAtomRisky = group.risky;
      if (group.risky) current().risky = true;
      lastAtomQuantifiable = true;
      continue;
    }
    const quantifier = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(pattern.slice(i));
    if (quantifier && '*+?{'.includes(char)) {
      if (!lastAtomQuantifiable) throw unsupported(pattern, 'has a quantifier with nothing to repeat.');
      if (lastAtomRisky)
        throw unsupported(pattern, 'repeats a group that itself repeats, which can backtrack without end.');
      if (Number(quantifier[1] ?? 0) > 1000 || Number(quantifier[3] || 0) > 1000) {
        throw unsupported(pattern, 'repeats more than 1000 times.');
      }
      if (/[+*?]$/.test(pattern.slice(i + quantifier[0].length, i + quantifier[0].length + 1))) {
        throw unsupported(pattern, 'stacks quantifiers.');
      }
      out += quantifier[0];
      i += quantifier[0].length;
      if (!quantifier[0].startsWith('?')) repeats++;
      current().risky = true;
      lastAtomQuantifiable = false;
      continue;
    }
    if (char === '{') throw unsupported(pattern, 'uses a literal `{`, which Go and JavaScript read differently.');
    if (char === '|') current().risky = true;
    if (char === '.') out += flags.includes('s') ? '[\\s\\S]' : '[^\\n]';
    else out += char;
    lastAtomRisky = false;
    lastAtomQuantifiable = !'|^$'.includes(char);
    i++;
  }
  if (groups.length !== 1) throw unsupported(pattern, 'has unbalanced parentheses.');
  try {
    return { regex: new RegExp(out, flags + 'g'), groupNames, repeats };
  } catch {
    throw unsupported(pattern, 'is not one JavaScript accepts.');
  }
}

function readClass(pattern: string, start: number): { source: string; end: number } {
  let i = start + 1;
  let source = '[';
  if (pattern[i] === '^') {
    source += '^';
    i++;
  }
  if (pattern[i] === ']')
    throw unsupported(pattern, 'starts a class with `]`, which Go and JavaScript read differently.');
  while (i < pattern.length && pattern[i] !== ']') {
    const char = pattern[i] ?? '';
    if (char === '[' && pattern[i + 1] === ':') throw unsupported(pattern, 'uses a POSIX class.');
    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      const expansion = CLASS_ESCAPES[next];
      if (expansion !== undefined) source += expansion;
      else if ('DSW'.includes(next) && next !== '')
        throw unsupported(pattern, 'negates a class escape inside a class.');
      else if (/[!-/:-@[-`{-~nrtfv]/.test(next)) source += '\\' + next;
      else throw unsupported(pattern, `uses \\${next} inside a class.`);
      i += 2;
      continue;
    }
    source += char === '[' ? '\\[' : char;
    i++;
  }
  if (pattern[i] !== ']') throw unsupported(pattern, 'has an unclosed class.');
  return { source: source + ']', end: i + 1 };
}

function checkSubject(re: GoRegexp, subject: string): void {
  if (subject.length > MAX_SUBJECT || (subject.length + 1) ** Math.max(re.repeats, 1) > MAX_BACKTRACKING) {
    throw RenderFailure.unsupported('This regular expression on text this long could backtrack too long to run here.');
  }
  if (/[\ud800-\udfff]/.test(subject)) {
    throw RenderFailure.unsupported(
      'Regular expressions on text outside the Basic Multilingual Plane are not supported.',
    );
  }
  if (re.regex.flags.includes('i') && !isAscii(subject)) {
    throw RenderFailure.unsupported('Case-insensitive matching of text outside ASCII is not supported.');
  }
  if (re.regex.flags.includes('m') && /[\r\u2028\u2029]/.test(subject)) {
    throw RenderFailure.unsupported('Multi-line matching of text with carriage returns is not supported.');
  }
}

function execAt(re: GoRegexp, subject: string, at: number): RegExpExecArray | null {
  re.regex.lastIndex = at;
  return re.regex.exec(subject);
}

export function goMatch(re: GoRegexp, subject: string): boolean {
  checkSubject(re, subject);
  return execAt(re, subject, 0) !== null;
}

export function goFind(re: GoRegexp, subject: string): string {
  checkSubject(re, subject);
  return execAt(re, subject, 0)?.[0] ?? '';
}

/** Regexp.ReplaceAllString: `$1`, `${name}` expand; an empty match right after a match is skipped. */
export function goReplaceAll(re: GoRegexp, subject: string, template: string): string {
  checkSubject(re, subject);
  let out = '';
  let lastMatchEnd = 0;
  let searchPos = 0;
  while (searchPos <= subject.length) {
    const match = execAt(re, subject, searchPos);
    if (!match) break;
    const start = match.index;
    const end = start + match[0].length;
    out += subject.slice(lastMatchEnd, start);
    if (end > lastMatchEnd || start === 0) out += expand(re, template, match);
    lastMatchEnd = end;
    searchPos = searchPos + 1 > end ? searchPos + 1 : end;
  }
  return out + subject.slice(lastMatchEnd);
}

function expand(re: GoRegexp, template: string, match: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < template.length;) {
    const dollar = template.indexOf('$', i);
    if (dollar < 0) return out + template.slice(i);
    out += template.slice(i, dollar);
    i = dollar + 1;
    if (template[i] === '$') {
      out += '$';
      i++;
      continue;
    }
    const braced = template[i] === '{';
    const nameMatch = (braced ? /^\{([A-Za-z0-9_]+)\}/ : /^[A-Za-z0-9_]+/).exec(template.slice(i));
    if (!nameMatch) {
      out += '$';
      continue;
    }
    const name = braced ? (nameMatch[1] ?? '') : nameMatch[0];
    i += nameMatch[0].length;
    const number = /^(0|[1-9][0-9]{0,7})$/.test(name) ? Number(name) : -1;
    if (number >= 0) out += match[number] ?? '';
    else {
      const at = re.groupNames.indexOf(name);
      out += at >= 0 ? (match[at] ?? '') : '';
    }
  }
  return out;
}
