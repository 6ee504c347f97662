// Adopting a home-made table: the block built from the mapping, written as the Khối workbook (.xlsx) and read back
// gives the same units, scores and totals (totals by hand from the fixture's cells).
import { evaluate } from "../../src/core/evaluate";
import { parseBlock } from "../../src/core/parse";
import { adoptTable, detectTable } from "../../src/tables";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { loadGrid } from "./load";

async function adoptAndReadBack(file: string) {
  const grid = await loadGrid(file);
  const adoption = adoptTable(grid, detectTable(grid)!, { year: 2024 });
  const { block } = parseBlock(adoption.doc);
  if (!block) throw new Error("adopted block does not parse");
  const reading = await readWorkbook(await writeWorkbook(block, { formulas: "native" }));
  const doc = reading.doc as { units: { id: string; name: string }[]; scores: { final: Record<string, Record<string, unknown>> } };
  const result = evaluate(reading.doc);
  const totals = new Map(result.units.map((u) => [u.name, u.total]));
  return { adoption, doc, reading, totals, result };
}

describe("Chuyển sang bảng Khối", () => {
  it("bonus and penalty columns: same units, scores and totals after the workbook round trip", async () => {
    const { adoption, doc, reading, totals } = await adoptAndReadBack("04");
    expect(reading.findings).toEqual([]);
    expect(doc.units.map((u) => u.name)).toEqual([
      "Công ty Điện lực Quảng Nam", "Công ty Cấp nước Quảng Nam", "Công ty Môi trường đô thị", "Công ty Xăng dầu Quảng Nam",
    ]);
    const criteria = (adoption.doc.criteria as { code: string; type: string }[]).map((c) => `${c.code}:${c.type}`);
    expect(criteria).toEqual(["TC1:points", "TC2:bonus", "TC3:penalty"]);
    expect(doc.scores.final.dv02).toEqual({ TC1: 88, TC2: 2, TC3: 1 });
    expect(doc.scores.final.dv03).toEqual({ TC1: 86, TC3: 2 });
    // 90+3 = 93; 88+2−1 = 89 (the table typed 90); 86−2 = 84; 85+1 = 86.
    expect([...totals.entries()]).toEqual([
      ["Công ty Điện lực Quảng Nam", 93], ["Công ty Cấp nước Quảng Nam", 89], ["Công ty Xăng dầu Quảng Nam", 86], ["Công ty Môi trường đô thị", 84],
    ]);
  });

  it("text scores are carried as the numbers they mean, and the list says which cell each value came from", async () => {
    const { adoption, doc, totals } = await adoptAndReadBack("05");
    expect(doc.scores.final.dv01).toEqual({ TC1: 45, TC2: 9.5 });
    expect(doc.scores.final.dv03).toEqual({ TC1: 47.5, TC2: 9.5 });
    expect(totals.get("Phòng Văn hóa và Thông tin")).toBe(57);
    expect(totals.get("Phòng Giáo dục và Đào tạo")).toBe(54.5);
    const carriedScores = adoption.carried.filter((c) => c.kind === "score");
    expect(carriedScores).toHaveLength(8);
    expect(adoption.carried).toContainEqual({ kind: "score", unit: "dv03", criterion: "TC2", value: 9.5, from: "Bảng điểm!D4", note: "ô ghi chữ «9.5 điểm», chuyển thành số" });
    expect(adoption.carried).toContainEqual({ kind: "max", criterion: "TC1", value: 50, from: "Bảng điểm!C1" });
    expect(adoption.carried).toContainEqual({ kind: "unit", unit: "dv04", value: "Phòng Tư pháp", from: "Bảng điểm!B5" });
  });

  it("two merged header rows and a Cộng row: criteria I–IV, five units, totals 75, 80, 76, 71, 80", async () => {
    const { adoption, totals, result } = await adoptAndReadBack("02");
    expect((adoption.doc.criteria as { code: string; name: string; max: number }[]).map((c) => [c.code, c.name, c.max])).toEqual([
      ["I", "I. Chuyên môn", 32], ["II", "II. Phong trào thi đua", 22], ["III", "III. Xây dựng Đảng", 16], ["IV", "IV. Nhiệm vụ khác", 11],
    ]);
    expect(adoption.carried.filter((c) => c.kind === "max").every((c) => c.note?.startsWith("bảng không ghi điểm tối đa"))).toBe(true);
    expect(Object.fromEntries(totals)).toEqual({
      "Huyện Hoà Vang": 75, "Quận Hải Châu": 80, "Quận Thanh Khê": 76, "Quận Sơn Trà": 71, "Quận Liên Chiểu": 80,
    });
    expect(result.units.find((u) => u.name === "Quận Sơn Trà")?.rank).toBe(5);
  });
});
