/**
 * The checks `helm lint` makes of Chart.yaml's links, after the govalidator functions it calls
 * (github.com/asaskevich/govalidator): `IsEmail`, `IsURL` and `IsRequestURL`, the last of which is
 * Go's `url.ParseRequestURI`. Go's regular expressions run in linear time and JavaScript's do not,
 * so the patterns are split into steps that cannot backtrack far. Where a step is simpler than
 * govalidator's pattern it errs towards accepting: a value Helm takes must never be reported.
 */

/** Letters beyond ASCII that govalidator's email pattern takes (`\x{00A0}-\x{D7FF}` and two more ranges). */
const WIDE = '\\u00a0-\\ud7ff\\uf900-\\ufdcf\\ufdf0-\\uffef';
const ATOM = "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~" + WIDE + ']+';
const DOT_ATOMS = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`);
/** A quoted local part (`"jane"@example.com`): govalidator's pattern for it is erratic, so any is taken. */
const QUOTED = /^"/;
/** What a domain is made of: letters, digits, dots, `-`, `_` and `~`. */
const DOMAIN = new RegExp(`^[A-Za-z0-9._~${WIDE}-]+$`);
const LETTER = new RegExp(`^[A-Za-z${WIDE}]$`);
const LETTER_OR_DIGIT = new RegExp(`^[A-Za-z0-9${WIDE}]$`);

/**
 * govalidator.IsEmail: an address alone (`team@example.com`), whose domain has a dot and ends in
 * letters. `mailto:team@example.com`, `Jane <jane@example.com>` and `jane@localhost` are not.
 */
export function isEmail(text: string): boolean {
  const at = text.lastIndexOf('@');
  if (at <= 0) return false;
  const local = text.slice(0, at);
  if (!DOT_ATOMS.test(local) && !QUOTED.test(local)) return false;
  const domain = text.slice(at + 1).replace(/\.$/, '');
  // govalidator's pattern is labels that begin and end with a letter or a digit, each followed by a
  // dot, then a last label that begins and ends with a letter; dots may also stand inside a label.
  // So: the domain begins with a letter or digit and ends with a letter, and some dot in it has a
  // letter or digit before it and a letter after it. Checked so, it takes linear time.
  if (!DOMAIN.test(domain) || !LETTER_OR_DIGIT.test(domain.charAt(0)) || !LETTER.test(domain.charAt(domain.length - 1)))
    return false;
  for (let dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.', dot + 1)) {
    if (LETTER_OR_DIGIT.test(domain.charAt(dot - 1)) && LETTER.test(domain.charAt(dot + 1))) return true;
  }
  return false;
}

/** Go's `\s` and its URL parser's refusals: ASCII white space, and control characters. */
const GO_SPACE = /[\t\n\f\r ]/;
// eslint-disable-next-line no-control-regex -- control characters are what Go refuses
const CONTROL = /[\x00-\x1f\x7f]/;
const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;
/** What may follow the scheme in govalidator's URL pattern: the host, then a port and a path. */
const HOST_ON = new RegExp(
  '^(?:\\[[0-9A-Fa-f:.%]+\\]|[A-Za-z0-9_\\u00a1-\\uffff-]+(?:\\.[A-Za-z0-9_\\u00a1-\\uffff-]+)*)\\.?' +
    '(?::\\d{1,5})?(?:[/?#][^\\t\\n\\f\\r ]*)?$',
);

/**
 * govalidator.IsURL, which `helm lint` holds a maintainer's `url` to. It is lenient: a bare host
 * (`example.com/jane`) passes, and so does `localhost:8080`. It refuses white space, a word with no
 * dot (`jane`), and `://` after other schemes than `http`, `https`, `ftp`, `ws`, `wss`, `tcp` and
 * `udp` (so `oci://…`, which names no page, is not a URL to it).
 */
export function isUrl(text: string): boolean {
  if (new TextEncoder().encode(text).length <= 3 || [...text].length >= 2083 || text.startsWith('.')) return false;
  if (GO_SPACE.test(text) || CONTROL.test(text)) return false;
  // govalidator first has Go parse the text (with `http://` in front when it has a colon but no
  // `://`): without a host, the path must have a dot, and escapes must be whole.
  const path = text.split(/[?#]/)[0] ?? '';
  if (!text.includes(':') && path !== '' && !path.includes('.')) return false;
  if (BAD_ESCAPE.test(path)) return false;
  if (HOST_ON.test(text.replace(/^(?:ftp|tcp|udp|wss?|https?):\/\//, ''))) return true;
  // Or user information up to an `@`: the pattern lets it hold anything but spaces, a scheme and
  // other `@` included.
  for (let at = text.indexOf('@', 1); at > 0; at = text.indexOf('@', at + 1)) {
    if (HOST_ON.test(text.slice(at + 1))) return true;
  }
  return false;
}

/**
 * govalidator.IsRequestURL, which `helm lint` holds `sources` and `icon` to: Go's
 * `url.ParseRequestURI` reads the text, and it has a scheme. Any scheme will do (`https:`, `oci:`,
 * even `mailto:`), but a bare host (`github.com/org/repo`), a path or a `git@…` address will not.
 */
export function isRequestUrl(text: string): boolean {
  if (CONTROL.test(text)) return false;
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(text)?.[0];
  if (!scheme) return false;
  // Go leaves the query unread, and in a request URL a `#` is part of the path.
  const rest = text.slice(scheme.length).split('?')[0] ?? '';
  // Without a slash after the scheme (`mailto:…`, `urn:…`) the rest is opaque: Go reads no further.
  if (!rest.startsWith('/')) return true;
  if (!rest.startsWith('//')) return !BAD_ESCAPE.test(rest);
  const slash = rest.indexOf('/', 2);
  const authority = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
  return isAuthority(authority) && !BAD_ESCAPE.test(slash < 0 ? '' : rest.slice(slash));
}

/** User information: the characters Go allows, with whole escapes. */
const USER_INFO = /^(?:[A-Za-z0-9\-._:~!$&'()*+,;=@]|%[0-9A-Fa-f]{2})*$/;
/**
 * A host as Go reads one: ASCII letters, digits and a few signs, any character beyond ASCII, and
 * escapes of characters beyond ASCII (or `%25`).
 */
const HOST = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:[\]<>"\u0080-\uffff]|%[89A-Fa-f][0-9A-Fa-f]|%25)*$/;

/** Go's `parseAuthority`: user information up to the last `@`, then a host with an optional numeric port. */
function isAuthority(authority: string): boolean {
  const at = authority.lastIndexOf('@');
  if (at >= 0 && !USER_INFO.test(authority.slice(0, at))) return false;
  const host = authority.slice(at + 1);
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    return close > 0 && /^(?::\d*)?$/.test(host.slice(close + 1)) && HOST.test(host.slice(1, close));
  }
  const colon = host.lastIndexOf(':');
  if (colon >= 0 && !/^\d*$/.test(host.slice(colon + 1))) return false;
  return HOST.test(host);
}
