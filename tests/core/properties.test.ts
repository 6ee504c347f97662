// Invariants over random input: ranks are competition ranks, a better score never hurts, garbage never throws.
import fc from "fast-check";
import { compareKeys, competitionRanks, evaluate } from "../../src/core";

describe("competitionRanks properties", () => {
  const keyRows = fc.integer({ min: 1, max: 3 }).chain((width) =>
    fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: width, maxLength: width }), { maxLength: 15 }));

  it("rank = 1 + the number of rows strictly better", () => {
    fc.assert(fc.property(keyRows, (rows) => {
      const { ranks } = competitionRanks(rows);
      rows.forEach((row, i) => {
        const better = rows.filter((other) => compareKeys(other, row) < 0).length;
        expect(ranks[i]).toBe(1 + better);
      });
    }));
  });

  it("two rows share a rank exactly when their keys are equal, and ties list those rows", () => {
    fc.assert(fc.property(keyRows, (rows) => {
      const { ranks, ties } = competitionRanks(rows);
      for (let i = 0; i < rows.length; i++) {
        for (let j = i + 1; j < rows.length; j++) {
          const equal = rows[i].every((v, k) => v === rows[j][k]);
          expect(ranks[i] === ranks[j]).toBe(equal);
          const together = ties.some((t) => t.includes(i) && t.includes(j));
          expect(together).toBe(equal);
        }
      }
      for (const tie of ties) expect([...tie].sort((a, b) => a - b)).toEqual(tie);
    }));
  });
});

/** A random, well-formed block: 2–8 units, a points group and a linear-target group, bonus and penalty. */
const blockArb = fc.record({
  n: fc.integer({ min: 2, max: 8 }),
  seed: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 8 * 6, maxLength: 8 * 6 }),
  weighted: fc.boolean(),
  tieBreak: fc.subarray(["group:II", "exceeded", "penalty", "bonus"]),
}).map(({ n, seed, weighted, tieBreak }) => {
  const ids = Array.from({ length: n }, (_, i) => `u${i}`);
  const self: Record<string, Record<string, number>> = {};
  const targets: Record<string, Record<string, number>> = {};
  ids.forEach((id, i) => {
    const v = seed.slice(i * 6, i * 6 + 6);
    self[id] = { "I.1": v[0], "I.2": v[1] / 2, "II.1": v[2] * 3, "II.2": v[3] * 2, T: v[4] % 6, TR: v[5] % 4 };
    targets[id] = { "II.1": 60, "II.2": 40 };
  });
  return {
    format: "khoi-block/1",
    block: { name: "Khối ngẫu nhiên", year: 2024 },
    rules: { scale: 100, tieBreak },
    units: ids.map((id) => ({ id, name: `Đơn vị ${id}` })),
    criteria: [
      { code: "I", name: "Chấm điểm", ...(weighted ? { weight: 0.3 } : {}), children: [
        { code: "I.1", name: "Báo cáo", type: "points", max: 30 },
        { code: "I.2", name: "Phong trào", type: "points", max: 20 },
      ] },
      { code: "II", name: "Chỉ tiêu", ...(weighted ? { weight: 0.7 } : {}), children: [
        { code: "II.1", name: "Doanh thu", type: "target", max: 30, method: "linear", cap: 1.2 },
        { code: "II.2", name: "Nộp ngân sách", type: "target", max: 20, method: "linear" },
      ] },
      { code: "T", name: "Điểm thưởng", type: "bonus", max: 5 },
      { code: "TR", name: "Điểm trừ", type: "penalty", max: 3 },
    ],
    targets,
    scores: { self },
  };
});

describe("evaluate properties", () => {
  it("ranks are 1 + the number of units with a strictly higher total when there is no tie-break", () => {
    fc.assert(fc.property(blockArb, (doc) => {
      const result = evaluate({ ...doc, rules: { scale: 100 } });
      for (const u of result.units) {
        const better = result.units.filter((o) => o.total > u.total + 1e-9).length;
        expect(u.rank).toBe(1 + better);
      }
      // rank order, ties in block order
      const ids = result.units.map((u) => Number(u.id.slice(1)));
      result.units.forEach((u, i) => {
        if (i > 0) expect(u.rank > result.units[i - 1].rank || (u.rank === result.units[i - 1].rank && ids[i] > ids[i - 1])).toBe(true);
      });
    }), { numRuns: 200 });
  });

  it("raising one unit's value in one points or linear-target leaf never lowers its total nor worsens its rank", () => {
    const leafArb = fc.constantFrom("I.1", "I.2", "II.1", "II.2");
    fc.assert(fc.property(blockArb, fc.nat(), leafArb, fc.integer({ min: 1, max: 50 }), (doc, pick, leaf, raise) => {
      const id = doc.units[pick % doc.units.length].id;
      const before = evaluate(doc).units.find((u) => u.id === id);
      const raised = structuredClone(doc);
      raised.scores.self[id][leaf] += raise;
      const after = evaluate(raised).units.find((u) => u.id === id);
      expect(after && before).toBeTruthy();
      if (!after || !before) return;
      expect(after.total).toBeGreaterThanOrEqual(before.total - 1e-9);
      expect(after.rank).toBeLessThanOrEqual(before.rank);
    }), { numRuns: 300 });
  });
});

/** Replaces the value at a random path of a valid document with a random value. */
function mutate(doc: unknown, steps: number[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let node: unknown = copy;
  for (let s = 0; s < steps.length; s++) {
    if (typeof node !== "object" || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[steps[s] % keys.length];
    const child = (node as Record<string, unknown>)[key];
    if (s === steps.length - 1 || typeof child !== "object" || child === null) {
      (node as Record<string, unknown>)[key] = value;
      break;
    }
    node = child;
  }
  return copy;
}

describe("garbage in", () => {
  it("10,000 random and malformed documents never throw and give a result or FORMAT_INVALID", () => {
    // A fixed seed keeps a reported counterexample replayable.
    const valid = fc.sample(blockArb, { numRuns: 20, seed: 20240601 });
    const garbage = fc.oneof(
      { arbitrary: fc.anything(), weight: 1 },
      { arbitrary: fc.jsonValue(), weight: 1 },
      {
        arbitrary: fc.tuple(fc.nat({ max: 19 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.anything({ maxDepth: 2 })))
          .map(([i, steps, value]) => mutate(valid[i], steps, value)),
        weight: 6,
      },
    );
    // Plain boolean checks: 10,000 runs of jest's expect would cost more than the engine itself.
    fc.assert(fc.property(garbage, (doc) => {
      const result = evaluate(doc);
      const hasError = result.findings.some((f) => f.severity === "error");
      return result.format === "khoi-result/1"
        && result.ok === !hasError
        && (result.units.length > 0 || result.findings.some((f) => f.code === "FORMAT_INVALID"))
        && result.units.every((u) => Number.isFinite(u.total) && u.total >= 0 && Number.isInteger(u.rank) && u.rank >= 1)
        && result.findings.every((f) => typeof f.message === "string" && f.message !== "" && typeof f.messageEn === "string" && f.messageEn !== "");
    }), { numRuns: 10_000 });
  }, 20_000);
});
