// Base and total from group scores (spec 2.3).
import { combineTotal } from "../../src/core";

describe("combineTotal", () => {
  it("unweighted: base is the sum of group scores; bonus added, penalty subtracted", () => {
    expect(combineTotal([50, 30], [60, 40], null, 100, 5, 2)).toEqual({ base: 80, total: 83 });
  });

  it("weighted: scale × Σ weight × score / max", () => {
    // 1000 × (0.6 × 45/60 + 0.4 × 20/40) = 1000 × (0.45 + 0.2) = 650
    const r = combineTotal([45, 20], [60, 40], [0.6, 0.4], 1000, 0, 0);
    expect(r.base).toBeCloseTo(650, 9);
    expect(r.total).toBeCloseTo(650, 9);
  });

  it("never goes below 0", () => {
    expect(combineTotal([3], [10], null, 100, 0, 8)).toEqual({ base: 3, total: 0 });
  });

  it("ignores non-numbers instead of producing NaN", () => {
    expect(combineTotal([Number.NaN, 4], [10, 0], [0.5, 0.5], 100, Number.NaN, 0)).toEqual({ base: 0, total: 0 });
  });
});
