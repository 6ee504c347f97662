// Bench of the KHOI.* custom functions as Excel calls them: whole columns in, spilled columns out.
import { points, rank } from "../src/functions/functions";
import { timeMedian } from "./timing";
import type { BenchSize } from "./size";

export function benchFunctions(size: BenchSize): Record<string, number> {
  const n = size.rankUnits;
  // Totals with many ties (two decimals over a narrow range) so the tie-break columns really work.
  const totals = Array.from({ length: n }, (_, i) => [Math.round(((i * 7919) % 4000) / 4) / 10]);
  const tiebreaks = Array.from({ length: n }, (_, i) => [(i * 31) % 5, (i * 17) % 7]);
  const actuals = Array.from({ length: n }, (_, i) => [100 + ((i * 7919) % 1000)]);
  const targets = Array.from({ length: n }, (_, i) => [100 + ((i * 104729) % 900)]);
  return {
    "functions.rank_10k_ms": timeMedian(size.runs, () => rank(totals)),
    "functions.rank_10k_tiebreaks_ms": timeMedian(size.runs, () => rank(totals, tiebreaks, "-+")),
    "functions.points_relative_10k_ms": timeMedian(size.runs, () => points(actuals, targets, 10, "relative")),
  };
}
