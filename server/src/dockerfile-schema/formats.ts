/**
 * The value formats of schemas/dockerfile/instructions.schema.json, as BuildKit parses them. A
 * value with a variable in it passes wherever the builder expands variables before parsing
 * (`EXPOSE 40000-${PORT_END}`): its final value is not known until the build. Formats the
 * builder parses before any expansion (HEALTHCHECK durations, boolean flags) take no variables.
 *
 * Plain functions of a string, shared by the run-time compiler and the generated validators.
 */

/** `$NAME` or `${…}`: what the builder's shell lexer expands. A lone `$` stays literal. */
const VARIABLE = /\$(?:\{|[A-Za-z_])/;

export function hasVariable(value: string): boolean {
  return VARIABLE.test(value);
}

const lenient =
  (check: (value: string) => boolean) =>
  (value: string): boolean =>
    hasVariable(value) || check(value);

/** Go's strconv.ParseUint with the given base and bit size. */
function parseUint(value: string, base: 8 | 10, bits: number): boolean {
  const digits = base === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!digits.test(value)) return false;
  return BigInt(`${base === 8 ? '0o' : ''}${value}`) < 1n << BigInt(bits);
}

/** A port or port range as go-connections' ParsePortRange reads it: `80`, `8000-8010`. */
function portRange(value: string): boolean {
  if (value === '') return false;
  const dash = value.indexOf('-');
  if (dash < 0) return parseUint(value, 10, 16);
  const [start = '', end = ''] = value.split('-');
  return parseUint(start, 10, 16) && parseUint(end, 10, 16) && Number(end) >= Number(start);
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * An EXPOSE word as BuildKit reads it (go-connections' ParsePortSpec): `[ip:][hostPort:]port[/proto]`,
 * ports 0–65535, ranges increasing, protocol tcp, udp or sctp in any case.
 */
export function portSpec(value: string): boolean {
  const slash = value.indexOf('/');
  let rest = value;
  if (slash >= 0) {
    const proto = value.slice(slash + 1).split('/')[0] ?? '';
    rest = value.slice(0, slash);
    if (proto !== '' && !['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) return false;
  }
  const parts = rest.split(':');
  const container = parts[parts.length - 1] ?? '';
  if (!portRange(container)) return false;
  if (parts.length >= 2) {
    const host = parts[parts.length - 2] ?? '';
    if (host !== '' && !portRange(host)) return false;
  }
  if (parts.length >= 3) {
    const ip = parts.slice(0, parts.length - 2).join(':');
    const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
    if (ip !== '' && !IPV4.test(bare) && !/^[0-9A-Fa-f:.]+$/.test(bare)) return false;
  }
  return true;
}

/** Signal names of moby/sys/signal on Linux, without the SIG prefix. */
const SIGNALS = new Set([
  'ABRT',
  'ALRM',
  'BUS',
  'CHLD',
  'CLD',
  'CONT',
  'FPE',
  'HUP',
  'ILL',
  'INT',
  'IO',
  'IOT',
  'KILL',
  'PIPE',
  'POLL',
  'PROF',
  'PWR',
  'QUIT',
  'SEGV',
  'STKFLT',
  'STOP',
  'SYS',
  'TERM',
  'TRAP',
  'TSTP',
  'TTIN',
  'TTOU',
  'UNUSED',
  'URG',
  'USR1',
  'USR2',
  'VTALRM',
  'WINCH',
  'XCPU',
  'XFSZ',
  'RTMIN',
  'RTMAX',
  ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `RTMAX-${i + 1}`),
]);

/** The signal names STOPSIGNAL accepts, with their SIG prefix, for completion and messages. */
export const SIGNAL_NAMES: readonly string[] = [...SIGNALS].filter((s) => !s.includes('+') && !s.includes('-'));

/** moby/sys/signal's ParseSignal: a non-zero integer, or a signal name with or without SIG, in any case. */
export function signal(value: string): boolean {
  if (/^[+-]?[0-9]+$/.test(value)) return BigInt(value) !== 0n;
  return SIGNALS.has(value.toUpperCase().replace(/^SIG/, ''));
}

/** Go's time.ParseDuration, at least one millisecond unless zero, as HEALTHCHECK requires. An empty value means the default. */
export function duration(value: string): boolean {
  if (value === '' || value === '0') return true;
  const match = /^([-+]?)((?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/.exec(value);
  if (!match) return false;
  const scale: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1e3, m: 6e4, h: 3.6e6 };
  let ms = 0;
  for (const [, amount, unit] of (match[2] ?? '').matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g))
    ms += Number(amount) * (scale[unit ?? 's'] ?? 0);
  return ms === 0 || (match[1] !== '-' && ms >= 1);
}

/** HEALTHCHECK --retries: a base-10 32-bit integer, not negative; empty means the default. */
export function retries(value: string): boolean {
  if (value === '') return true;
  if (!/^\+?[0-9]+$/.test(value)) return /^-0+$/.test(value);
  return BigInt(value) <= 2147483647n;
}

/** COPY/ADD --chmod: octal up to 7777, or chmod(1)'s symbolic notation (Dockerfile 1.14). */
export const chmod = lenient(
  (value) =>
    (/^[0-7]+$/.test(value) && parseInt(value, 8) <= 0o7777) ||
    /^[ugoa]*(?:[-+=](?:[rwxXst]*|[ugo]))+(?:,[ugoa]*(?:[-+=](?:[rwxXst]*|[ugo]))+)*$/.test(value),
);

/** BuildKit's boolean flags (`--link=true`): true or false in any case; no value means true. */
export function boolean(value: string): boolean {
  return /^(?:true|false)$/i.test(value);
}

/** Go's strconv.ParseBool, used for mount options, after expansion. */
export const mountBoolean = lenient((value) => /^(?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(value));

export const octalMode = lenient((value) => parseUint(value, 8, 32));
export const uint32 = lenient((value) => parseUint(value, 10, 32));

/** docker/go-units' RAMInBytes: `64m`, `1.5g`, `512MiB`. */
export const byteSize = lenient((value) => /^\d+(?:\.\d+)* ?[kKmMgGtTpP]?[iI]?[bB]?$/.test(value));

export const checksum = lenient((value) =>
  /^(?:sha256:[0-9a-fA-F]{64}|sha384:[0-9a-fA-F]{96}|sha512:[0-9a-fA-F]{128}|[0-9a-fA-F]{1,64})$/.test(value),
);

export const platform = lenient((value) => /^[^\s/,]+(?:\/[^\s/,]+){0,2}$/.test(value));

/** A mount's `from`: BuildKit rejects a `$` anywhere but at the end, before any expansion. */
export function noVariable(value: string): boolean {
  const dollar = value.indexOf('$');
  return dollar < 0 || dollar === value.length - 1;
}

/** The longest image reference the distribution reference grammar allows, with room for tag and digest. */
const MAX_REFERENCE = 512;
const DOMAIN = String.raw`(?:\[[0-9A-Fa-f:.]+\]|(?:[A-Za-z0-9-]+\.)*[A-Za-z0-9-]+)(?::[0-9]+)?`;
const COMPONENT = String.raw`[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const TAG = String.raw`:[\w][\w.-]{0,127}`;
const DIGEST = String.raw`@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}`;
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?:${TAG})?(?:${DIGEST})?$`);

/**
 * A FROM image as the distribution reference grammar reads it: lowercase repository, optional
 * registry, tag and digest. Quoted or variable references are left to the build. (Every part of
 * the pattern is separated by characters the parts cannot contain, so matching stays linear.)
 */
export function imageReference(value: string): boolean {
  if (hasVariable(value) || /["']/.test(value)) return true;
  return value.length <= MAX_REFERENCE && REFERENCE.test(value);
}

/** `# check=skip=<names|all>;error=<bool>`: BuildKit's ParseLintOptions. */
export function checkDirective(value: string): boolean {
  if (value.trim() === '') return true;
  const semicolon = value.indexOf(';');
  const parts = semicolon < 0 ? [value] : [value.slice(0, semicolon), value.slice(semicolon + 1)];
  return parts.every((part) => {
    const equals = part.indexOf('=');
    if (equals < 0) return false;
    const key = part.slice(0, equals).trim();
    if (key === 'skip') return true;
    return key === 'error' && /^(?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(part.slice(equals + 1).trim());
  });
}

/** Every format the schema names, by name. */
export const FORMATS: Record<string, (value: string) => boolean> = {
  'port-spec': lenient(portSpec),
  signal: lenient(signal),
  duration,
  retries,
  chmod,
  boolean,
  'mount-boolean': mountBoolean,
  'octal-mode': octalMode,
  uint32,
  'byte-size': byteSize,
  checksum,
  platform,
  'no-variable': noVariable,
  'image-reference': imageReference,
  'check-directive': checkDirective,
};
