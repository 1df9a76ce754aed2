// Medians and ranges, and how they are printed.

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function summarize(values: number[]): Summary | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, n: sorted.length };
}

function number(value: number, unit: string): string {
  if (unit === 'MB') return value.toFixed(value >= 100 ? 0 : 1);
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** "12.3 ms (10.1–15.0, n=7)" */
export function formatSummary(s: Summary | undefined, unit: string): string {
  if (s === undefined) return 'n/a';
  const range = s.n > 1 ? ` (${number(s.min, unit)}–${number(s.max, unit)}, n=${s.n})` : '';
  return `${number(s.median, unit)} ${unit}${range}`;
}

export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return 'n/a';
  return ratio >= 10 ? `${ratio.toFixed(0)}x` : `${ratio.toFixed(2)}x`;
}
