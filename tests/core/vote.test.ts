// Ballot share, threshold (strict or not) and quorum (spec 4).
import { voteOutcome } from "../../src/core";

describe("voteOutcome", () => {
  it("share of present members by default; reaching the threshold passes", () => {
    expect(voteOutcome(4, 0.8, { members: 6, present: 5 })).toEqual({ share: 0.8, passes: true, quorumMet: true });
  });

  it("strict: the share must exceed the threshold", () => {
    expect(voteOutcome(4, 0.8, { members: 5, present: 5, strict: true }).passes).toBe(false);
    expect(voteOutcome(5, 0.8, { members: 5, present: 5, strict: true }).passes).toBe(true);
  });

  it("denominator members", () => {
    const r = voteOutcome(4, 0.7, { members: 6, present: 5, denominator: "members" });
    expect(r.share).toBeCloseTo(4 / 6, 12);
    expect(r.passes).toBe(false);
  });

  it("quorum: present / members must reach it", () => {
    expect(voteOutcome(3, 0.5, { members: 6, present: 3, quorum: 0.6667 }).quorumMet).toBe(false);
    expect(voteOutcome(5, 0.5, { members: 6, present: 5, quorum: 0.6667 }).quorumMet).toBe(true);
  });

  it("no members or no present count: no share, no quorum", () => {
    expect(voteOutcome(3, 0.5, { members: null, present: null })).toEqual({ share: null, passes: false, quorumMet: false });
    expect(voteOutcome(3, 0.5, { members: 0, present: 0 }).quorumMet).toBe(false);
  });
});
