// KHOI.* custom-function formulas for the "khoi" formula mode (src/functions/functions.ts). Every function returns a
// column or table; each cell takes its own element with INDEX, so no formula depends on dynamic-array spilling and
// sorting the summary rows keeps every cell right. Cells no KHOI function computes keep their native formula.
import type { CriterionLeaf } from "../core/types";
import { quote } from "./context";
import { num, targetGuard } from "./native";

/** The method's option argument: the cap, the bands as an array constant, or the relative base. */
function pointsOption(leaf: CriterionLeaf): string | null {
  switch (leaf.method) {
    case "linear":
      return typeof leaf.cap === "number" && leaf.cap > 0 ? num(leaf.cap) : null;
    case "bands": {
      const bands = (leaf.bands ?? []).filter((b) => Number.isFinite(b[0]) && Number.isFinite(b[1]));
      return bands.length > 0 ? `{${bands.map(([t, f]) => `${num(t)},${num(f)}`).join(";")}}` : null;
    }
    case "relative":
      return quote(leaf.base === "absolute" ? "absolute" : "percent");
    default:
      return null;
  }
}

/** A target leaf's score for the unit at `position` (1-based) of a row of actuals and a row of targets.
 *  KHOI.POINTS shows #VALUE! on a row whose actual or target is unusable; the engine scores such a row 0 and reports
 *  it as a finding, so the same guards as the native formula give 0 there (a missing add-in still shows #NAME?). */
export function pointsFormula(leaf: CriterionLeaf, actualsRow: string, targetsRow: string, max: string, position: number, actual: string, target: string): string {
  const option = pointsOption(leaf);
  const args = [`TRANSPOSE(${actualsRow})`, `TRANSPOSE(${targetsRow})`, max, quote(leaf.method ?? "linear")];
  if (option !== null) args.push(option);
  return targetGuard(actual, target, leaf.method === "inverse", `INDEX(KHOI.POINTS(${args.join(",")}),${position})`, "0");
}

export interface TotalInputs {
  /** Leaf rows of the score block (criteria in rows, units in columns) and the per-row helper columns. */
  scores: string;
  kinds: string;
  maxima: string;
  groups: string;
  weights: string | null;
  scale: string;
}

/** Column (1 base, 2 bonus, 3 penalty, 4 total) of KHOI.TOTAL for the unit whose id heads a column of `unitIds`. */
export function totalFormula(inputs: TotalInputs, unitIdLiteral: string, unitIds: string, column: 1 | 2 | 3 | 4): string {
  // KHOI.TOTAL wants units in rows and scored leaves only: group headers and invalid leaves are filtered out.
  const keep = `(${inputs.kinds}="base")+(${inputs.kinds}="bonus")+(${inputs.kinds}="penalty")`;
  const t = (range: string): string => `TRANSPOSE(FILTER(${range},${keep}))`;
  const args = [t(inputs.scores), t(inputs.maxima), t(inputs.groups)];
  args.push(inputs.weights === null ? "" : t(inputs.weights), inputs.scale);
  return `INDEX(KHOI.TOTAL(${args.join(",")}),MATCH(${unitIdLiteral},${unitIds},0),${column})`;
}

/** This row's rank: KHOI.RANK over the totals and the tie-break key columns (already oriented higher-is-better). */
export function rankFormula(totals: string, keys: string | null, keyCount: number, position: string): string {
  const args = keys === null ? [totals] : [totals, keys, quote("+".repeat(keyCount))];
  return `INDEX(KHOI.RANK(${args.join(",")}),${position})`;
}

export interface AwardInputs {
  totals: string;
  tiers: string;
  ranks: string;
  reasons: string;
  titles: string;
  yes: string;
  members: string;
  present: string;
  quorum: string;
  denominator: "present" | "members";
  strict: boolean;
}

/** This row's award id: KHOI.AWARD over the block (the tier table's first column is the id, so the result is an id). */
export function awardFormula(a: AwardInputs, position: string): string {
  const args = [a.totals, a.tiers, a.ranks, a.reasons, a.titles, a.yes, a.members, a.present, a.quorum, quote(a.denominator), a.strict ? "TRUE" : "FALSE"];
  return `INDEX(KHOI.AWARD(${args.join(",")}),${position})`;
}
