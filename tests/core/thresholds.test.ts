// Scores at the exact thresholds of spec 2.2 for 1,000 decimal targets, in the engine and in KHOI.POINTS: a unit
// that reached exactly 80 % of its target is in the 80 % band, even though 60.8 / 76 is 0.7999999999999999 in
// floating point. Expected values are computed by hand in integer hundredths (tests/helpers/boundary-block.ts).
import { evaluate } from "../../src/core/evaluate";
import { scoreTargetColumn } from "../../src/core/score";
import { points } from "../../src/functions/functions";
import { BOUNDARY_BANDS, bandFractionByHand, exactShare } from "../helpers/boundary-block";
import { rng } from "../helpers/generate-block";
import { col, flat } from "../functions/helpers";

const FRACTIONS = [80, 90, 95, 100, 65, 64, 79, 89, 94, 99];

/** 1,000 (target, achieved, fraction) triples on and just below every band threshold. */
function cases(): { t: number; a: number; hundredths: number }[] {
  const r = rng(2024);
  return Array.from({ length: 1000 }, (_, i) => {
    const hundredths = FRACTIONS[i % FRACTIONS.length];
    const targetHundredths = 100 + Math.floor(r() * 9_999_900);
    return { ...exactShare(targetHundredths, hundredths), hundredths };
  });
}

describe("band thresholds are reached exactly (spec 2.2, tolerance 1e-9)", () => {
  test("the issue's case: 60.8 of a target of 76 is 80 %: half of the maximum", () => {
    const doc = {
      format: "khoi-block/1",
      block: { name: "Khối thử", year: 2024 },
      units: [{ id: "a", name: "Đơn vị A" }],
      criteria: [{ code: "I", name: "Nhóm I", children: [{ code: "I.1", name: "Doanh thu", type: "target", max: 10, method: "bands", bands: [[1, 1], [0.8, 0.5]] }] }],
      targets: { a: { "I.1": 76 } },
      scores: { self: { a: { "I.1": 60.8 } } },
    };
    expect(60.8 / 76).toBeLessThan(0.8); // the floating-point trap itself
    expect(evaluate(doc).units[0].total).toBe(5);
    expect(flat(points(col(60.8), col(76), 10, "bands", [[1, 1], [0.8, 0.5]]))).toEqual([5]);
  });

  const all = cases();
  test("at least 3 in 10 of the generated cases fall into the floating-point trap (the test bites)", () => {
    const trapped = all.filter((c) => {
      const threshold = c.hundredths / 100;
      return BOUNDARY_BANDS.some(([t]) => t === threshold) && c.a / c.t < threshold;
    });
    expect(trapped.length).toBeGreaterThan(100);
  });

  test("engine: 1,000 targets on and below each band threshold score the hand-computed band", () => {
    const outcomes = scoreTargetColumn({ max: 20, method: "bands", bands: BOUNDARY_BANDS }, all.map((c) => c.a), all.map((c) => c.t));
    const wrong = all
      .map((c, i) => ({ ...c, got: outcomes[i].score, want: 20 * bandFractionByHand(c.hundredths) }))
      .filter((c) => Math.abs(c.got - c.want) > 1e-9);
    expect(wrong).toEqual([]);
  });

  test("KHOI.POINTS: the same 1,000 targets give the same bands", () => {
    const got = flat(points(col(...all.map((c) => c.a)), col(...all.map((c) => c.t)), 20, "bands", BOUNDARY_BANDS));
    const wrong = all.map((c, i) => ({ ...c, got: got[i], want: 20 * bandFractionByHand(c.hundredths) })).filter((c) => Math.abs((c.got as number) - c.want) > 1e-9);
    expect(wrong).toEqual([]);
  });

  test("linear: achieving exactly cap × T gives max × cap; exactly T gives max", () => {
    const r = rng(7);
    for (const cap of [1, 1.2, 1.5]) {
      const rows = Array.from({ length: 300 }, () => exactShare(100 + Math.floor(r() * 9_999_900), Math.round(cap * 100)));
      const engine = scoreTargetColumn({ max: 15, method: "linear", cap }, rows.map((c) => c.a), rows.map((c) => c.t));
      const fn = flat(points(col(...rows.map((c) => c.a)), col(...rows.map((c) => c.t)), 15, "linear", [[cap]]));
      rows.forEach((_, i) => {
        expect(Math.abs(engine[i].score - 15 * cap)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs((fn[i] as number) - 15 * cap)).toBeLessThanOrEqual(1e-9);
      });
    }
  });

  test("inverse and relative: A = T gives max and half the max; a unit at its target has not exceeded it", () => {
    const ts = [0.1, 0.3, 76, 1234.56, 0];
    const inverse = scoreTargetColumn({ max: 10, method: "inverse" }, ts, ts);
    expect(inverse.map((o) => o.score)).toEqual([10, 10, 10, 10, 10]);
    expect(inverse.map((o) => o.exceeded)).toEqual([false, false, false, false, false]);
    const positive = ts.slice(0, 4);
    const relative = scoreTargetColumn({ max: 15, method: "relative" }, positive, positive);
    expect(relative.map((o) => o.score)).toEqual([7.5, 7.5, 7.5, 7.5]);
    expect(relative.map((o) => o.exceeded)).toEqual([false, false, false, false]);
  });
});
