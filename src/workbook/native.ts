// Native Excel formulas (Excel 2016 functions only) that reproduce the engine's rules cell by cell:
// the effective value, every leaf type and target method, group sums, the weighted base, the total,
// the tie-break chain and award tiers. Each function returns formula text without "=".
import type { CriterionLeaf } from "../core/types";
import { quote } from "./context";

/** Equality in the workbook is on totals rounded to 9 decimals, as the engine compares within 1e-9. */
export const ROUND_DIGITS = 9;
/** The engine's score and share tolerance, written the way Excel parses it. */
export const TOLERANCE = "1E-9";

/** First non-blank of final, appraised, self (spec 2.1); "" when all three are blank. */
export function effectiveValue(final: string, appraised: string, self: string): string {
  return `IF(${final}<>"",${final},IF(${appraised}<>"",${appraised},IF(${self}<>"",${self},"")))`;
}

/** Guards of a target leaf: a number A >= 0 and a usable target (T > 0, or T >= 0 for inverse), else `otherwise`. */
export function targetGuard(a: string, t: string, inverse: boolean, body: string, otherwise: string): string {
  const tOk = inverse ? `${t}>=0` : `${t}>0`;
  return `IF(ISNUMBER(${a}),IF(${a}>=0,IF(ISNUMBER(${t}),IF(${tOk},${body},${otherwise}),${otherwise}),${otherwise}),${otherwise})`;
}

/** A number literal as Excel reads it in formulas. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return "0";
  const text = String(value);
  return text.includes("e") ? value.toExponential().toUpperCase() : text;
}

export interface LeafCells {
  /** The effective value cell (relative or absolute reference). */
  value: string;
  /** The leaf's maximum cell. */
  max: string;
  /** The target cell (target leaves). */
  target?: string;
  /** This unit's excess helper cell and the block's best excess cell (relative method). */
  excess?: string;
  bestExcess?: string;
}

/** A leaf score s(u, c), spec 2.2. Invalid leaves score 0. */
export function leafScore(leaf: CriterionLeaf, invalid: boolean, c: LeafCells): string {
  if (invalid) return "0";
  const v = c.value;
  const m = c.max;
  switch (leaf.type) {
    case "points":
    case "bonus":
    case "penalty":
      return `IF(ISNUMBER(${v}),MIN(MAX(${v},0),${m}),0)`;
    case "yesno":
      // TRUE, 1 or the word for yes (any case: Excel compares text case-insensitively, so does the reader).
      return `IF(OR(${v}=TRUE,${v}=1,${v}="Có",${v}="Yes"),${m},0)`;
    case "count": {
      const per = typeof leaf.per === "number" && leaf.per > 0 ? leaf.per : 1;
      return `IF(ISNUMBER(${v}),IF(AND(${v}>=0,${v}=INT(${v})),MIN(${v}*${num(per)},${m}),0),0)`;
    }
    case "target":
      return targetScore(leaf, c);
    default:
      return "0";
  }
}

function bandsFormula(leaf: CriterionLeaf, ratio: string): string {
  // The first band, in descending threshold order, that the ratio reaches (≥ t − 1e-9, as the engine); 0 if none.
  const bands = (leaf.bands ?? []).filter((b) => Number.isFinite(b[0]) && Number.isFinite(b[1]));
  const sorted = bands.map((b, i) => ({ t: b[0], f: b[1], i })).sort((x, y) => y.t - x.t || x.i - y.i);
  let formula = "0";
  for (let i = sorted.length - 1; i >= 0; i--) formula = `IF(${ratio}>=${num(sorted[i].t)}-${TOLERANCE},${num(sorted[i].f)},${formula})`;
  return formula;
}

function targetScore(leaf: CriterionLeaf, c: LeafCells): string {
  const a = c.value;
  const t = c.target ?? '""';
  const m = c.max;
  switch (leaf.method) {
    case "linear": {
      const cap = typeof leaf.cap === "number" && leaf.cap > 0 ? leaf.cap : 1;
      return targetGuard(a, t, false, `${m}*MIN(${a}/${t},${num(cap)})`, "0");
    }
    case "bands":
      return targetGuard(a, t, false, `${m}*${bandsFormula(leaf, `${a}/${t}`)}`, "0");
    case "inverse":
      return targetGuard(a, t, true, `IF(${a}<=${t},${m},${m}*${t}/${a})`, "0");
    case "relative": {
      const e = c.excess ?? "0";
      const best = c.bestExcess ?? "0";
      const body = `IF(${a}<${t},0.5*${m}*${a}/${t},IF(OR(${a}=${t},NOT(${best}>0)),0.5*${m},0.5*${m}+0.5*${m}*${e}/${best}))`;
      return targetGuard(a, t, false, body, "0");
    }
    default:
      return "0";
  }
}

/** e(u) of a relative leaf: (A − T) / T or A − T when A and T are usable, else "" (MAX skips text). */
export function excess(leaf: CriterionLeaf, a: string, t: string): string {
  const body = leaf.base === "absolute" ? `${a}-${t}` : `(${a}-${t})/${t}`;
  return targetGuard(a, t, false, body, '""');
}

/** 1 when a target leaf was beaten (A > T with a usable T; A < T for inverse), else 0: the `exceeded` key. */
export function exceeded(leaf: CriterionLeaf, a: string, t: string): string {
  const inverse = leaf.method === "inverse";
  return targetGuard(a, t, inverse, inverse ? `IF(${a}<${t},1,0)` : `IF(${a}>${t},1,0)`, "0");
}

/** Sum of the scored leaves of a group: the rows below its header that are `base`. */
export function groupSum(scores: string, kinds: string): string {
  return `SUMIFS(${scores},${kinds},"base")`;
}

/** Σ of the leaves of one kind (bonus / penalty) for a unit. */
export function kindSum(scores: string, kinds: string, kind: "bonus" | "penalty"): string {
  return `SUMIFS(${scores},${kinds},${quote(kind)})`;
}

/** base, spec 2.3: the plain sum, or scale × Σ weight × score / max over groups with max > 0. */
export function baseFormula(groups: string[], weighted: { scale: string; weights: string[]; maxima: string[] } | null): string {
  if (groups.length === 0) return "0";
  if (!weighted) return `SUM(${groups.join(",")})`;
  const terms = groups.map((g, i) => `IF(${weighted.maxima[i]}>0,${weighted.weights[i]}*${g}/${weighted.maxima[i]},0)`);
  return `${weighted.scale}*(${terms.join("+")})`;
}

export function totalFormula(base: string, bonus: string, penalty: string): string {
  return `MAX(0,${base}+${bonus}-${penalty})`;
}

export function rounded(cell: string): string {
  return `ROUND(${cell},${ROUND_DIGITS})`;
}

/** rank = 1 + the units strictly better on (total, key1, key2, …), each key only among units equal on every earlier key.
 *  RANK.EQ counts the better totals; one COUNTIFS per key counts those equal so far and better on that key.
 *  `columns[i]` is the whole column range of key i (absolute), `mine[i]` this row's cell; column 0 is the rounded total. */
export function rankFormula(columns: string[], mine: string[]): string {
  const parts = [`RANK.EQ(${mine[0]},${columns[0]},0)`];
  for (let k = 1; k < columns.length; k++) {
    const equal: string[] = [];
    for (let j = 0; j < k; j++) equal.push(`${columns[j]},${mine[j]}`);
    parts.push(`COUNTIFS(${equal.join(",")},${columns[k]},">"&${mine[k]})`);
  }
  return parts.join("+");
}

export interface TierCells {
  /** Required checks for this row, each a boolean formula; empty means no requirement. */
  conditions: string[];
  /** Granted flags of the earlier tiers in this row. */
  earlier: string[];
}

/** 1 when the unit is a candidate for the tier: eligible, vote passed (if gated) and no earlier award. */
export function candidateFormula(c: TierCells): string {
  const all = [...c.conditions];
  if (c.earlier.length > 0) all.push(`(${c.earlier.join("+")})=0`);
  return all.length === 0 ? "1" : `IF(AND(${all.join(",")}),1,0)`;
}

/** 1 when the unit gets the tier: a candidate, and the candidates ranked at or above it fit in the places.
 *  A group of equal rank that would overfill the tier gets nothing, and neither does anyone below it (spec 4). */
export function grantedFormula(candidate: string, candidates: string, rank: string, ranks: string, count: string): string {
  return `IF(${candidate}=1,IF(COUNTIFS(${candidates},1,${ranks},"<="&${rank})<=INT(N(${count})),1,0),0)`;
}

/** The award id: the first tier granted, "" for none. */
export function awardFormula(granted: string[], ids: string[]): string {
  let formula = '""';
  for (let i = granted.length - 1; i >= 0; i--) formula = `IF(${granted[i]}=1,${quote(ids[i])},${formula})`;
  return formula;
}

/** total ≥ minScore − 1e-9 when the tier's minimum is set. */
export function minScoreCondition(total: string, minScore: string): string {
  return `IF(ISNUMBER(${minScore}),${total}>=${minScore}-${TOLERANCE},TRUE)`;
}

/** The unit holds this title: titles are written "A; B" and compared exactly (FIND is case-sensitive). */
export function titleCondition(titles: string, title: string): string {
  return `ISNUMBER(FIND(${quote(`;${title};`)},";"&SUBSTITUTE(${titles},"; ",";")&";"))`;
}

/** The share of yes votes reaches the tier's threshold (strict: exceeds it), with the engine's 1e-9 tolerance. */
export function voteCondition(yes: string, denominator: string, threshold: string, strict: boolean): string {
  const test = strict ? `N(${yes})/N(${denominator})>${threshold}+${TOLERANCE}` : `N(${yes})/N(${denominator})>=${threshold}-${TOLERANCE}`;
  return `IF(N(${denominator})>0,${test},FALSE)`;
}

/** Quorum: members > 0 and, when a quorum is set, present / members ≥ quorum − 1e-9. 1 or 0. */
export function quorumFormula(members: string, present: string, quorum: string): string {
  return `IF(N(${members})>0,IF(ISNUMBER(${quorum}),IF(N(${present})/N(${members})>=${quorum}-${TOLERANCE},1,0),1),0)`;
}
