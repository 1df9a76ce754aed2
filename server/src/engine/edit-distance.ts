/** Reused between calls; grown when a longer string comes. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Whether two strings are at most `max` edits apart, a swap of neighbours counting as one (the
 * optimal string alignment distance). Typo checks compare one name with every name of a large
 * workspace, and almost every pair is far apart: only the band of cells within `max` of the
 * diagonal can hold a path that cheap, a row whose band is all above `max` ends the search, and
 * the rows are kept between calls, so a check costs a few dozen steps and allocates nothing.
 */
export function withinEditDistance(a: string, b: string, max: number): boolean {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return false;
  if (a === b) return true;
  const far = max + 1;
  if (rows[0].length < m + 2) rows = [new Int32Array(m + 2), new Int32Array(m + 2), new Int32Array(m + 2)];
  // Rows i-2, i-1 and i of the distance table.
  let [before, previous, current] = rows;
  before.fill(far, 0, m + 2);
  for (let j = 0; j <= m + 1; j++) previous[j] = j <= max ? j : far;
  for (let i = 1; i <= n; i++) {
    current.fill(far, 0, m + 2);
    if (i <= max) current[0] = i;
    let rowBest = current[0] ?? far;
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? far) + 1, (current[j - 1] ?? far) + 1, (previous[j - 1] ?? far) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? far) + 1);
      }
      current[j] = Math.min(best, far);
      if (best < rowBest) rowBest = best;
    }
    if (rowBest > max) return false;
    [before, previous, current] = [previous, current, before];
  }
  return (previous[m] ?? far) <= max;
}
