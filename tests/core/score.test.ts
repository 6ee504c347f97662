// Leaf scores by type and target method (spec 2.2), hand-computed.
import { scoreSimpleLeaf, scoreTargetColumn } from "../../src/core";

describe("scoreSimpleLeaf", () => {
  it("points: the value, clamped with SCORE_OUT_OF_RANGE, text is SCORE_INVALID", () => {
    const leaf = { type: "points" as const, max: 10 };
    expect(scoreSimpleLeaf(leaf, 7.5)).toEqual({ score: 7.5, problem: null });
    expect(scoreSimpleLeaf(leaf, 12)).toEqual({ score: 10, problem: "SCORE_OUT_OF_RANGE" });
    expect(scoreSimpleLeaf(leaf, -1)).toEqual({ score: 0, problem: "SCORE_OUT_OF_RANGE" });
    expect(scoreSimpleLeaf(leaf, "98,5")).toEqual({ score: 0, problem: "SCORE_INVALID" });
    expect(scoreSimpleLeaf(leaf, undefined)).toEqual({ score: 0, problem: "SCORE_MISSING" });
    expect(scoreSimpleLeaf(leaf, null)).toEqual({ score: 0, problem: "SCORE_MISSING" });
  });

  it("yesno: true/1 give max, false/0 give 0, anything else is invalid", () => {
    const leaf = { type: "yesno" as const, max: 5 };
    expect(scoreSimpleLeaf(leaf, true).score).toBe(5);
    expect(scoreSimpleLeaf(leaf, 1).score).toBe(5);
    expect(scoreSimpleLeaf(leaf, false)).toEqual({ score: 0, problem: null });
    expect(scoreSimpleLeaf(leaf, 0)).toEqual({ score: 0, problem: null });
    expect(scoreSimpleLeaf(leaf, "có")).toEqual({ score: 0, problem: "SCORE_INVALID" });
    expect(scoreSimpleLeaf(leaf, 2)).toEqual({ score: 0, problem: "SCORE_INVALID" });
  });

  it("count: whole numbers times per, capped at max", () => {
    const leaf = { type: "count" as const, max: 5, per: 2.5 };
    expect(scoreSimpleLeaf(leaf, 1).score).toBe(2.5);
    expect(scoreSimpleLeaf(leaf, 3)).toEqual({ score: 5, problem: null });
    expect(scoreSimpleLeaf({ type: "count", max: 5 }, 3).score).toBe(3);
    expect(scoreSimpleLeaf(leaf, 1.5).problem).toBe("SCORE_INVALID");
    expect(scoreSimpleLeaf(leaf, -1).problem).toBe("SCORE_INVALID");
  });

  it("bonus and penalty: absent means 0 without a finding, range checked like points", () => {
    expect(scoreSimpleLeaf({ type: "bonus", max: 10 }, undefined)).toEqual({ score: 0, problem: null });
    expect(scoreSimpleLeaf({ type: "penalty", max: 20 }, null)).toEqual({ score: 0, problem: null });
    expect(scoreSimpleLeaf({ type: "bonus", max: 10 }, 15)).toEqual({ score: 10, problem: "SCORE_OUT_OF_RANGE" });
    expect(scoreSimpleLeaf({ type: "penalty", max: 20 }, 4)).toEqual({ score: 4, problem: null });
  });
});

describe("scoreTargetColumn", () => {
  it("linear: max × min(A/T, cap)", () => {
    const out = scoreTargetColumn({ max: 20, method: "linear", cap: 1.2 }, [50, 130, 100], [100, 100, 100]);
    expect(out.map((o) => o.score)).toEqual([10, 24, 20]);
    expect(out.map((o) => o.exceeded)).toEqual([false, true, false]);
    // cap defaults to 1
    expect(scoreTargetColumn({ max: 20, method: "linear" }, [130], [100])[0].score).toBe(20);
  });

  it("bands: the highest band reached, whatever order they are written in", () => {
    const bands: [number, number][] = [[0.8, 0.5], [1.0, 1.0], [0.9, 0.8]];
    const out = scoreTargetColumn({ max: 10, method: "bands", bands }, [105, 95, 85, 70], [100, 100, 100, 100]);
    expect(out.map((o) => o.score)).toEqual([10, 8, 5, 0]);
  });

  it("inverse: A ≤ T gives max, else max × T/A; T = 0 allowed", () => {
    const out = scoreTargetColumn({ max: 10, method: "inverse" }, [0, 1, 4, 2], [0, 0, 2, 3]);
    expect(out.map((o) => o.score)).toEqual([10, 0, 5, 10]);
    expect(out.map((o) => o.exceeded)).toEqual([false, false, false, true]);
    expect(scoreTargetColumn({ max: 10, method: "inverse" }, [1], [-1])[0].problem).toBe("TARGET_MISSING");
  });

  it("relative (percent): below target half-linear, on target half, best excess gets max", () => {
    // e = 0.2, 0.1, 0, -0.5 → e* = 0.2
    const out = scoreTargetColumn({ max: 20, method: "relative" }, [120, 110, 100, 50], [100, 100, 100, 100]);
    expect(out.map((o) => o.score)).toEqual([20, 15, 10, 5]);
  });

  it("relative (absolute): the excess is A − T", () => {
    // e = 10, 40 (units with T 100 and 200) → e* = 40: 5 + 5 × 10/40 = 6.25, 10
    const out = scoreTargetColumn({ max: 10, method: "relative", base: "absolute" }, [110, 240], [100, 200]);
    expect(out.map((o) => o.score)).toEqual([6.25, 10]);
  });

  it("relative: when nobody exceeds, nobody gets more than half", () => {
    const out = scoreTargetColumn({ max: 20, method: "relative" }, [100, 80], [100, 100]);
    expect(out.map((o) => o.score)).toEqual([10, 8]);
  });

  it("relative: e* only counts units with a valid target and actual", () => {
    // unit 2 has no target: it cannot set e*, so unit 0 (e = 0.5) gets max
    const out = scoreTargetColumn({ max: 10, method: "relative" }, [150, 125, 900], [100, 100, null]);
    expect(out.map((o) => o.score)).toEqual([10, 7.5, 0]);
    expect(out[2].problem).toBe("TARGET_MISSING");
  });

  it("reports missing and invalid actuals and missing targets with score 0", () => {
    const out = scoreTargetColumn({ max: 10, method: "linear" }, [null, -3, "abc", 5, 5], [10, 10, 10, null, 0]);
    expect(out.map((o) => o.problem)).toEqual(["SCORE_MISSING", "SCORE_INVALID", "SCORE_INVALID", "TARGET_MISSING", "TARGET_MISSING"]);
    expect(out.every((o) => o.score === 0)).toBe(true);
  });
});
