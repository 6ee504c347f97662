// Bench of the KHOI.* custom functions as Excel calls them: whole columns in, spilled columns out.
import { points, rank, total } from "../src/functions/functions";
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
    ...khoiModeRecalc(50, 150, size.small ? 1 : 5),
    "functions.rank_10k_ms": timeMedian(size.runs, () => rank(totals)),
    "functions.rank_10k_tiebreaks_ms": timeMedian(size.runs, () => rank(totals, tiebreaks, "-+")),
    "functions.points_relative_10k_ms": timeMedian(size.runs, () => points(actuals, targets, 10, "relative")),
  };
}

/**
 * A khoi-mode workbook takes each cell's value from a whole-block call (INDEX(KHOI.TOTAL(...), row, column)), so a
 * full recalculation of a block costs one call per cell: O(units²) per column. This is its price at the largest
 * supported block (the native mode has no such cost).
 */
function khoiModeRecalc(units: number, criteria: number, runs: number): Record<string, number> {
  const scores = Array.from({ length: units }, (_, u) => Array.from({ length: criteria }, (_, j) => (u * 7 + j) % 10));
  const maxima = [Array.from({ length: criteria }, () => 10)];
  const groupNames = ["I", "II", "III", "IV"];
  const groups = [Array.from({ length: criteria }, (_, j) => (j === criteria - 2 ? "thưởng" : j === criteria - 1 ? "trừ" : groupNames[j % 4]))];
  const totals = Array.from({ length: units }, (_, u) => [u % 7]);
  const actuals = Array.from({ length: units }, (_, u) => [100 + u]);
  const targets = Array.from({ length: units }, () => [100]);
  const recalc = () => {
    for (let i = 0; i < units * 4; i++) total(scores, maxima, groups);
    for (let i = 0; i < units; i++) rank(totals);
    for (let i = 0; i < units * criteria; i++) points(actuals, targets, 10, "relative");
  };
  return { [`functions.khoi_mode_recalc_${units}x${criteria}_ms`]: timeMedian(runs, recalc, 1) };
}
