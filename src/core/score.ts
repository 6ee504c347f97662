// Leaf scores (spec 2.2): one simple leaf value at a time, or a whole `target` column for a block at once.
import type { LeafType, RelativeBase, TargetMethod } from "./types";
import { DEFAULT_TOLERANCE } from "./rank";

export type LeafProblem = "SCORE_MISSING" | "SCORE_INVALID" | "SCORE_OUT_OF_RANGE" | "TARGET_MISSING";

export interface LeafOutcome {
  score: number;
  problem: LeafProblem | null;
  /** For `target` leaves: the unit beat its target (A > T with a valid T; A < T for `inverse`). Feeds `exceeded`. */
  exceeded?: boolean;
}

export interface TargetSpec {
  max: number;
  method: TargetMethod;
  cap?: number;
  base?: RelativeBase;
  bands?: [number, number][];
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isAbsent = (v: unknown): boolean => v === undefined || v === null;

/** The fraction of max given by the first band, in descending threshold order, that r reaches; 0 if none.
 *  "Reaches" is r ≥ t − 1e-9 (spec 2.2): 60.8 / 76 is 0.7999999999999999 in floating point, yet it is 80 %. */
function bandFraction(bands: readonly [number, number][] | undefined, r: number): number {
  if (!Array.isArray(bands)) return 0;
  let bestThreshold = -Infinity;
  let fraction = 0;
  for (const band of bands as unknown[]) {
    if (!Array.isArray(band)) continue;
    const [threshold, value] = band as unknown[];
    if (!isNumber(threshold) || !isNumber(value)) continue;
    if (r >= threshold - DEFAULT_TOLERANCE && threshold > bestThreshold) {
      bestThreshold = threshold;
      fraction = value;
    }
  }
  return fraction;
}

/** Whether a target is usable by this method: inverse accepts T = 0, the others need T > 0. */
export function targetValid(method: TargetMethod, t: unknown): t is number {
  if (!isNumber(t)) return false;
  return method === "inverse" ? t >= 0 : t > 0;
}

/** Scores one `target` criterion for every unit of a block at once (spec 2.2), O(n): `relative` finds e* once.
 *  actual/target null = absent. Non-number actual or actual < 0 -> SCORE_INVALID, score 0; absent actual -> SCORE_MISSING.
 *  When both the actual and the target are wrong, the actual's problem is the one reported here. */
export function scoreTargetColumn(spec: TargetSpec, actuals: readonly unknown[], targets: readonly unknown[]): LeafOutcome[] {
  const max = isNumber(spec?.max) && spec.max > 0 ? spec.max : 0;
  const method = spec?.method;
  const n = Array.isArray(actuals) ? actuals.length : 0;
  const tAt = (i: number): unknown => (Array.isArray(targets) ? targets[i] : undefined);
  const outcomes: LeafOutcome[] = new Array(n);
  const excess = (a: number, t: number): number => (spec.base === "absolute" ? a - t : (a - t) / t);

  // e* = the largest excess among units that have both a valid actual and a valid target.
  let bestExcess = -Infinity;
  if (method === "relative") {
    for (let i = 0; i < n; i++) {
      const a = actuals[i];
      const t = tAt(i);
      if (isNumber(a) && a >= 0 && targetValid(method, t)) bestExcess = Math.max(bestExcess, excess(a, t));
    }
  }

  for (let i = 0; i < n; i++) {
    const a = actuals[i];
    const t = tAt(i);
    if (isAbsent(a)) { outcomes[i] = { score: 0, problem: "SCORE_MISSING", exceeded: false }; continue; }
    if (!isNumber(a) || a < 0) { outcomes[i] = { score: 0, problem: "SCORE_INVALID", exceeded: false }; continue; }
    if (!targetValid(method, t)) { outcomes[i] = { score: 0, problem: "TARGET_MISSING", exceeded: false }; continue; }
    let score = 0;
    switch (method) {
      case "linear": {
        const cap = isNumber(spec.cap) && spec.cap > 0 ? spec.cap : 1;
        score = max * Math.min(a / t, cap);
        break;
      }
      case "bands":
        score = max * bandFraction(spec.bands, a / t);
        break;
      case "inverse":
        // Lower is better; with T = 0 any occurrence gives 0 (max × 0 / A).
        score = a <= t ? max : (max * t) / a;
        break;
      case "relative":
        if (a < t) score = (0.5 * max * a) / t;
        else if (a === t || !(bestExcess > 0)) score = 0.5 * max;
        // The best unit gets exactly max, even when its excess overflowed to Infinity.
        else {
          const e = excess(a, t);
          score = 0.5 * max + 0.5 * max * (e === bestExcess ? 1 : e / bestExcess);
        }
        break;
      default:
        score = 0;
    }
    const exceeded = method === "inverse" ? a < t : a > t;
    outcomes[i] = { score: Number.isFinite(score) ? score : 0, problem: null, exceeded };
  }
  return outcomes;
}

/** Clamps a free value to [0, max], reporting SCORE_OUT_OF_RANGE when it had to. */
function ranged(v: number, max: number): LeafOutcome {
  if (v < 0) return { score: 0, problem: "SCORE_OUT_OF_RANGE" };
  if (v > max) return { score: max, problem: "SCORE_OUT_OF_RANGE" };
  return { score: v, problem: null };
}

/** Scores one non-target leaf value (points, yesno, count, bonus, penalty) per spec 2.2. value undefined/null = absent. */
export function scoreSimpleLeaf(leaf: { type: Exclude<LeafType, "target">; max: number; per?: number }, value: unknown): LeafOutcome {
  const type = leaf?.type;
  const max = isNumber(leaf?.max) && leaf.max > 0 ? leaf.max : 0;
  if (isAbsent(value)) {
    // Bonus and penalty are optional: absence means none.
    return type === "bonus" || type === "penalty" ? { score: 0, problem: null } : { score: 0, problem: "SCORE_MISSING" };
  }
  switch (type) {
    case "points":
    case "bonus":
    case "penalty":
      return isNumber(value) ? ranged(value, max) : { score: 0, problem: "SCORE_INVALID" };
    case "yesno":
      if (value === true || value === 1) return { score: max, problem: null };
      if (value === false || value === 0) return { score: 0, problem: null };
      return { score: 0, problem: "SCORE_INVALID" };
    case "count": {
      if (!isNumber(value) || value < 0 || !Number.isInteger(value)) return { score: 0, problem: "SCORE_INVALID" };
      const per = isNumber(leaf.per) && leaf.per > 0 ? leaf.per : 1;
      return { score: Math.min(value * per, max), problem: null };
    }
    default:
      return { score: 0, problem: "SCORE_INVALID" };
  }
}
