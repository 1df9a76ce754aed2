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

/** The last words of names that hold a password, a secret or a token, digits or not. */
const NUMBER_SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'PASS', 'PWD', 'SECRET', 'TOKEN', 'PASSPHRASE']);

/** Words that make a secret's name a setting that counts or measures (`MAX_TOKEN`, `TOKEN_TTL_SECONDS`). */
const MEASURE_WORDS = new Set([
  'MAX',
  'MIN',
  'COUNT',
  'NUM',
  'NUMBER',
  'LIMIT',
  'LEN',
  'LENGTH',
  'SIZE',
  'PORT',
  'TTL',
  'TIMEOUT',
  'EXPIRY',
  'EXPIRES',
  'AGE',
  'RETRIES',
  'ATTEMPTS',
  'INTERVAL',
  'DURATION',
  'LIFETIME',
  'SECONDS',
  'MINUTES',
  'HOURS',
  'DAYS',
  'VERSION',
]);

/**
 * Whether a number in the variable `name` is a secret (`MYSQL_ROOT_PASSWORD: "123456"`): the name
 * must say password, secret or token (a numeric `API_KEY` is more often an id) and nothing that
 * counts or measures, and the number must have three digits or more, since `"0"` and `"1"` are
 * flags (`MYSQL_RANDOM_ROOT_PASSWORD: "1"`).
 */
function isNumericSecret(name: string, digits: string): boolean {
  const words = nameWords(name);
  return (
    /^\d{3,}$/.test(digits) &&
    isSecretName(name) &&
    NUMBER_SECRET_WORDS.has(words[words.length - 1] ?? '') &&
    !words.some((word) => MEASURE_WORDS.has(word))
  );
}

/**
 * Values that cannot be a secret: empty, a flag, a file path or a reference to another variable;
 * a number only when `name`, the variable or key that holds it, says it is a password (isNumericSecret).
 */
export function isSecretLikeValue(value: string, name?: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  if (/^(true|false|yes|no|on|off|enabled|disabled|none|null)$/i.test(trimmed)) return false;
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return name !== undefined && isNumericSecret(name, trimmed);
  if (trimmed.startsWith('/')) return false;
  return !/\$\(|\$\{|\{\{/.test(trimmed);
}
