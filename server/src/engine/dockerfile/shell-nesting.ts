/**
 * The shell parser reads a substitution (`$(…)`, `<(…)`, `${…}`) by scanning its text once for
 * each substitution around it, so its time grows with the text times the nesting depth: 250
 * levels around 1 MB take seconds, and that in a keystroke's lint. Before parsing, one linear
 * pass adds up that work (each character counts once per substitution open around it) and stops
 * at a budget no real RUN comes near: on average four levels per character, plus room for deep
 * nesting in short commands.
 */
const BASE_BUDGET = 1_000_000;
const BUDGET_PER_CHARACTER = 4;

export const TOO_DEEP_SUBSTITUTIONS = 'its command substitutions are nested too deeply to be read';

const enum Frame {
  /** Commands: the top level, `$(…)`, `<(…)`, `>(…)` and `(…)`. */
  Command,
  Substitution,
  Subshell,
  DoubleQuote,
  Parameter,
  Backquote,
}

const DOLLAR = 36;
const LPAREN = 40;
const RPAREN = 41;
const LBRACE = 123;
const RBRACE = 125;
const BACKSLASH = 92;
const SQUOTE = 39;
const DQUOTE = 34;
const BACKQUOTE = 96;
const HASH = 35;
const LT = 60;
const GT = 62;

/** Characters after which `#` starts a comment in command context. */
const WORD_BREAKS = new Set([undefined, ' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);

/**
 * Where the outermost substitution starts when reading `source` would cost more than the budget,
 * otherwise undefined. Quoting is followed well enough not to count what the shell would not
 * expand: text in single quotes, escaped characters, comments.
 */
export function costlySubstitutionAt(source: string): number | undefined {
  const budget = BASE_BUDGET + BUDGET_PER_CHARACTER * source.length;
  const frames: Frame[] = [Frame.Command];
  /** Start offsets of the substitutions open now, outermost first. */
  const opened: number[] = [];
  let work = 0;
  for (let at = 0; at < source.length; at++) {
    work += opened.length;
    if (work > budget) return opened[0];
    const code = source.charCodeAt(at);
    const frame = frames[frames.length - 1] as Frame;
    if (code === BACKSLASH) {
      at++;
      continue;
    }
    if (frame === Frame.Backquote) {
      if (code === BACKQUOTE) frames.pop();
      continue;
    }
    const next = source.charCodeAt(at + 1);
    if ((code === DOLLAR || (frame !== Frame.DoubleQuote && (code === LT || code === GT))) && next === LPAREN) {
      frames.push(Frame.Substitution);
      opened.push(at);
      at++;
      continue;
    }
    if (code === DOLLAR && next === LBRACE) {
      frames.push(Frame.Parameter);
      opened.push(at);
      at++;
      continue;
    }
    if (code === BACKQUOTE) {
      frames.push(Frame.Backquote);
      continue;
    }
    if (frame === Frame.DoubleQuote) {
      if (code === DQUOTE) frames.pop();
      continue;
    }
    if (code === DQUOTE) {
      frames.push(Frame.DoubleQuote);
      continue;
    }
    if (code === SQUOTE) {
      const close = source.indexOf("'", at + 1);
      const end = close < 0 ? source.length : close;
      work += opened.length * (end - at);
      at = end;
      continue;
    }
    if (frame === Frame.Parameter) {
      if (code === RBRACE) close(frames, opened);
      continue;
    }
    if (code === HASH && WORD_BREAKS.has(source[at - 1])) {
      const end = source.indexOf('\n', at);
      const stop = end < 0 ? source.length : end;
      work += opened.length * (stop - at);
      at = stop - 1;
      continue;
    }
    if (code === LPAREN) frames.push(Frame.Subshell);
    else if (code === RPAREN && frames.length > 1) close(frames, opened);
  }
  return work > budget ? opened[0] : undefined;
}

function close(frames: Frame[], opened: number[]): void {
  const frame = frames.pop();
  if (frame === Frame.Substitution || frame === Frame.Parameter) opened.pop();
}
