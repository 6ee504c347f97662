// Competition ranking ("1, 2, 2, 4") over key vectors, with a tolerance, reporting ties instead of ordering them.

/** Default tolerance when comparing two key values: totals are compared unrounded (spec 2.3). */
export const DEFAULT_TOLERANCE = 1e-9;

/** A key that is not a finite number ranks below every real value, so bad input never wins. */
function keyValue(row: readonly number[], k: number): number {
  const v = row[k];
  if (typeof v !== "number" || Number.isNaN(v)) return -Infinity;
  return v;
}

/** Compares two rows lexicographically, higher first: negative when a is better than b. */
export function compareKeys(a: readonly number[], b: readonly number[], tolerance: number = DEFAULT_TOLERANCE): number {
  const length = Math.max(a.length, b.length);
  for (let k = 0; k < length; k++) {
    const x = keyValue(a, k);
    const y = keyValue(b, k);
    if (x === y) continue; // also covers -Infinity on both sides
    if (Math.abs(x - y) <= tolerance) continue;
    return x > y ? -1 : 1;
  }
  return 0;
}

/** Competition ranking ("1,2,2,4"). keys[i] = the key vector of row i, ALREADY oriented so that higher is better
 *  (callers negate keys where lower wins, e.g. penalty). Rows compare lexicographically; two values are equal
 *  when |a-b| <= tolerance (default 1e-9). rank(i) = 1 + number of rows strictly better than i.
 *  ties = groups (size >= 2) of row indices still equal on every key, in row order, ordered by rank. */
export function competitionRanks(keys: number[][], tolerance: number = DEFAULT_TOLERANCE): { ranks: number[]; ties: number[][] } {
  const rows: readonly number[][] = Array.isArray(keys) ? keys : [];
  const tol = typeof tolerance === "number" && tolerance >= 0 ? tolerance : DEFAULT_TOLERANCE;
  const safeRow = (i: number): readonly number[] => (Array.isArray(rows[i]) ? rows[i] : []);
  // Stable sort keeps equal rows in row order, so each tie group comes out already sorted.
  const order = rows.map((_, i) => i).sort((a, b) => compareKeys(safeRow(a), safeRow(b), tol) || a - b);
  const ranks = new Array<number>(rows.length);
  const ties: number[][] = [];
  let start = 0;
  while (start < order.length) {
    // A group is every following row equal to the group's first row.
    let end = start + 1;
    while (end < order.length && compareKeys(safeRow(order[start]), safeRow(order[end]), tol) === 0) end++;
    for (let p = start; p < end; p++) ranks[order[p]] = start + 1;
    if (end - start >= 2) ties.push(order.slice(start, end));
    start = end;
  }
  return { ranks, ties };
}
