// Bình xét in the engine: ballots per tier under every quorum and threshold rule, the units a tier passes over,
// exemplary categories, ballot counts that cannot be, and next year's leadership. Expected values are worked by hand
// in the comments (spec 4 and docs/engine.md §Bình xét).
import { evaluate } from "../../src/core";
import type { EvaluationResult } from "../../src/core/types";

/** Six units A–F scored directly on one 100-point criterion; totals as given. */
function block(totals: number[], extra: { rules?: object; votes?: object; block?: object; units?: object[] } = {}): unknown {
  const ids = ["A", "B", "C", "D", "E", "F"].slice(0, totals.length);
  return {
    format: "khoi-block/1",
    block: { name: "Cụm thi đua số 2", year: 2024, ...(extra.block ?? {}) },
    rules: { scale: 100, tieBreak: [], awards: [{ id: "flag", label: "Cờ thi đua", count: 1 }, { id: "merit", label: "Bằng khen", count: 2 }], ...(extra.rules ?? {}) },
    units: extra.units ?? ids.map((id) => ({ id, name: `Đơn vị ${id}` })),
    criteria: [{ code: "1", name: "Kết quả", type: "points", max: 100 }],
    targets: {},
    scores: { self: Object.fromEntries(ids.map((id, i) => [id, { "1": totals[i] }])) },
    ...(extra.votes ? { votes: extra.votes } : {}),
  };
}

const awardOf = (r: EvaluationResult): Record<string, string | null> => Object.fromEntries(r.units.map((u) => [u.id, u.award]));
const codes = (r: EvaluationResult): string[] => r.findings.map((f) => f.code);

describe("Bình xét: ballots per tier", () => {
  const gated = { awards: [{ id: "flag", label: "Cờ thi đua", count: 1, minVoteShare: 0.8 }, { id: "merit", label: "Bằng khen", count: 2 }] };

  it("share of those present, reaching the threshold: 4/5 = 80 % ≥ 80 % passes", () => {
    const r = evaluate(block([95, 90, 85, 80, 75, 70], { rules: { ...gated, vote: {} }, votes: { members: 6, present: 5, yes: { flag: { A: 4 } } } }));
    expect(awardOf(r).A).toBe("flag");
    const flag = r.ballots!.tiers[0];
    expect(flag.nominees[0]).toMatchObject({ unit: "A", yes: 4, share: 0.8, passes: true, award: "flag" });
    expect(r.ballots).toMatchObject({ members: 6, present: 5, quorumMet: true, denominator: "present", strict: false });
  });

  it("strict: 4/5 = 80 % does not exceed 80 %; the flag stays empty and A keeps the Bằng khen", () => {
    const r = evaluate(block([95, 90, 85, 80, 75, 70], { rules: { ...gated, vote: { strict: true } }, votes: { members: 6, present: 5, yes: { flag: { A: 4 } } } }));
    expect(awardOf(r)).toMatchObject({ A: "merit", B: "merit", C: null });
    expect(r.ballots!.tiers[0].nominees[0]).toMatchObject({ unit: "A", passes: false, award: "merit" });
    expect(r.ballots!.tiers[0].passedOver).toEqual([{ unit: "A", name: "Đơn vị A", rank: 1, reasons: ["vote"] }]);
    expect(codes(r)).toContain("VOTE_THRESHOLD_NOT_MET");
  });

  it("denominator members: 4/6 = 66,7 % < 80 %; 5/6 = 83,3 % passes", () => {
    const four = evaluate(block([95, 90, 85, 80], { rules: { ...gated, vote: { denominator: "members" } }, votes: { members: 6, present: 5, yes: { flag: { A: 4 } } } }));
    expect(awardOf(four).A).toBe("merit");
    expect(four.ballots!.tiers[0].nominees[0].share).toBeCloseTo(4 / 6, 12);
    const five = evaluate(block([95, 90, 85, 80], { rules: { ...gated, vote: { denominator: "members" } }, votes: { members: 6, present: 5, yes: { flag: { A: 5 } } } }));
    expect(awardOf(five).A).toBe("flag");
  });

  it("quorum: 4/6 = 0,6666… misses 0,6667; 3/6 reaches 0,5 exactly", () => {
    const rules = { ...gated, vote: { quorum: 0.6667 } };
    const short = evaluate(block([95, 90, 85], { rules, votes: { members: 6, present: 4, yes: { flag: { A: 4 } } } }));
    expect(short.ballots!.quorumMet).toBe(false);
    expect(codes(short)).toContain("VOTE_QUORUM_NOT_MET");
    expect(awardOf(short).A).toBe("merit");
    expect(short.ballots!.tiers[0].passedOver[0]).toMatchObject({ unit: "A", reasons: ["quorum"] });
    const met = evaluate(block([95, 90, 85], { rules: { ...gated, vote: { quorum: 0.5 } }, votes: { members: 6, present: 3, yes: { flag: { A: 3 } } } }));
    expect(met.ballots!.quorumMet).toBe(true); // 3/6 = 0,5 reaches 0,5 exactly
    expect(awardOf(met).A).toBe("flag");
  });

  it("names why the ranking passes over a unit: disqualified, below the minimum, missing title", () => {
    const r = evaluate(block([99, 97, 96, 88], {
      rules: { awards: [{ id: "flag", label: "Cờ thi đua", count: 1, minScore: 98 }, { id: "merit", label: "Bằng khen", count: 1, requires: ["HTXSNV"] }] },
      units: [
        { id: "A", name: "Đơn vị A", disqualified: "Có cá nhân vi phạm" },
        { id: "B", name: "Đơn vị B" },
        { id: "C", name: "Đơn vị C", titles: ["HTXSNV"] },
        { id: "D", name: "Đơn vị D", titles: ["HTXSNV"] },
      ],
    }));
    // Flag: A (99 ≥ 98) disqualified, B, C, D below 98 → nobody; merit: A disqualified, B lacks HTXSNV, C takes it.
    expect(awardOf(r)).toEqual({ A: null, B: null, C: "merit", D: null });
    expect(r.ballots!.tiers[0].passedOver.map((p) => [p.unit, p.reasons])).toEqual([["A", ["disqualified"]], ["B", ["minScore"]], ["C", ["minScore"]], ["D", ["minScore"]]]);
    expect(r.ballots!.tiers[1].passedOver.map((p) => [p.unit, p.reasons])).toEqual([["A", ["disqualified", "requires"]], ["B", ["requires"]]]);
    expect(r.ballots!.tiers[1].awarded).toEqual(["C"]);
  });

  it("a tie at the Bằng khen boundary: both tied units are passed over with «tie»; ballots named by the tie-break break it", () => {
    const totals = [95, 90, 88, 88, 80, 75];
    const tie = evaluate(block(totals));
    expect(awardOf(tie)).toMatchObject({ A: "flag", B: "merit", C: null, D: null });
    expect(codes(tie)).toContain("TIE_AT_AWARD_BOUNDARY");
    expect(tie.ballots!.tiers[1].passedOver.map((p) => [p.unit, p.reasons])).toEqual([["C", ["tie"]], ["D", ["tie"]]]);

    const broken = evaluate(block(totals, { rules: { tieBreak: ["vote:merit"] }, votes: { members: 6, present: 6, yes: { merit: { C: 2, D: 5 } } } }));
    // D has more yes votes for the Bằng khen: D ranks 3, C 4; D takes the last place.
    expect(awardOf(broken)).toMatchObject({ A: "flag", B: "merit", C: null, D: "merit" });
    expect(broken.units.find((u) => u.id === "D")!.rank).toBe(3);
    expect(codes(broken)).not.toContain("TIE_AT_AWARD_BOUNDARY");
  });
});

describe("Bình xét: exemplary collectives", () => {
  const votes = (exemplary: object[], more: object = {}) => ({ members: 9, present: 9, exemplary, ...more });

  it("places go by yes votes; nobody with 0 votes; the threshold applies when set", () => {
    const r = evaluate(block([90, 80], { votes: votes([
      { id: "best", label: "Tập thể xuất sắc tiêu biểu", places: 2, nominees: [{ name: "Đội 1", yes: 6 }, { name: "Đội 2", yes: 8 }, { name: "Đội 3", yes: 5 }] },
      { id: "b", label: "Tập thể loại B", places: 3, minVoteShare: 0.5, nominees: [{ name: "Tổ X", yes: 5 }, { name: "Tổ Y", yes: 4 }, { name: "Tổ Z", yes: 0 }] },
    ]) }));
    const [best, b] = r.ballots!.exemplary;
    expect(best.chosen).toEqual(["Đội 2", "Đội 1"]);
    // 5/9 = 55,6 % ≥ 50 %; 4/9 = 44,4 % < 50 %; 0 votes never.
    expect(b.chosen).toEqual(["Tổ X"]);
    expect(b.nominees.map((n) => n.passes)).toEqual([true, false, false]);
    expect(codes(r)).not.toContain("EXEMPLARY_TIE");
  });

  it("equal votes at the last place: none of the tied is chosen and the block must decide", () => {
    const r = evaluate(block([90, 80], { votes: votes([
      { id: "best", label: "Tập thể tiêu biểu", places: 2, nominees: [{ name: "Đội 1", yes: 8 }, { name: "Đội 2", yes: 6 }, { name: "Đội 3", yes: 6 }] },
    ]) }));
    expect(r.ballots!.exemplary[0]).toMatchObject({ chosen: ["Đội 1"], tied: ["Đội 2", "Đội 3"] });
    const tie = r.findings.find((f) => f.code === "EXEMPLARY_TIE")!;
    expect(tie.message).toContain("«Đội 2»");
    expect(tie.path).toBe("votes.exemplary[0]");
  });

  it("without a quorum nobody is chosen", () => {
    const r = evaluate(block([90, 80], { rules: { vote: { quorum: 0.75 } }, votes: votes([{ id: "best", places: 1, nominees: [{ name: "Đội 1", yes: 5 }] }], { present: 6 }) }));
    expect(r.ballots!.quorumMet).toBe(false); // 6/9 < 75 %
    expect(r.ballots!.exemplary[0].chosen).toEqual([]);
  });

  it("a nominee's unit that is no member is UNIT_UNKNOWN", () => {
    const r = evaluate(block([90, 80], { votes: votes([{ id: "best", places: 1, nominees: [{ name: "Đội 1", unit: "Z", yes: 5 }] }]) }));
    expect(r.findings.find((f) => f.code === "UNIT_UNKNOWN")?.path).toBe("votes.exemplary[0].nominees[0].unit");
  });
});

describe("Bình xét: counts and leadership", () => {
  it("counts that cannot be are errors with their path", () => {
    const r = evaluate(block([90, 80], { votes: { members: 5, present: 6, issued: 6, returned: 7, valid: 5, yes: { merit: { A: 6 } } } }));
    const found = r.findings.filter((f) => f.code === "BALLOT_COUNTS_INVALID").map((f) => f.path);
    expect(found).toEqual(["votes.present", "votes.returned", "votes.yes.merit.A"]);
    expect(r.ok).toBe(false);
    const fine = evaluate(block([90, 80], { votes: { members: 6, present: 6, issued: 6, returned: 6, valid: 5, yes: { merit: { A: 5 } } } }));
    expect(codes(fine)).not.toContain("BALLOT_COUNTS_INVALID");
  });

  it("next year's leader and deputy, the rotation's suggestion and the history", () => {
    const history = [{ year: 2023, leader: "Đơn vị C", deputy: "Đơn vị A" }];
    const r = evaluate(block([90, 80, 70], { block: { leader: "A", deputy: "B", nextLeader: "B", nextDeputy: "C", history } }));
    expect(r.leadership).toEqual({ leader: "A", deputy: "B", nextLeader: "B", nextDeputy: "C", suggestedLeader: "B", history });
    expect(r.ok).toBe(true);
  });

  it("the same unit as leader and deputy, or a disqualified one, is LEADER_INVALID", () => {
    const same = evaluate(block([90, 80], { block: { nextLeader: "A", nextDeputy: "A" } }));
    expect(same.findings.filter((f) => f.code === "LEADER_INVALID").map((f) => f.path)).toEqual(["block.nextDeputy"]);
    const out = evaluate(block([90, 80], { block: { nextLeader: "B" }, units: [{ id: "A", name: "Đơn vị A" }, { id: "B", name: "Đơn vị B", disqualified: "Vi phạm" }] }));
    expect(out.findings.find((f) => f.code === "LEADER_INVALID")?.message).toContain("Vi phạm");
    const unknown = evaluate(block([90, 80], { block: { nextLeader: "Q" } }));
    expect(unknown.findings.find((f) => f.code === "UNIT_UNKNOWN")?.path).toBe("block.nextLeader");
  });
});
