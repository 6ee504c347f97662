// Assigning award tiers to ranked units (spec 4): precedence, eligibility, ballots, boundary ties.
import type { AwardTier } from "./types";
import { quorumMet, voteOutcome, type VoteContext } from "./vote";

export interface AwardCandidate {
  rank: number;
  total: number;
  disqualified: boolean;
  titles: string[];
  /** tier id -> yes votes for this unit */
  yes: Record<string, number>;
}

export interface AwardAssignment {
  /** per candidate index: tier id or null */
  awards: (string | null)[];
  /** TIE_AT_AWARD_BOUNDARY: equal-rank candidates that would overfill a tier */
  boundaryTies: { tier: string; indices: number[] }[];
  /** VOTE_THRESHOLD_NOT_MET: for each place of a vote-gated tier left empty, the unit the ballot kept from it */
  thresholdMisses: { tier: string; index: number }[];
  /** VOTE_QUORUM_NOT_MET (only when some tier has minVoteShare) */
  quorumNotMet: boolean;
}

const SCORE_TOLERANCE = 1e-9;

const hasVoteGate = (tier: AwardTier): boolean => typeof tier?.minVoteShare === "number";

/** Eligibility apart from the ballot: not disqualified, total reaches minScore, holds every required title. */
function eligibleBeforeVote(c: AwardCandidate, tier: AwardTier): boolean {
  if (c.disqualified) return false;
  if (typeof tier.minScore === "number" && !(c.total >= tier.minScore - SCORE_TOLERANCE)) return false;
  const titles = Array.isArray(c.titles) ? c.titles : [];
  return (tier.requires ?? []).every((title) => titles.includes(title));
}

/** spec 4 exactly: tiers in precedence order, walk in rank order, equal-rank candidate groups taken together. */
export function assignAwards(candidates: AwardCandidate[], tiers: AwardTier[], votes: VoteContext | null): AwardAssignment {
  const list = Array.isArray(candidates) ? candidates : [];
  const tierList = Array.isArray(tiers) ? tiers.filter((t) => t && typeof t.id === "string") : [];
  const awards: (string | null)[] = list.map(() => null);
  const boundaryTies: AwardAssignment["boundaryTies"] = [];
  const thresholdMisses: AwardAssignment["thresholdMisses"] = [];
  const quorumNotMet = tierList.some(hasVoteGate) && !quorumMet(votes);

  // Rank order, equal ranks in candidate order, cut into groups of equal rank once for all tiers.
  const order = list.map((_, i) => i).sort((a, b) => (list[a].rank - list[b].rank) || a - b);
  const rankGroups: number[][] = [];
  for (const i of order) {
    const last = rankGroups[rankGroups.length - 1];
    if (last && list[last[0]].rank === list[i].rank) last.push(i);
    else rankGroups.push([i]);
  }

  for (const tier of tierList) {
    const gated = hasVoteGate(tier);
    if (gated && quorumNotMet) continue; // no place of a vote-gated tier without a quorum
    let placesLeft = typeof tier.count === "number" && tier.count > 0 ? Math.floor(tier.count) : 0;
    // Units that would have taken a place but for the ballot, in walk order.
    const voteMisses: number[] = [];
    for (const group of rankGroups) {
      if (placesLeft <= 0) break;
      const takers: number[] = [];
      for (const i of group) {
        if (awards[i] !== null || !eligibleBeforeVote(list[i], tier)) continue;
        if (gated && votes) {
          const yes = list[i].yes?.[tier.id] ?? 0;
          if (!voteOutcome(yes, tier.minVoteShare as number, votes).passes) {
            voteMisses.push(i);
            continue;
          }
        }
        takers.push(i);
      }
      if (takers.length === 0) continue;
      if (takers.length > placesLeft) {
        // Never choose among equals: the remaining places of this tier stay empty.
        boundaryTies.push({ tier: tier.id, indices: takers });
        break;
      }
      for (const i of takers) awards[i] = tier.id;
      placesLeft -= takers.length;
    }
    // Each place left empty is reported for the first unit the ballot kept from it (spec 4).
    for (const i of voteMisses.slice(0, Math.max(0, placesLeft))) thresholdMisses.push({ tier: tier.id, index: i });
  }
  return { awards, boundaryTies, thresholdMisses, quorumNotMet };
}
