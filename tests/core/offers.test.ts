// Findings that offer a fix (domain.md §5: detect, offer a conversion with a preview, never convert silently).
import { evaluate } from "../../src/core/evaluate";

function block(unitName: string, value: unknown) {
  return {
    format: "khoi-block/1",
    block: { name: "Khối thử", year: 2026 },
    units: [{ id: "a", name: unitName }, { id: "b", name: "UBND huyện Mường Khương" }],
    criteria: [{ code: "I", name: "Nhiệm vụ", children: [{ code: "I.1", name: "Báo cáo", type: "points", max: 100 }] }],
    scores: { self: { a: { "I.1": 90 }, b: { "I.1": value } } },
  };
}

describe("offers to fix", () => {
  it("previews the Unicode spelling of a unit name typed in TCVN3, and keeps the name as it was", () => {
    const result = evaluate(block("UBND huyÖn B¶o Th¾ng", 80));
    const legacy = result.findings.find((f) => f.code === "UNIT_LEGACY_ENCODING");
    expect(legacy).toMatchObject({ unit: "a", severity: "warning", suggestion: { value: "UBND huyện Bảo Thắng" } });
    expect(legacy?.message).toContain("chuyển thành «UBND huyện Bảo Thắng»?");
    expect(legacy?.messageEn).toContain("convert it to “UBND huyện Bảo Thắng”?");
    expect(result.units.find((u) => u.id === "a")?.name).toBe("UBND huyÖn B¶o Th¾ng");
  });

  it("offers the number a score typed as text stands for, and still counts it as 0 (spec 2.2)", () => {
    const result = evaluate(block("UBND huyện Bảo Thắng", "98,5"));
    const invalid = result.findings.find((f) => f.code === "SCORE_INVALID");
    expect(invalid).toMatchObject({ unit: "b", criterion: "I.1", suggestion: { value: 98.5 } });
    expect(invalid?.message).toContain("«98,5»");
    expect(invalid?.message).toContain("chuyển thành 98,5?");
    expect(invalid?.messageEn).toContain("convert it to 98.5?");
    expect(result.units.find((u) => u.id === "b")?.total).toBe(0);
  });

  it("offers nothing for text that could be two numbers", () => {
    const invalid = evaluate(block("UBND huyện Bảo Thắng", "1.250")).findings.find((f) => f.code === "SCORE_INVALID");
    expect(invalid?.suggestion).toBeUndefined();
    expect(invalid?.message).toContain("hãy nhập lại dưới dạng số");
  });
});
