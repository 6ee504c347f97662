// Ballot arithmetic (spec 4): the share of yes votes for a nominee, the threshold and the quorum.

export interface VoteContext {
  members: number | null;
  present: number | null;
  quorum?: number;
  denominator?: "present" | "members";
  strict?: boolean;
}

/** Shares are ratios of small integers compared with decimal thresholds (0.8, 2/3 typed as 0.6667):
 *  a tiny tolerance keeps 4/5 ≥ 0.8 true whatever the floating-point rounding. */
const SHARE_TOLERANCE = 1e-9;

const positive = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v > 0;

/** Whether the quorum is met: members > 0 and, when a quorum is set, present / members reaches it. */
export function quorumMet(ctx: VoteContext | null): boolean {
  if (!ctx || !positive(ctx.members)) return false;
  if (ctx.quorum === undefined || ctx.quorum === null) return true;
  const present = typeof ctx.present === "number" && Number.isFinite(ctx.present) ? ctx.present : 0;
  return present / ctx.members >= ctx.quorum - SHARE_TOLERANCE;
}

/** Share of yes votes and whether it reaches threshold (strict: must exceed), and whether quorum is met. */
export function voteOutcome(yes: number, threshold: number, ctx: VoteContext): { share: number | null; passes: boolean; quorumMet: boolean } {
  const denominator = ctx?.denominator === "members" ? ctx?.members : ctx?.present;
  const yesCount = typeof yes === "number" && Number.isFinite(yes) && yes > 0 ? yes : 0;
  const share = positive(denominator) ? yesCount / denominator : null;
  const t = typeof threshold === "number" && Number.isFinite(threshold) ? threshold : Infinity;
  const passes = share !== null && (ctx?.strict ? share > t + SHARE_TOLERANCE : share >= t - SHARE_TOLERANCE);
  return { share, passes, quorumMet: quorumMet(ctx) };
}
