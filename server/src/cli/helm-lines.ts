/**
 * Which line of a Helm template a line of its rendered output came from. Rendering Go templates
 * needs Helm itself, so nothing is rendered here: each rendered line is matched against the
 * template's lines in order, a template line's `{{ … }}` expressions standing for whatever text
 * they became. A line that no template line matches came from an expression that writes several
 * lines (`{{- toYaml .Values.resources | nindent 12 }}`, an `include`) and is given that line.
 */

/** A rendered line's place in the template: its line, and how far its text is shifted. */
export interface TemplateLine {
  line: number;
  /** True when the rendered line is the template line as written, only indented otherwise. */
  exact: boolean;
  /** Where the rendered line's first literal text starts in the template line, and in the rendered line. */
  templateIndent: number;
  renderedIndent: number;
  /** The length of the template line's text before its first expression (the whole line when it has none). */
  literalPrefix: number;
}

const EXPRESSION = /\{\{-?[\s\S]*?-?\}\}/g;
/** Actions that write nothing themselves: their lines render to nothing, or to the lines inside them. */
const CONTROL =
  /^\{\{-?\s*(?:\/\*|if\b|else\b|end\b|range\b|with\b|define\b|block\b|break\b|continue\b|\$[\w.]*\s*:?=)/;

interface PatternLine {
  /** The line's text, trimmed, when it holds no expression. */
  literal?: string;
  /** A pattern for a line with literal text around its expressions. */
  pattern?: RegExp;
  /** A line of one expression that writes text (`{{ toYaml … | nindent 8 }}`, `{{ include … }}`). */
  expands: boolean;
  /** The indentation `nindent N` or `indent N` gives what such a line writes, when it says. */
  expandIndent?: number;
  indent: number;
  prefix: number;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternOf(line: string): PatternLine {
  const indent = line.length - line.trimStart().length;
  const trimmed = line.trim();
  if (!trimmed.includes('{{')) return { literal: trimmed, expands: false, indent, prefix: trimmed.length };
  const literals = trimmed.split(EXPRESSION);
  const prefix = trimmed.search(/\{\{/);
  if (literals.every((part) => part.trim() === '')) {
    const expressions = trimmed.match(EXPRESSION) ?? [];
    const expands = expressions.some((expression) => !CONTROL.test(expression));
    const nindent = /\bn?indent\s+(\d+)/.exec(trimmed);
    return { expands, ...(nindent ? { expandIndent: Number(nindent[1]) } : {}), indent, prefix: 0 };
  }
  const body = literals.map((part, i) => {
    // `{{-` and `-}}` trim the whitespace beside them, so a literal's edge spaces may be gone.
    const text = i === 0 ? part.trimStart() : i === literals.length - 1 ? part.trimEnd() : part;
    return escape(text.trim() === '' ? '' : text).replace(/\s+/g, '\\s*');
  });
  return { pattern: new RegExp(`^${body.join('.*?')}$`), expands: false, indent, prefix };
}

/**
 * How far from the current line a match is looked for: a template's lines render in order, so a
 * match further away is more likely another line of the same text than the right one, and a
 * stream of many thousand lines stays linear.
 */
const SEARCH_WINDOW = 400;

/** A line that writes nothing of its own: an action, a comment, a blank line. */
const writesNothing = (line: PatternLine): boolean =>
  !line.expands && line.pattern === undefined && (line.literal === undefined || line.literal === '');

function matches(pattern: PatternLine, rendered: string): boolean {
  if (pattern.literal !== undefined) return pattern.literal !== '' && pattern.literal === rendered;
  return pattern.pattern !== undefined && pattern.pattern.test(rendered);
}

/**
 * The template line (an index in `template`, the template's lines) of each rendered line (by its
 * index in `rendered`); undefined where nothing can be said (blank lines, and lines no template
 * line matches with no expression to stand for them).
 */
export function templateLines(rendered: readonly string[], template: readonly string[]): (TemplateLine | undefined)[] {
  const patterns = template.map(patternOf);
  const skip = (from: number): number => {
    let at = from;
    while (at < patterns.length && writesNothing(patterns[at] as PatternLine)) at++;
    return at;
  };
  const forward = (text: string, from: number): number => {
    const end = Math.min(patterns.length, from + SEARCH_WINDOW);
    for (let j = from; j < end; j++) if (matches(patterns[j] as PatternLine, text)) return j;
    return -1;
  };
  const found: (TemplateLine | undefined)[] = [];
  let next = 0;
  for (const line of rendered) {
    const text = line.trim();
    const indent = line.length - line.trimStart().length;
    if (text === '' || text === '---') {
      found.push(undefined);
      continue;
    }
    let at = -1;
    const here = skip(next);
    const expander = patterns[here];
    if (expander?.expands) {
      // The lines an expression writes come until the line after it matches.
      const after = skip(here + 1);
      if (after < patterns.length && matches(patterns[after] as PatternLine, text)) at = after;
      else if (expander.expandIndent === undefined || expander.expandIndent === indent) at = here;
      else at = forward(text, after);
      if (at === -1) at = here;
      next = at === here ? here : at + 1;
    } else {
      at = forward(text, next);
      if (at !== -1) next = at + 1;
      // The body of a `range` renders once per item: a line the pointer has passed may come again.
      const stop = Math.max(0, next - SEARCH_WINDOW);
      for (let j = next - 1; at === -1 && j >= stop; j--) if (matches(patterns[j] as PatternLine, text)) at = j;
      // Otherwise an expression before the pointer wrote it.
      for (let j = next - 1; at === -1 && j >= stop; j--) if (patterns[j]?.expands) at = j;
    }
    if (at === -1) {
      found.push(undefined);
      continue;
    }
    const pattern = patterns[at] as PatternLine;
    found.push({
      line: at,
      exact: pattern.literal !== undefined,
      templateIndent: pattern.indent,
      renderedIndent: indent,
      literalPrefix: pattern.prefix,
    });
  }
  return found;
}
