// The two example blocks built on the seed articles: the outcomes their notes state, checked by hand.
import * as fs from "fs";
import * as path from "path";
import { evaluate } from "../../src/core";

const load = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/examples", name), "utf8"));

describe("Lạng Sơn, Cụm thi đua II, 2020", () => {
  const result = evaluate(load("lang-son-cum-ii-2020.json"));
  const unit = (id: string) => result.units.find((u) => u.id === id);

  it("ranks Ga Đồng Đăng first with the flag and Lương thực Cao Lạng second with the merit", () => {
    expect(result.units.map((u) => [u.id, u.rank, u.award])).toEqual([
      ["ga-dd", 1, "flag"], ["lt-cl", 2, "merit"], ["dl-ls", 3, null], ["xd-ls", 4, null], ["bm-ls", 5, null],
    ]);
  });

  it("computes the totals by hand", () => {
    // ga-dd: I 25 + 20 + 10 + 5, II 5 + 10 + 5, III 20, bonus 3
    expect(unit("ga-dd")).toMatchObject({ base: 100, bonus: 3, total: 103, groups: { I: 60, II: 20, III: 20 } });
    // lt-cl: I.1 relative 12.5 + 12.5 × 0.125/0.2 = 20.3125; II.3 one model × 2.5
    expect(unit("lt-cl")?.total).toBeCloseTo(94.8125, 9);
    // dl-ls: appraised III.2 = 8 replaces self 9
    expect(unit("dl-ls")?.groups.III).toBe(18);
    expect(unit("dl-ls")?.total).toBeCloseTo(85.25, 9);
    // xd-ls: one accident against a target of 0 scores 0 on I.3
    expect(unit("xd-ls")?.total).toBeCloseTo(73.5625, 9);
    // bm-ls: below target on I.1 (0.5 × 25 × 88/95) and I.2 (20 × 5.1/6), band 0.9 on I.4
    expect(unit("bm-ls")?.total).toBeCloseTo(11.5789473684 + 17 + 10 + 2.5 + 12 + 16, 6);
  });

  it("finds the declared ranks and awards consistent, with no finding at all", () => {
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe("Khánh Hòa, Khối 2, 2021", () => {
  const result = evaluate(load("khanh-hoa-khoi-2-2021.json"));
  const unit = (id: string) => result.units.find((u) => u.id === id);

  it("scores weighted groups on a scale of 1,000", () => {
    // khanh-viet: 1000 × (0.6 × 554/600 + 0.25 + 0.15) = 954, plus 30 bonus
    expect(unit("khanh-viet")).toMatchObject({ groups: { I: 554, II: 250, III: 150 }, bonus: 30 });
    expect(unit("khanh-viet")?.base).toBeCloseTo(954, 9);
    expect(unit("khanh-viet")?.total).toBeCloseTo(984, 9);
    // me-trang: 446.11 + 140 + 110 = 696.11 base, minus 10 penalty
    expect(unit("me-trang")?.total).toBeCloseTo(686.1111111, 6);
  });

  it("ranks the disqualified Mai Linh first but never awards it", () => {
    expect(unit("mai-linh")).toMatchObject({ rank: 1, award: null, total: 1000 });
    expect(unit("khanh-viet")).toMatchObject({ rank: 2, award: "flag" });
  });

  it("reports the tie the penalty tie-break cannot break, and gives both tied units a merit place", () => {
    expect(result.units.map((u) => [u.id, u.rank, u.award])).toEqual([
      ["mai-linh", 1, null], ["khanh-viet", 2, "flag"], ["ben-xe", 3, "merit"], ["moi-truong", 3, "merit"], ["mascopex", 5, null], ["me-trang", 6, null],
    ]);
    const ties = result.findings.filter((f) => f.code === "TIE_UNRESOLVED");
    expect(ties).toHaveLength(1);
    expect(ties[0]).toMatchObject({ severity: "warning", units: ["ben-xe", "moi-truong"] });
    expect(unit("ben-xe")?.total).toBeCloseTo(940, 9);
  });

  it("warns that Mê Trang's appraised report score is far from its self score, and is otherwise ok", () => {
    expect(result.findings.map((f) => f.code)).toEqual(["LAYER_DIVERGENCE", "TIE_UNRESOLVED"]);
    expect(result.findings[0]).toMatchObject({ unit: "me-trang", criterion: "III.1" });
    expect(result.ok).toBe(true);
  });
});
