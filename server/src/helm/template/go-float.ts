/**
 * strconv.FormatFloat for float64. JavaScript finds the same shortest round-trip digits Go does;
 * only the layout around them differs, and that is rebuilt here.
 */
import { RenderFailure } from './failure';

interface Digits {
  negative: boolean;
  /** Significant digits, without leading or trailing zeros ("0" for zero). */
  digits: string;
  /** Where the decimal point goes: the value is 0.digits × 10^point. */
  point: number;
}

function shortestDigits(value: number): Digits {
  const negative = value < 0 || Object.is(value, -0);
  if (value === 0) return { negative, digits: '0', point: 1 };
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
  return { negative, digits, point: Number(exponent) + 1 };
}

function special(value: number): string | undefined {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return undefined;
}

function layoutExponent({ negative, digits, point }: Digits, precision: number, upper: boolean): string {
  let mantissa = digits[0] ?? '0';
  if (precision > 0) mantissa += '.' + (digits.slice(1) + '0'.repeat(precision)).slice(0, precision);
  const exponent = digits === '0' ? 0 : point - 1;
  const sign = exponent < 0 ? '-' : '+';
  const magnitude = String(Math.abs(exponent)).padStart(2, '0');
  return (negative ? '-' : '') + mantissa + (upper ? 'E' : 'e') + sign + magnitude;
}

function layoutFixed({ negative, digits, point }: Digits, precision: number): string {
  let whole: string;
  if (point <= 0) whole = '0';
  else whole = (digits + '0'.repeat(Math.max(0, point - digits.length))).slice(0, point);
  let fraction = '';
  if (precision > 0) {
    const after = point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(0, point));
    fraction = '.' + (after + '0'.repeat(precision)).slice(0, precision);
  }
  return (negative ? '-' : '') + whole + fraction;
}

/** FormatFloat(value, 'g', -1, 64), which `%v` uses: 1e+06, 100000, 1.5, 1e-05. */
export function formatShortest(value: number, upper = false): string {
  const name = special(value);
  if (name) return name;
  const digits = shortestDigits(value);
  const exponent = digits.point - 1;
  // With the shortest precision Go decides between the two forms as if the precision were 6.
  if (exponent < -4 || exponent >= 6) return layoutExponent(digits, digits.digits.length - 1, upper);
  return layoutFixed(digits, Math.max(digits.digits.length - digits.point, 0));
}

/**
 * Digits rounded to a fixed count. JavaScript rounds an exact tie up where Go rounds it to even;
 * ties are rare and are left out rather than guessed.
 */
function roundedDigits(value: number, mode: 'e' | 'f', precision: number): Digits {
  if (precision > 60) throw RenderFailure.unsupported('A float precision above 60 is not supported.');
  const text = mode === 'f' ? Math.abs(value).toFixed(precision) : Math.abs(value).toExponential(precision);
  const extra = Math.min(100, precision + 30);
  const exact = mode === 'f' ? Math.abs(value).toFixed(extra) : Math.abs(value).toExponential(extra).split('e')[0];
  if (exact !== undefined && /^50*$/.test(exact.slice(exact.length - (extra - precision)))) {
    throw RenderFailure.unsupported('Rounding a float that lies exactly halfway is not supported.');
  }
  const negative = value < 0 || Object.is(value, -0);
  if (mode === 'e') {
    const [mantissa = '0', exponent = '0'] = text.split('e');
    return { negative, digits: mantissa.replace('.', ''), point: Number(exponent) + 1 };
  }
  const [whole = '0', fraction = ''] = text.split('.');
  const all = whole + fraction;
  const leading = all.length - all.replace(/^0+/, '').length;
  if (all.replace(/^0+/, '') === '') return { negative, digits: '0', point: 1 };
  return { negative, digits: all.slice(leading), point: whole.length - leading };
}

/** strconv.FormatFloat(value, verb, precision, 64) for the verbs fmt uses. */
export function formatFloat(value: number, verb: 'e' | 'E' | 'f' | 'F' | 'g' | 'G', precision: number): string {
  const name = special(value);
  if (name) return name;
  const upper = verb === 'E' || verb === 'G';
  if (verb === 'g' || verb === 'G') {
    if (precision < 0) return formatShortest(value, upper);
    if (precision === 0) precision = 1;
    const digits = roundedDigits(value, 'e', precision - 1);
    const significant = { ...digits, digits: digits.digits.replace(/0+$/, '') || '0' };
    const exponent = digits.point - 1;
    if (exponent < -4 || exponent >= precision) {
      return layoutExponent(significant, Math.max(significant.digits.length - 1, 0), upper);
    }
    return layoutFixed(significant, Math.max(significant.digits.length - significant.point, 0));
  }
  if (precision < 0) precision = 6;
  if (verb === 'f' || verb === 'F') return layoutFixed(roundedDigits(value, 'f', precision), precision);
  return layoutExponent(roundedDigits(value, 'e', precision), precision, upper);
}
