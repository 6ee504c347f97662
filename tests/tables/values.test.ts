// Reading what officers type: ranks in words and Roman numerals, scores as Vietnamese text, the flag, headings.
import { isFlagAward, readRank, readScore, remapTable, roleOfHeading, checkTable, detectTable } from "../../src/tables";
import { loadGrid } from "./load";

describe("cell readings", () => {
  it.each([
    [1, 1], ["2", 2], ["03", 3], ["I", 1], ["IV", 4], ["XII", 12], ["Nhất", 1], ["nhì", 2], ["Ba", 3], ["Tư", 4],
    ["Hạng Nhất", 1], ["Thứ 5", 5], ["hạng Năm", 5],
  ])("rank %p reads as %p", (typed, rank) => {
    expect(readRank(typed)).toEqual({ kind: "rank", value: rank });
  });

  it.each([["x"], ["v"], [0], [2.5], ["IIII"], ["Nhất nhì"], ["-"]])("rank %p is not a rank", (typed) => {
    expect(readRank(typed).kind).toBe("invalid");
  });

  it.each([
    ["98,5", 98.5], ["9.5 điểm", 9.5], ["10đ", 10], [" 7,25 ", 7.25], ["1.250", undefined], ["chưa chấm", undefined],
  ])("score text %p means %p", (typed, meant) => {
    const reading = readScore(typed);
    if (meant === undefined) expect(reading.kind).toBe("invalid");
    else expect(reading).toEqual({ kind: "text", value: meant, text: typed });
  });

  it("the flag is «Cờ…», never «Có»", () => {
    expect(isFlagAward("Cờ thi đua")).toBe(true);
    expect(isFlagAward("Đề nghị Cờ thi đua của UBND tỉnh")).toBe(true);
    expect(isFlagAward("Có")).toBe(false);
    expect(isFlagAward("Bằng khen")).toBe(false);
  });

  it.each([
    ["Tên đơn vị", "unit"], ["TÊN CƠ QUAN, ĐƠN VỊ", "unit"], ["Tổng cộng", "total"], ["Tổng  điểm", "total"], ["Xếp thứ", "rank"],
    ["Hạng", "rank"], ["Hình thức khen thưởng", "award"], ["Ghi chú", "note"], ["Điểm trừ", "penalty"], ["Điểm thưởng", "bonus"],
    ["Công tác thi đua, khen thưởng", null], ["Công tác chuyên môn", null], ["STT", "stt"],
  ])("heading %p is %p", (heading, role) => {
    expect(roleOfHeading(heading)).toBe(role);
  });
});

describe("corrections and safety", () => {
  it("the officer's correction of a column re-maps the table: the note column made a criterion is checked", async () => {
    const grid = await loadGrid("04");
    const mapping = detectTable(grid)!;
    // The officer says the bonus column is not a bonus: the total 93 of row 2 no longer adds up (90 ≠ 93).
    const corrected = remapTable(grid, mapping, new Map([["D", "ignore" as const]]));
    expect(corrected.columns.find((c) => c.column === "D")?.role).toBe("ignore");
    const codes = checkTable(grid, corrected).findings.filter((f) => f.code === "TOTAL_MISMATCH").map((f) => [f.cell, f.suggestion?.value]);
    expect(codes).toEqual([["F2", 90], ["F3", 87], ["F5", 85]]);
  });

  it("giving a column the role of another (one total per table) takes it from that column", async () => {
    const grid = await loadGrid("08");
    const corrected = remapTable(grid, detectTable(grid)!, new Map([["E", "total" as const]]));
    expect(corrected.columns.map((c) => `${c.column}:${c.role}`)).toEqual(
      ["A:stt", "B:unit", "C:rank", "D:ignore", "E:total", "F:criterion", "G:award"],
    );
    // Tiêu chí 2 alone against the old Tiêu chí 1 as total: 43 ≠ 45, 45 ≠ 47, 41 ≠ 44, 40 = 40.
    const totals = checkTable(grid, corrected).findings.filter((f) => f.code === "TOTAL_MISMATCH").map((f) => [f.cell, f.suggestion?.value]);
    expect(totals).toEqual([["E2", 43], ["E3", 45], ["E4", 41]]);
  });

  it("checking never changes a cell of the grid", async () => {
    const grid = await loadGrid("05");
    const before = JSON.stringify(grid);
    checkTable(grid, detectTable(grid)!);
    expect(JSON.stringify(grid)).toBe(before);
  });

  it("a row with scores but no name is reported, a note merged across the table is left out, a numbered unit without scores is a unit", () => {
    const grid = {
      sheet: "Sheet1", origin: { row: 0, column: 0 },
      values: [
        ["STT", "Tên đơn vị", "Tiêu chí 1", "Tiêu chí 2", "Tổng điểm"],
        [1, "__proto__", 5, 4, 9],
        [2, "constructor", 3, null, 3],
        [3, null, 2, 2, 4],
        [4, "Sở Mới", null, null, null],
        ["Ghi chú: số liệu tạm tính", null, null, null, null],
      ],
      merges: [{ row1: 5, column1: 0, row2: 5, column2: 4 }],
    };
    const mapping = detectTable(grid)!;
    expect(mapping.unitRows).toEqual([2, 3, 5]);
    expect(mapping.skippedRows).toEqual([{ row: 4, kind: "unnamed" }, { row: 6, kind: "note" }]);
    const findings = checkTable(grid, mapping).findings.map((f) => [f.code, f.cell]);
    // constructor lacks Tiêu chí 2; Sở Mới lacks both; the unnamed row 4 is a warning at its name cell.
    expect(findings).toEqual([
      ["SCORE_MISSING", "D3"], ["ROW_UNNAMED", "B4"], ["SCORE_MISSING", "C5"], ["SCORE_MISSING", "D5"],
    ]);
    expect(checkTable(grid, mapping).findings[1].message).toBe(
      "Dòng 4 có điểm nhưng không có tên đơn vị; Khối bỏ qua dòng này khi kiểm tra — hãy ghi tên đơn vị hoặc xoá các điểm thừa.",
    );
  });

  it("no header with a unit column: no table", () => {
    expect(detectTable({ origin: { row: 0, column: 0 }, values: [["a", 1], ["b", 2]], merges: [] })).toBeNull();
  });
});
