import { detectTable, checkTable } from "../../src/tables";
it("smoke", () => {
  const values = [
    ["BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2024", null, null, null, null, null, null],
    ["STT", "Tên đơn vị", "Điểm các tiêu chí", null, null, "Tổng điểm", "Xếp hạng"],
    [null, null, "Công tác A", "Công tác B", "Điểm thưởng", null, null],
    [null, "Điểm tối đa", 50, 50, 5, 105, null],
    [1, "Sở Tư pháp", 45, "40,5", 2, 87.5, 2],
    [2, "Sở Y tế", 48, 44, 0, 92, "I"],
    [null, null, null, null, null, null, null],
    [3, "Sở  y tế", 52, 30, null, 82, "Ba"],
    [null, "Cộng", 145, 114, 2, 261, null],
  ];
  const grid = { sheet: "Sheet1", origin: { row: 0, column: 0 }, values, merges: [
    { row1: 0, column1: 0, row2: 0, column2: 6 }, { row1: 1, column1: 2, row2: 1, column2: 4 },
    { row1: 1, column1: 0, row2: 2, column2: 0 }, { row1: 1, column1: 1, row2: 2, column2: 1 }, { row1: 1, column1: 5, row2: 2, column2: 5 }, { row1: 1, column1: 6, row2: 2, column2: 6 } ] };
  const mapping = detectTable(grid)!;
  console.log(JSON.stringify(mapping, null, 1));
  console.log(JSON.stringify(checkTable(grid, mapping, { year: 2024 }).findings.map(f => [f.code, f.cell, f.message]), null, 1));
});
