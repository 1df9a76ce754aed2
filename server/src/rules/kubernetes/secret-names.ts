/**
 * Whether a variable or key name says it holds a secret. Names are split into words (`DB_PASSWORD`,
 * `dbPassword`, `db-password` alike) and judged by how they end, so `PASSWORD_FILE`, `TOKEN_URL` or
 * `SECRET_NAME` (which point at a secret rather than hold one) and `CACHE_KEY` do not count.
 */

const SECRET_LAST_WORDS = new Set([
  'PASSWORD',
  'PASSWD',
  'PASS',
  'SECRET',
  'TOKEN',
  'APIKEY',
  'CREDENTIAL',
  'CREDENTIALS',
  'PASSPHRASE',
  'PRIVATEKEY',
]);

/** `KEY` alone is a cache key or a sort key; these qualifiers make it a secret. */
const KEY_QUALIFIERS = new Set([
  'API',
  'ACCESS',
  'SECRET',
  'PRIVATE',
  'AUTH',
  'ENCRYPTION',
  'SIGNING',
  'MASTER',
  'LICENSE',
]);

export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toUpperCase());
}

export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last) return false;
  if (SECRET_LAST_WORDS.has(last)) return true;
  // `PWD` alone is the shell's working directory; `DB_PWD` is a password.
  if (last === 'PWD') return words.length > 1;
  const before = words[words.length - 2];
  return last === 'KEY' && before !== undefined && KEY_QUALIFIERS.has(before);
}

/** Values that cannot be a secret: empty, a flag, a number, a file path or a reference to another variable. */
export function isSecretLikeValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  if (/^(true|false|yes|no|on|off|enabled|disabled|none|null)$/i.test(trimmed)) return false;
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return false;
  if (trimmed.startsWith('/')) return false;
  return !/\$\(|\$\{|\{\{/.test(trimmed);
}
