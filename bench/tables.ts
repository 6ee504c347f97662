// Bench of the table check: detect and check a 200-row home-made ranking table (two merged header rows, a row of
// maxima, 10 criteria, scores typed as text here and there, totals and ranks typed, a footer row).
import { checkTable, detectTable, type TableCell, type TableGrid } from "../src/tables";
import type { BenchSize } from "./size";
import { timeMedian } from "./timing";

const CRITERIA = 10;

export function homeMadeTable(units: number): TableGrid {
  const header1: TableCell[] = ["STT", "Tên đơn vị", "Điểm các tiêu chí", ...Array(CRITERIA - 1).fill(null), "Tổng điểm", "Xếp hạng", "Ghi chú"];
  const header2: TableCell[] = [null, null, ...Array.from({ length: CRITERIA }, (_, i) => `${i + 1}. Tiêu chí ${i + 1}`), null, null, null];
  const maxima: TableCell[] = [null, "Điểm tối đa", ...Array(CRITERIA).fill(10), 100, null, null];
  const rows: TableCell[][] = [["BẢNG TỔNG HỢP ĐIỂM THI ĐUA"], header1, header2, maxima];
  for (let u = 0; u < units; u++) {
    const scores = Array.from({ length: CRITERIA }, (_, c) => 5 + ((u * 7 + c * 13) % 50) / 10);
    const total = scores.reduce((a, b) => a + b, 0);
    const cells: TableCell[] = scores.map((s, c) => (c === u % CRITERIA && u % 9 === 0 ? String(s).replace(".", ",") : s));
    rows.push([u + 1, `Đơn vị số ${u + 1}`, ...cells, total, (u % 50) + 1, u % 17 === 0 ? "Hoàn thành xuất sắc" : null]);
  }
  rows.push([null, "Cộng", ...Array(CRITERIA + 1).fill(0), null, null]);
  const last = 2 + CRITERIA + 2;
  return {
    sheet: "Bảng điểm",
    origin: { row: 0, column: 0 },
    values: rows,
    merges: [
      { row1: 0, column1: 0, row2: 0, column2: last },
      { row1: 1, column1: 0, row2: 2, column2: 0 },
      { row1: 1, column1: 1, row2: 2, column2: 1 },
      { row1: 1, column1: 2, row2: 1, column2: CRITERIA + 1 },
      ...[CRITERIA + 2, CRITERIA + 3, CRITERIA + 4].map((c) => ({ row1: 1, column1: c, row2: 2, column2: c })),
    ],
  };
}

export function benchTables(size: BenchSize): Record<string, number> {
  const grid = homeMadeTable(200);
  return {
    "tables.check_200_rows_ms": timeMedian(Math.min(size.runs, 50), () => {
      const mapping = detectTable(grid);
      if (!mapping || mapping.unitRows.length !== 200) throw new Error("bench table not detected");
      checkTable(grid, mapping, { year: 2024 });
    }),
  };
}
