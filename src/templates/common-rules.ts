// Award and ballot defaults shared by the built-in templates (all editable; domain.md §2 and §3).
import type { AwardTier, VoteRules } from "../core/types";

export function defaultAwards(flagMinScore: number, meritMinScore: number, meritCount: number): AwardTier[] {
  return [
    { id: "flag", label: "Cờ thi đua của UBND tỉnh", count: 1, minScore: flagMinScore },
    { id: "merit", label: "Bằng khen của Chủ tịch UBND tỉnh", count: meritCount, minScore: meritMinScore },
  ];
}

/** Quorum of two thirds of members, share of those present, not strict: the most common rule read. */
export const DEFAULT_VOTE: VoteRules = { quorum: 0.6667, denominator: "present", strict: false };
