// Reading khoi-block/1: FORMAT_INVALID with exact paths, defaults, ignored unknown keys, NFC matching, rule checks.
import { evaluate, parseBlock, type Finding } from "../../src/core";

const unit = (id: string, name: string): Record<string, unknown> => ({ id, name });
function doc(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: "khoi-block/1",
    block: { name: "Cụm thi đua II", year: 2020 },
    units: [unit("a", "Đơn vị A"), unit("b", "Đơn vị B")],
    criteria: [{ code: "I", name: "Nhiệm vụ", children: [{ code: "I.1", name: "Kết quả", type: "points", max: 100 }] }],
    scores: { self: { a: { "I.1": 90 }, b: { "I.1": 80 } } },
    ...extra,
  };
}
const codes = (fs: Finding[]): string[] => fs.map((f) => f.code);

describe("FORMAT_INVALID", () => {
  it("names the exact path and the problem in both languages", () => {
    const d = doc();
    (d.units as unknown[]).push(unit("c", "Đơn vị C"), { id: "d", name: 42 });
    const { block, findings } = parseBlock(d);
    expect(block).toBeNull();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "FORMAT_INVALID", severity: "error", path: "units[3].name" });
    expect(findings[0].message).toContain("units[3].name phải là chuỗi ký tự");
    expect(findings[0].messageEn).toContain("units[3].name must be text");
  });

  it.each([
    ["null", null, ""],
    ["a string", "khoi", ""],
    ["an array", [], ""],
    ["no format", { block: {} }, "format"],
    ["another format", { format: "khoi-block/2" }, "format"],
  ])("rejects %s as a whole", (_, input, path) => {
    const result = evaluate(input);
    expect(result).toEqual({ format: "khoi-result/1", ok: false, units: [], findings: [expect.objectContaining({ code: "FORMAT_INVALID", path })] });
  });

  it("reports every missing required key", () => {
    const { findings } = parseBlock({ format: "khoi-block/1" });
    expect(findings.map((f) => f.path)).toEqual(["block", "units", "criteria"]);
    expect(findings[0].message).toBe("Thiếu block (bắt buộc).");
  });

  it("needs at least one unit, a whole-number year, unit ids and a criterion code", () => {
    const { findings } = parseBlock(doc({ block: { name: "X", year: 2020.5 }, units: [] }));
    expect(findings.map((f) => f.path)).toEqual(["block.year", "units"]);
    const more = parseBlock(doc({ units: [{ name: "Không mã" }], criteria: [{ name: "Không mã", type: "points", max: 10 }] }));
    expect(more.findings.map((f) => f.path)).toEqual(["units[0].id", "criteria[0].code"]);
  });

  it("checks the kind of optional containers and of values inside them", () => {
    const { findings } = parseBlock(doc({ targets: [], votes: { members: "5" }, declared: { awards: { a: 1 } }, scores: { self: { a: 5 } } }));
    expect(findings.map((f) => f.path)).toEqual(["targets", "scores.self.a", "votes.members", "declared.awards.a"]);
    expect(findings.every((f) => f.code === "FORMAT_INVALID")).toBe(true);
  });
});

describe("defaults and tolerance of the reader", () => {
  it("fills every default of the spec", () => {
    const { block, findings } = parseBlock(doc());
    expect(findings).toEqual([]);
    expect(block?.rules).toEqual({ scale: 100, tieBreak: [], awards: [], vote: {}, layerDivergence: 0.1 });
    expect(block?.units[0]).toEqual({ id: "a", name: "Đơn vị A", titles: [], disqualified: null });
  });

  it("ignores unknown keys everywhere", () => {
    const d = doc({ generator: "Excel", rules: { colour: "red" } });
    (d.units as Record<string, unknown>[])[0].phone = "0205 3870 000";
    expect(evaluate(d)).toMatchObject({ ok: true, findings: [] });
  });

  it("matches ids, codes and names after NFC normalisation, trimming and collapsing spaces", () => {
    const nfd = (s: string): string => s.normalize("NFD");
    const d = doc({
      units: [unit(nfd("đồng-đăng"), `  ${nfd("Chi nhánh  Ga Đồng Đăng")} `), unit("b", "Đơn vị B")],
      criteria: [{ code: nfd("Ạ"), name: "Nhiệm vụ", children: [{ code: nfd("Ạ.1"), name: "Kết quả", type: "points", max: 100 }] }],
      scores: { self: { "đồng-đăng": { "Ạ.1": 95 }, b: { [nfd("Ạ.1")]: 80 } } },
    });
    const result = evaluate(d);
    expect(result.findings).toEqual([]);
    expect(result.units[0]).toMatchObject({ id: "đồng-đăng", name: "Chi nhánh Ga Đồng Đăng", total: 95, groups: { "Ạ": 95 } });
  });

  it("treats a blank disqualification reason and a blank declared award as none", () => {
    const d = doc({ declared: { awards: { a: " " } } });
    (d.units as Record<string, unknown>[])[0].disqualified = "  ";
    const { block } = parseBlock(d);
    expect(block?.units[0].disqualified).toBeNull();
    expect(block?.declared?.awards?.a).toBeNull();
  });

  it("gives the same result for a document and for the block parsed from it", () => {
    const d = doc({ rules: { awards: [{ id: "merit", count: 1 }], tieBreak: ["penalty"] }, declared: { ranks: { a: 1 } } });
    const parsed = parseBlock(d).block;
    expect(evaluate(parsed)).toEqual(evaluate(d));
  });

  it("is not fooled by ids that are names of object properties", () => {
    const d = doc({ units: [unit("__proto__", "Đơn vị A"), unit("constructor", "Đơn vị B")], scores: { self: JSON.parse('{"__proto__": {"I.1": 70}, "constructor": {"I.1": 60}}') } });
    const result = evaluate(d);
    expect(result.findings).toEqual([]);
    expect(result.units.map((u) => [u.id, u.total])).toEqual([["__proto__", 70], ["constructor", 60]]);
  });
});

describe("rule and criterion checks", () => {
  it("falls back to defaults on bad rule values, each reported", () => {
    const { block, findings } = parseBlock(doc({ rules: { scale: -1, layerDivergence: "x", vote: { quorum: 2, denominator: "all", strict: "yes" } } }));
    expect(codes(findings)).toEqual(Array(5).fill("RULES_INVALID"));
    expect(findings.map((f) => f.path)).toEqual(["rules.scale", "rules.vote.quorum", "rules.vote.denominator", "rules.vote.strict", "rules.layerDivergence"]);
    expect(block?.rules).toEqual({ scale: 100, tieBreak: [], awards: [], vote: {}, layerDivergence: 0.1 });
  });

  it("reports a bad per, cap or base and scores that leaf 0", () => {
    const d = doc({
      criteria: [{ code: "I", name: "Nhiệm vụ", children: [
        { code: "I.1", name: "Kết quả", type: "points", max: 70 },
        { code: "I.2", name: "Mô hình", type: "count", max: 10, per: 0 },
        { code: "I.3", name: "Doanh thu", type: "target", max: 10, method: "linear", cap: -1 },
        { code: "I.4", name: "Lợi nhuận", type: "target", max: 10, method: "relative", base: "ratio" },
      ] }],
      scores: { self: { a: { "I.1": 60, "I.2": 2 }, b: { "I.1": 50 } } },
    });
    const result = evaluate(d);
    expect(result.findings.map((f) => [f.code, f.criterion])).toEqual([
      ["CRITERIA_INVALID", "I.2"], ["CRITERIA_INVALID", "I.3"], ["CRITERIA_INVALID", "I.4"], ["CRITERIA_MAX_SUM_MISMATCH", undefined],
    ]);
    expect(result.units.map((u) => u.total)).toEqual([60, 50]);
  });

  it("reports a leader or deputy that is no unit", () => {
    const { findings } = parseBlock(doc({ block: { name: "X", year: 2020, leader: "a", deputy: "zz" } }));
    expect(findings).toEqual([expect.objectContaining({ code: "UNIT_UNKNOWN", path: "block.deputy" })]);
  });
});

describe("absurd magnitudes", () => {
  it("refuses a max, scale or cap beyond 10^12 so that no total can overflow", () => {
    const d = doc({
      rules: { scale: 1.7e308 },
      criteria: [{ code: "I", name: "Nhiệm vụ", children: [
        { code: "I.1", name: "Kết quả", type: "points", max: 100 },
        { code: "I.2", name: "Khổng lồ", type: "points", max: 1.7e308 },
        { code: "I.3", name: "Doanh thu", type: "target", max: 10, method: "linear", cap: 1e300 },
      ] }],
      scores: { self: { a: { "I.1": 90, "I.2": 1.7e308, "I.3": 1e300 }, b: { "I.1": 80 } } },
      targets: { a: { "I.3": 1e-10 } },
    });
    const result = evaluate(d);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ["RULES_INVALID", "rules.scale"], ["CRITERIA_INVALID", "criteria[0].children[1]"], ["CRITERIA_INVALID", "criteria[0].children[2]"],
    ]);
    expect(result.findings[0].message).toContain("không quá 1.000.000.000.000");
    expect(result.units.map((u) => u.total)).toEqual([90, 80]);
  });

  it("keeps totals finite for huge achieved values", () => {
    const d = doc({
      criteria: [{ code: "I", name: "Nhiệm vụ", children: [
        { code: "I.1", name: "Lợi nhuận", type: "target", max: 50, method: "relative" },
        { code: "I.2", name: "Doanh thu", type: "target", max: 50, method: "linear", cap: 1e12 },
      ] }],
      scores: { self: { a: { "I.1": 1.7e308, "I.2": 1.7e308 }, b: { "I.1": 2, "I.2": 1 } } },
      targets: { a: { "I.1": 1e-300, "I.2": 1e-300 }, b: { "I.1": 1, "I.2": 1 } },
    });
    const [first, second] = evaluate(d).units;
    // a's excess overflows to Infinity: it is still the best (50); b exceeds by a finite amount: half (25)
    expect(first).toMatchObject({ id: "a", total: 50 + 50 * 1e12 });
    expect(second).toMatchObject({ id: "b", total: 25 + 50 });
  });
});

describe("the last-resort guard", () => {
  it("turns an exception while reading into FORMAT_INVALID instead of throwing", () => {
    const hostile = { format: "khoi-block/1", get block(): never { throw new Error("boom"); } };
    const result = evaluate(hostile);
    expect(result.ok).toBe(false);
    expect(result.units).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({ code: "FORMAT_INVALID", path: "" })]);
    expect(result.findings[0].messageEn).toContain("boom");
  });
});
