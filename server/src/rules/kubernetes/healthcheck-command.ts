/**
 * Reading a HEALTHCHECK command as an HTTP request, when it is nothing more than one: `curl -f`
 * or `wget --spider` / `wget -O-` of a URL on the container's own loopback, in either form, with
 * an `|| exit 1` tail in the shell form. Anything else (other programs or hosts, headers,
 * credentials, pipes, variables) is left to run as the command it is.
 */

/** The HTTP check a command amounts to: the kubelet can make it itself, with an httpGet probe. */
export interface HttpCheck {
  scheme: 'HTTP' | 'HTTPS';
  port: number;
  /** Path and query, as the request line carries them. */
  path: string;
  /** A limit the command sets on the whole request (`curl -m 5`), in seconds. */
  maxSeconds?: number;
}

/**
 * The words of a shell-form command line that the shell takes as they are written: plain words,
 * quoted words without expansions, output thrown away (`>/dev/null`, `2>&1`), and an `|| exit`
 * (with a non-zero status) or `|| false` tail, which fails the check exactly when the command
 * does. Undefined for anything else a shell would expand, redirect, pipe or glob.
 */
export function plainShellWords(line: string): string[] | undefined {
  const tokens = shellTokens(withoutDiscardedOutput(line));
  if (!tokens) return undefined;
  const or = tokens.findIndex((token) => token.operator);
  const words = (or === -1 ? tokens : tokens.slice(0, or)).map((token) => token.text);
  if (words.length === 0) return undefined;
  if (or === -1) return words;
  const tail = tokens.slice(or + 1);
  if (tail.some((token) => token.operator)) return undefined;
  const [first, status, ...more] = tail.map((token) => token.text);
  if (more.length > 0) return undefined;
  const fails =
    status === undefined
      ? first === 'false' || first === 'exit'
      : first === 'exit' && /^[1-9]\d{0,2}$/.test(status) && Number(status) <= 255;
  return fails ? words : undefined;
}

/** Redirections that only throw output away: the check's status stays the command's. */
function withoutDiscardedOutput(line: string): string {
  return line.replace(/(^|\s)(?:[12]?>\s*\/dev\/null|2>&1)(?=\s|$)/g, '$1');
}

/** Characters that mean something to the shell outside quotes: expansion, globbing, redirection, lists. */
const SPECIAL = /[$`\\*?[\]{}!;&|<>()]/;

interface ShellToken {
  text: string;
  /** `||`, written apart from the words around it. */
  operator: boolean;
}

/** Words with their quotes removed, and `||`; undefined on anything else a shell reads specially. */
function shellTokens(line: string): ShellToken[] | undefined {
  const tokens: ShellToken[] = [];
  for (const written of line.trim().split(/\s+/)) {
    if (written === '') continue;
    if (written === '||') {
      tokens.push({ text: written, operator: true });
      continue;
    }
    // A word starting with # or ~ is a comment or a home directory to the shell.
    if (written.startsWith('#') || written.startsWith('~')) return undefined;
    const text = unquoted(written);
    if (text === undefined) return undefined;
    tokens.push({ text, operator: false });
  }
  return tokens;
}

/** A word without its quotes, when it holds nothing the shell would expand; quoted spaces are not supported. */
function unquoted(word: string): string | undefined {
  let text = '';
  for (let at = 0; at < word.length;) {
    const char = word.charAt(at);
    if (char === "'" || char === '"') {
      const close = word.indexOf(char, at + 1);
      if (close === -1) return undefined;
      const quoted = word.slice(at + 1, close);
      if (char === '"' && /[$`\\]/.test(quoted)) return undefined;
      text += quoted;
      at = close + 1;
    } else if (SPECIAL.test(char)) return undefined;
    else {
      text += char;
      at++;
    }
  }
  return text;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The options of a program that a check may use: those that change nothing an httpGet probe
 * would not also do, and those whose value is checked below. Any other option leaves the command
 * as it is.
 */
interface Grammar {
  /** Short options without a value, which may be grouped (`-fsS`). */
  letters: string;
  /** Short options that take a value, the rest of the group or the next word (`-o /dev/null`, `-O-`). */
  valued: string;
  long: ReadonlySet<string>;
  longValued: ReadonlySet<string>;
}

const CURL: Grammar = {
  letters: 'fsSkL',
  valued: 'om',
  long: new Set([
    '--fail',
    '--fail-with-body',
    '--silent',
    '--show-error',
    '--insecure',
    '--location',
    '--no-progress-meter',
  ]),
  longValued: new Set(['--output', '--max-time']),
};

const WGET: Grammar = {
  letters: 'q',
  valued: 'OTt',
  long: new Set(['--quiet', '--no-verbose', '--spider', '--no-check-certificate']),
  longValued: new Set(['--output-document', '--timeout', '--tries']),
};

/** One option as read, by its long name when it has one. */
interface Option {
  name: string;
  value?: string;
}

const LONG_NAMES: Record<string, string> = {
  'curl -f': '--fail',
  'curl -o': '--output',
  'curl -m': '--max-time',
  'wget -q': '--quiet',
  'wget -O': '--output-document',
  'wget -T': '--timeout',
  'wget -t': '--tries',
};

/** The options and operands of a command; undefined when an option is not in the grammar. */
function parseArguments(
  program: 'curl' | 'wget',
  grammar: Grammar,
  args: readonly string[],
): { options: Option[]; operands: string[] } | undefined {
  const options: Option[] = [];
  const operands: string[] = [];
  const named = (letter: string): string => LONG_NAMES[`${program} -${letter}`] ?? `-${letter}`;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('--')) {
      const equals = arg.indexOf('=');
      const name = equals === -1 ? arg : arg.slice(0, equals);
      if (grammar.long.has(name) && equals === -1) options.push({ name });
      else if (grammar.longValued.has(name)) {
        const value = equals === -1 ? args[++i] : arg.slice(equals + 1);
        if (value === undefined) return undefined;
        options.push({ name, value });
      } else return undefined;
    } else if (program === 'wget' && arg === '-nv') options.push({ name: '--no-verbose' });
    else if (arg.startsWith('-') && arg.length > 1) {
      for (let at = 1; at < arg.length; at++) {
        const letter = arg.charAt(at);
        if (grammar.letters.includes(letter)) options.push({ name: named(letter) });
        else if (grammar.valued.includes(letter)) {
          const value = at + 1 < arg.length ? arg.slice(at + 1) : args[++i];
          if (value === undefined) return undefined;
          options.push({ name: named(letter), value });
          break;
        } else return undefined;
      }
    } else operands.push(arg);
  }
  return { options, operands };
}

/**
 * The HTTP request a curl or wget command makes, when it fails exactly as an httpGet probe does
 * (an error status from 400 up, no answer) and checks the container's own loopback: curl only
 * with `-f` / `--fail`, since without it any answer passes; wget only when it writes nothing to
 * disk (`--spider`, `-O-`, `-O /dev/null`), since a file it cannot write fails the check. The
 * kubelet also follows redirects and skips certificate checks, as `-L` and `-k` ask.
 */
export function httpCheckOf(words: readonly string[]): HttpCheck | undefined {
  const [path = '', ...args] = words;
  const program = path.slice(path.lastIndexOf('/') + 1);
  if (program !== 'curl' && program !== 'wget') return undefined;
  const parsed = parseArguments(program, program === 'curl' ? CURL : WGET, args);
  if (!parsed || parsed.operands.length !== 1) return undefined;
  let likeProbe = false;
  let maxSeconds: number | undefined;
  for (const { name, value } of parsed.options) {
    if (name === '--fail' || name === '--fail-with-body' || name === '--spider') likeProbe = true;
    else if (name === '--output' || name === '--output-document') {
      if (!discards(value)) return undefined;
      likeProbe ||= program === 'wget';
    } else if (name === '--max-time') {
      maxSeconds = positiveSeconds(value);
      if (maxSeconds === undefined) return undefined;
    } else if (name === '--timeout') {
      // wget's limit is per step (lookup, connect, each read), not for the whole request: Docker's stays the bound.
      if (positiveSeconds(value) === undefined) return undefined;
    } else if (name === '--tries' && value !== '1') return undefined;
  }
  if (!likeProbe) return undefined;
  const request = loopbackRequest(parsed.operands[0] ?? '');
  if (!request) return undefined;
  return maxSeconds === undefined ? request : { ...request, maxSeconds };
}

/** Output thrown away: `-` (standard output, which Docker only keeps as the check's log) or /dev/null. */
function discards(target: string | undefined): boolean {
  return target === '-' || target === '/dev/null';
}

/** Whole seconds, rounded up, from a positive number of seconds as written (`5`, `2.5`). */
function positiveSeconds(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text)) return undefined;
  const seconds = Number(text);
  return seconds > 0 ? Math.ceil(seconds) : undefined;
}

/** The request of a URL on the loopback (curl and wget take `localhost:8080/x` as http). */
function loopbackRequest(written: string): Omit<HttpCheck, 'maxSeconds'> | undefined {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(written) ? written : `http://${written}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const scheme = url.protocol === 'http:' ? 'HTTP' : url.protocol === 'https:' ? 'HTTPS' : undefined;
  if (!scheme || !LOOPBACK.has(url.hostname) || url.username || url.password || url.hash) return undefined;
  // A # in the written URL is a fragment the request never carries; the parser drops an empty one silently.
  if (written.includes('#')) return undefined;
  const port = url.port === '' ? (scheme === 'HTTP' ? 80 : 443) : Number(url.port);
  return { scheme, port, path: `${url.pathname}${url.search}` };
}
