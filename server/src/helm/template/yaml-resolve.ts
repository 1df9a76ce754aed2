/**
 * gopkg.in/yaml.v2's reading of plain scalars (resolve.go) and its key order (sorter.go), which
 * decide how `toYaml` quotes strings and orders keys.
 */
import { RenderFailure } from './failure';
import { type GoValue } from './values';

const TRUE_WORDS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSE_WORDS = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const NULL_WORDS = new Set(['', '~', 'null', 'Null', 'NULL']);
const FLOAT_WORDS = new Map([
  ...['.nan', '.NaN', '.NAN'].map((word) => [word, NaN] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((word) => [word, Infinity] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((word) => [word, -Infinity] as const),
]);

const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt(s, 0, 64) (or ParseUint), after yaml.v2 has removed underscores. */
function goIntValue(text: string): bigint | undefined {
  const match = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!match) return undefined;
  const digits = match[2] ?? '';
  const magnitude = /^0[0-7]+$/.test(digits) ? BigInt('0o' + digits.slice(1)) : BigInt(digits);
  const limit = match[1] === '-' ? INT64_MAX + 1n : match[1] === '+' ? INT64_MAX : UINT64_MAX;
  if (magnitude > limit) return undefined;
  return match[1] === '-' ? -magnitude : magnitude;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31));
}

const TIMESTAMP_LAYOUTS = [
  /^(\d{4})-(\d\d?)-(\d\d?)[T](\d\d?):(\d\d?):(\d\d?)(?:[.,]\d+)?(?:Z|([+-])(\d\d):(\d\d))$/,
  /^(\d{4})-(\d\d?)-(\d\d?)[t](\d\d?):(\d\d?):(\d\d?)(?:[.,]\d+)?(?:Z|([+-])(\d\d):(\d\d))$/,
  /^(\d{4})-(\d\d?)-(\d\d?) (\d\d?):(\d\d?):(\d\d?)(?:[.,]\d+)?$/,
  /^(\d{4})-(\d\d?)-(\d\d?)$/,
];

/** yaml.v2's parseTimestamp: the four layouts it tries with time.Parse. */
export function isTimestamp(text: string): boolean {
  if (!/^\d{4}-/.test(text)) return false;
  return TIMESTAMP_LAYOUTS.some((layout) => {
    const match = layout.exec(text);
    if (!match) return false;
    const [year, month, day, hour = 0, minute = 0, second = 0, , zoneHour = 0, zoneMinute = 0] = match
      .slice(1)
      .map((part) => (part === undefined || part === '+' || part === '-' ? undefined : Number(part)));
    if (!validDate(year ?? 0, month ?? 0, day ?? 0)) return false;
    return hour < 24 && minute < 60 && second < 60 && zoneHour <= 24 && zoneMinute <= 60;
  });
}

/**
 * A plain scalar as yaml.v2's resolve reads it (timestamps aside, which callers check first), with
 * numbers as the float64 a JSON round trip leaves.
 */
export function resolvePlain(text: string): GoValue {
  const first = text[0];
  if (first === undefined) return null;
  const digitOrSign = /[0-9+-]/.test(first);
  if (!digitOrSign && !'yYnNtTfFoO~.'.includes(first)) return text;
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  if (NULL_WORDS.has(text)) return null;
  const special = FLOAT_WORDS.get(text);
  if (special !== undefined) return special;
  if (first === '.') {
    if (text.includes('_'))
      throw RenderFailure.unsupported(`Reading ${JSON.stringify(text)} as YAML is not supported.`);
    const value = Number(text);
    return /^\.\d+(?:[eE][+-]?\d+)?$/.test(text) && Number.isFinite(value) ? value : text;
  }
  if (!digitOrSign) return text;
  const plain = text.replace(/_/g, '');
  const integer = goIntValue(plain);
  if (integer !== undefined) return Number(integer);
  if (YAML_STYLE_FLOAT.test(plain) && Number.isFinite(Number(plain))) return Number(plain);
  return text;
}

/** A plain map key yaml.v2 reads as an integer, as sigs.k8s.io/yaml turns it into a JSON key. */
export function plainIntegerKey(text: string): string | undefined {
  if (!/^[0-9+-]/.test(text) || isTimestamp(text)) return undefined;
  return goIntValue(text.replace(/_/g, ''))?.toString();
}

/** Whether yaml.v2 reads the text, written plain, as a string (rather than a bool, number, null or time). */
export function resolvesAsString(text: string): boolean {
  if (/^[0-9+-]/.test(text) && isTimestamp(text)) return false;
  return typeof resolvePlain(text) === 'string';
}

/** yaml.v2's isBase60Float: "1:20" would have been a number in YAML 1.1, so it is quoted. */
export const isBase60Float = (text: string): boolean =>
  /^[-+0-9]/.test(text) && text.includes(':') && BASE60_FLOAT.test(text);

const LETTER = /\p{L}/u;
const isLetter = (char: string): boolean => (char < '\x80' ? /[A-Za-z]/.test(char) : LETTER.test(char));
const isDigit = (char: string): boolean => {
  if (char >= '0' && char <= '9') return true;
  if (char >= '\x80' && /\p{Nd}/u.test(char)) {
    throw RenderFailure.unsupported('Ordering YAML keys with digits outside ASCII is not supported.');
  }
  return false;
};

/** yaml.v2's keyList.Less for string keys: numbers inside keys compare by value ("a2" < "a10"). */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const x = ar[i] ?? '';
    const y = br[i] ?? '';
    if (x === y) continue;
    const al = isLetter(x);
    const bl = isLetter(y);
    if (al && bl) return (x.codePointAt(0) ?? 0) < (y.codePointAt(0) ?? 0);
    if (al || bl) return bl;
    let an = 0n;
    let bn = 0n;
    if (x === '0' || y === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j] ?? ''); j--) {
        if (ar[j] !== '0') {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai] ?? ''); ai++) an = BigInt.asIntN(64, an * 10n + BigInt(Number(ar[ai])));
    for (; bi < br.length && isDigit(br[bi] ?? ''); bi++) bn = BigInt.asIntN(64, bn * 10n + BigInt(Number(br[bi])));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return (x.codePointAt(0) ?? 0) < (y.codePointAt(0) ?? 0);
  }
  return ar.length < br.length;
}

export const compareYamlKeys = (a: string, b: string): number => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0);
