// Award tiers in precedence order, eligibility, ballots and boundary ties (spec 4).
import { assignAwards, type AwardCandidate, type AwardTier } from "../../src/core";

const c = (rank: number, total: number, extra: Partial<AwardCandidate> = {}): AwardCandidate => ({
  rank, total, disqualified: false, titles: [], yes: {}, ...extra,
});

describe("assignAwards", () => {
  const flagMerit: AwardTier[] = [{ id: "flag", count: 1 }, { id: "merit", count: 2 }];

  it("gives tiers in precedence order, walking in rank order", () => {
    const r = assignAwards([c(3, 80), c(1, 95), c(2, 90), c(4, 70)], flagMerit, null);
    expect(r.awards).toEqual(["merit", "flag", "merit", null]);
    expect(r.boundaryTies).toEqual([]);
    expect(r.quorumNotMet).toBe(false);
  });

  it("skips disqualified units, units below minScore and units lacking a title", () => {
    const tiers: AwardTier[] = [{ id: "flag", count: 1, minScore: 90, requires: ["TTLĐXS"] }, { id: "merit", count: 1 }];
    const r = assignAwards(
      [c(1, 99, { disqualified: true, titles: ["TTLĐXS"] }), c(2, 95), c(3, 92, { titles: ["TTLĐXS"] })],
      tiers, null);
    expect(r.awards).toEqual([null, "merit", "flag"]);
  });

  it("equal ranks that overfill a tier get none of it, then compete again for the next tier", () => {
    const r = assignAwards([c(1, 95), c(1, 95), c(3, 90)], [{ id: "flag", count: 1 }, { id: "merit", count: 2 }], null);
    expect(r.awards).toEqual(["merit", "merit", null]);
    expect(r.boundaryTies).toEqual([{ tier: "flag", indices: [0, 1] }]);
  });

  it("a boundary tie leaves the remaining places empty", () => {
    const r = assignAwards([c(1, 99), c(2, 95), c(2, 95), c(4, 90)], [{ id: "merit", count: 2 }], null);
    expect(r.awards).toEqual(["merit", null, null, null]);
    expect(r.boundaryTies).toEqual([{ tier: "merit", indices: [1, 2] }]);
  });

  it("equal ranks that fit are taken together", () => {
    const r = assignAwards([c(1, 95), c(1, 95), c(3, 90)], [{ id: "merit", count: 2 }], null);
    expect(r.awards).toEqual(["merit", "merit", null]);
  });

  it("vote-gated tier: a unit below the threshold is skipped and the next eligible unit takes the place", () => {
    const tiers: AwardTier[] = [{ id: "flag", count: 1, minVoteShare: 0.8 }, { id: "merit", count: 1 }];
    const r = assignAwards(
      [c(1, 95, { yes: { flag: 3 } }), c(2, 92, { yes: { flag: 5 } })],
      tiers, { members: 5, present: 5 });
    expect(r.awards).toEqual(["merit", "flag"]);
    // The place was filled, so no ballot kept it empty.
    expect(r.thresholdMisses).toEqual([]);
  });

  it("vote-gated tier: a place the ballot keeps empty is reported for the unit that would have had it", () => {
    const tiers: AwardTier[] = [{ id: "flag", count: 2, minVoteShare: 0.8 }];
    // ranks 1 and 2 fail the vote, rank 3 passes: one place filled, one empty, reported for rank 1 only
    const r = assignAwards(
      [c(1, 95, { yes: { flag: 3 } }), c(2, 92, { yes: { flag: 2 } }), c(3, 90, { yes: { flag: 4 } })],
      tiers, { members: 5, present: 5 });
    expect(r.awards).toEqual([null, null, "flag"]);
    expect(r.thresholdMisses).toEqual([{ tier: "flag", index: 0 }]);
  });

  it("without a quorum no vote-gated place is given, other tiers still are", () => {
    const tiers: AwardTier[] = [{ id: "flag", count: 1, minVoteShare: 0.5 }, { id: "merit", count: 1 }];
    const r = assignAwards([c(1, 95, { yes: { flag: 3 } }), c(2, 92)], tiers, { members: 6, present: 3, quorum: 0.6667 });
    expect(r.quorumNotMet).toBe(true);
    expect(r.awards).toEqual(["merit", null]);
    expect(r.thresholdMisses).toEqual([]);
    expect(assignAwards([c(1, 95)], tiers, null).quorumNotMet).toBe(true);
  });

  it("ballots never block a tier without minVoteShare", () => {
    const r = assignAwards([c(1, 95)], [{ id: "merit", count: 1 }], { members: 6, present: 1, quorum: 0.6667 });
    expect(r).toEqual({ awards: ["merit"], boundaryTies: [], thresholdMisses: [], quorumNotMet: false });
  });
});
