// Base and total of one unit from its base-group scores (spec 2.3).

const finite = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** spec 2.3: base from base-group scores and maxima; weights null = unweighted sum. total = max(0, base + bonus - penalty).
 *  Weighted: base = scale × Σ weight(g) × score(g) / max(g); a group with max ≤ 0 contributes nothing. */
export function combineTotal(
  groupScores: number[],
  groupMaxes: number[],
  weights: number[] | null,
  scale: number,
  bonus: number,
  penalty: number,
): { base: number; total: number } {
  const scores = Array.isArray(groupScores) ? groupScores : [];
  let base = 0;
  if (weights === null || !Array.isArray(weights)) {
    for (const s of scores) base += finite(s);
  } else {
    let weighted = 0;
    for (let g = 0; g < scores.length; g++) {
      const max = finite(Array.isArray(groupMaxes) ? groupMaxes[g] : 0);
      if (max > 0) weighted += (finite(weights[g]) * finite(scores[g])) / max;
    }
    base = finite(scale) * weighted;
  }
  const total = Math.max(0, base + finite(bonus) - finite(penalty));
  return { base, total };
}
