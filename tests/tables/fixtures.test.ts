// Nine home-made tables written as .xlsx and read back: the mapping Khối proposes and the findings, exact, with the
// officer's cells. Expected totals and ranks are computed by hand in the comments.
import { checkTable, detectTable, type TableFinding, type TableMapping } from "../../src/tables";
import { loadGrid } from "./load";

async function run(file: string): Promise<{ mapping: TableMapping; findings: TableFinding[] }> {
  const grid = await loadGrid(file);
  const mapping = detectTable(grid);
  if (!mapping) throw new Error(`no table found in ${file}`);
  return { mapping, findings: checkTable(grid, mapping, { year: 2024 }).findings };
}

const roles = (m: TableMapping) => m.columns.map((c) => `${c.column}:${c.role}${c.max === null ? "" : `≤${c.max}`}`);
const brief = (findings: TableFinding[]) => findings.map((f) => [f.code, f.severity, f.cell, f.suggestion?.value]);

describe("home-made ranking tables", () => {
  it("01 one header row: ranks 4 and 5 swapped (totals 77 and 78)", async () => {
    const { mapping, findings } = await run("01");
    expect(mapping.headerRows).toEqual([1]);
    expect(mapping.maximaRow).toBeNull();
    expect(roles(mapping)).toEqual(["A:stt", "B:unit", "C:criterion", "D:criterion", "E:criterion", "F:total", "G:rank", "H:note"]);
    expect(mapping.unitRows).toEqual([2, 3, 4, 5, 6]);
    expect(mapping.skippedRows).toEqual([]);
    // Totals 83, 87, 85, 77, 78 → ranks 3, 1, 2, 5, 4; Sở Xây dựng typed 4, Sở Công Thương 5.
    expect(brief(findings)).toEqual([
      ["RANK_MISMATCH", "error", "G5", undefined],
      ["RANK_MISMATCH", "error", "G6", undefined],
    ]);
    expect(findings[0].message).toBe("Sở Xây dựng: thứ hạng khai báo là 4, nhưng thứ hạng tính theo điểm là 5.");
  });

  it("02 two merged header rows, a numbering row, a Cộng row: only the tie at 80 is reported", async () => {
    const { mapping, findings } = await run("02");
    expect(mapping.headerRows).toEqual([3, 4]);
    expect(roles(mapping)).toEqual(["A:stt", "B:unit", "C:criterion", "D:criterion", "E:criterion", "F:criterion", "G:total", "H:rank"]);
    expect(mapping.columns[3].heading).toBe("Điểm các tiêu chí / II. Phong trào thi đua");
    expect(mapping.unitRows).toEqual([6, 7, 8, 9, 10]);
    expect(mapping.skippedRows).toEqual([{ row: 5, kind: "numbering" }, { row: 11, kind: "footer" }]);
    // Hải Châu 32+22+16+10 = 80 and Liên Chiểu 32+22+15+11 = 80 share rank 1, both typed 1: a tie, no mismatch.
    expect(brief(findings)).toEqual([["TIE_UNRESOLVED", "warning", "H7", undefined]]);
    expect(findings[0].message).toContain("Quận Hải Châu và Quận Liên Chiểu bằng điểm (80)");
  });

  it("03 a row of maxima: 42 above 40 and -2 below 0", async () => {
    const { mapping, findings } = await run("03");
    expect(mapping.maximaRow).toBe(2);
    expect(roles(mapping)).toEqual(["A:stt", "B:unit", "C:criterion≤40", "D:criterion≤35", "E:criterion≤25", "F:total≤100", "G:rank"]);
    expect(mapping.unitRows).toEqual([3, 4, 5, 6]);
    // Typed totals are the plain sums (95, 92, 56, 88): no TOTAL_MISMATCH. Ranks counted with 42→40 and -2→0:
    // 95, 90, 58, 88 → 1, 2, 4, 3, as typed.
    expect(brief(findings)).toEqual([
      ["SCORE_OUT_OF_RANGE", "error", "C4", undefined],
      ["SCORE_OUT_OF_RANGE", "error", "D5", undefined],
    ]);
    expect(findings[0].message).toContain("42 nằm ngoài khoảng 0–40");
  });

  it("04 typed totals with bonus and penalty: 88 + 2 − 1 is 89, not 90", async () => {
    const { mapping, findings } = await run("04");
    expect(roles(mapping)).toEqual(["A:stt", "B:unit", "C:criterion", "D:bonus", "E:penalty", "F:total", "G:rank"]);
    expect(brief(findings)).toEqual([["TOTAL_MISMATCH", "error", "F3", 89]]);
    expect(findings[0].message).toBe("Công ty Cấp nước Quảng Nam: tổng điểm trong sổ là 90, nhưng tổng điểm tính được là 89.");
  });

  it("05 numbers typed as Vietnamese text, left out by Excel's SUM and RANK", async () => {
    const { mapping, findings } = await run("05");
    expect(roles(mapping)).toEqual(["A:stt", "B:unit", "C:criterion≤50", "D:criterion≤10", "E:total", "F:rank"]);
    // Meant totals: 45 + 9,5 = 54,5; 46 + 8 = 54; 47,5 + 9,5 = 57; 44 + 9 = 53 → ranks 2, 3, 1, 4.
    // Excel cached 45, 54, 0, 53 and ranked them 3, 1, 4, 2.
    expect(brief(findings)).toEqual([
      ["SCORE_TEXT", "error", "D2", 9.5],
      ["TOTAL_MISMATCH", "error", "E2", 54.5],
      ["RANK_MISMATCH", "error", "F2", undefined],
      ["RANK_MISMATCH", "error", "F3", undefined],
      ["SCORE_TEXT", "error", "C4", 47.5],
      ["SCORE_TEXT", "error", "D4", 9.5],
      ["TOTAL_MISMATCH", "error", "E4", 57],
      ["RANK_MISMATCH", "error", "F4", undefined],
      ["RANK_MISMATCH", "error", "F5", undefined],
    ]);
    expect(findings[5].message).toContain("«9.5 điểm» là chữ, không phải số");
    expect(findings[6].message).toBe(
      "Phòng Văn hóa và Thông tin: tổng điểm trong sổ là 0, nhưng tổng điểm tính được là 57. Tổng tính được đã gồm điểm ghi dạng chữ ở C4, D4 mà Excel không cộng.",
    );
    expect(findings[7].message).toBe("Phòng Văn hóa và Thông tin: thứ hạng khai báo là 4, nhưng thứ hạng tính theo điểm là 1.");
  });

  it("06 blank rows in the middle, a Trung bình row, a note row, one commune typed twice", async () => {
    const { mapping, findings } = await run("06");
    expect(mapping.headerRows).toEqual([3]);
    expect(roles(mapping)).toEqual(["A:stt", "B:unit", "C:criterion", "D:criterion", "E:total", "F:rank"]);
    expect(mapping.unitRows).toEqual([4, 5, 7, 9]);
    expect(mapping.skippedRows).toEqual([
      { row: 6, kind: "blank" }, { row: 8, kind: "blank" }, { row: 10, kind: "footer" }, { row: 11, kind: "blank" }, { row: 12, kind: "note" },
    ]);
    expect(brief(findings)).toEqual([["UNIT_DUPLICATE", "error", "B9", undefined]]);
  });

  it("07 ranks typed as Nhất, II, Ba, V: a tie at 78, Ba where 4 is due, an unreadable x", async () => {
    const { mapping, findings } = await run("07");
    expect(roles(mapping)).toEqual(["A:stt", "B:unit", "C:criterion", "D:criterion", "E:total", "F:rank"]);
    // 80, 78, 78, 70, 60, 40 → 1, 2, 2, 4, 5, 6.
    expect(brief(findings)).toEqual([
      ["TIE_UNRESOLVED", "warning", "F3", undefined],
      ["RANK_MISMATCH", "error", "F5", undefined],
      ["RANK_INVALID", "warning", "F7", undefined],
    ]);
    expect(findings[1].message).toBe("Hội Cựu chiến binh: thứ hạng khai báo là 3, nhưng thứ hạng tính theo điểm là 4.");
  });

  it("08 rank before total; two flags, one to the unit ranked 3", async () => {
    const { mapping, findings } = await run("08");
    expect(roles(mapping)).toEqual(["A:stt", "B:unit", "C:rank", "D:total", "E:criterion", "F:criterion", "G:award"]);
    expect(brief(findings)).toEqual([
      ["AWARD_MISMATCH", "error", "G4", undefined],
      ["AWARD_QUOTA_EXCEEDED", "error", "G4", undefined],
    ]);
    expect(findings[1].message).toContain("chỉ có 1 suất nhưng được đề nghị cho 2 đơn vị: Kho bạc Nhà nước tỉnh và Bảo hiểm xã hội tỉnh");
  });

  it("09 names typed in TCVN3 and VNI, no total column: ranks follow the one score column", async () => {
    const { mapping, findings } = await run("09");
    expect(roles(mapping)).toEqual(["A:stt", "B:unit", "C:criterion", "D:rank"]);
    expect(brief(findings)).toEqual([
      ["UNIT_LEGACY_ENCODING", "warning", "B2", "Sở Giáo dục và Đào tạo"],
      ["UNIT_LEGACY_ENCODING", "warning", "B3", "Sở Khoa học và Công nghệ"],
    ]);
  });
});
